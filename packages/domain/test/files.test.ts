import { describe, expect, it } from "vitest";
import { cleanFileName, FILE_PERMISSIONS, textTypeOfName } from "../src/files";
import { can } from "../src/permissions";

describe("file names", () => {
  it("keep only the last path segment, without control characters or quotes, at most 200 characters", () => {
    expect(cleanFileName("C:\\Users\\山田\\配布資料.pdf")).toBe("配布資料.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('チラシ"\u0000\u001f.pdf')).toBe("チラシ.pdf");
    expect(cleanFileName("   ")).toBe("ファイル");
    expect(Array.from(cleanFileName("あ".repeat(300))).length).toBe(200);
  });

  it("name a text type only for .csv and .txt (text has no magic bytes)", () => {
    expect(textTypeOfName("名簿.CSV")).toBe("text/csv");
    expect(textTypeOfName("memo.txt")).toBe("text/plain");
    expect(textTypeOfName("page.html")).toBeUndefined();
  });
});

describe("who may see and change a record's files", () => {
  const partner = {
    id: "p",
    role: "partner" as const,
    regionIds: [],
    partnerEditionId: "e1",
    partnerRegionId: "r1",
  };
  const probono = {
    id: "b",
    role: "probono" as const,
    regionIds: ["r1"],
    partnerEditionId: null,
    partnerRegionId: null,
  };

  it("lets a partner read their forum's edition files, but not a meeting's of the same region", () => {
    expect(can(partner, FILE_PERMISSIONS.forum_edition.read, { regionId: "r1", editionId: "e1" })).toBe(true);
    expect(can(partner, FILE_PERMISSIONS.meeting.read, { regionId: "r1" })).toBe(false);
  });

  it("lets pro bono staff attach to an open task of their region and to their own, not to a meeting", () => {
    expect(can(probono, FILE_PERMISSIONS.task.write, { regionId: "r1", assigneeId: null })).toBe(true);
    expect(can(probono, FILE_PERMISSIONS.task.write, { regionId: "r2", assigneeId: "b" })).toBe(true);
    expect(can(probono, FILE_PERMISSIONS.meeting.write, { regionId: "r1" })).toBe(false);
  });
});
