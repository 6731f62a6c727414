import { generateOrganizationCsv } from "@kyoso/db/testing";
import { describe, expect, it } from "vitest";
import { useTestApi } from "./helpers";

const api = useTestApi();
const ROWS = 50_000;

describe("organization CSV import at directory scale", () => {
  // PostgreSQL takes at most 65,535 bind parameters per statement: one statement for all rows failed at ~9,400.
  it("previews and creates 50,000 rows in one transaction, naming rejected lines by their line in the file", async () => {
    const { id: regionId } = await api.caller.region.summary({ slug: "saitama" });
    const fileBase64 = Buffer.from(generateOrganizationCsv(ROWS)).toString("base64");
    const before = (await api.caller.organization.list({})).total;

    const preview = await api.caller.organization.importPreview({ regionId, fileBase64 });
    // Every 1,000th data row has an unknown type; data row n is line n + 1.
    expect(preview.rejected.map((r) => r.line)).toEqual(
      Array.from({ length: ROWS / 1_000 }, (_, i) => (i + 1) * 1_000 + 1),
    );
    expect(preview.toCreate).toHaveLength(ROWS - ROWS / 1_000);
    // The last data row (50,000) is rejected; the one before it is line 50,000.
    expect(preview.toCreate.at(-1)).toMatchObject({ line: ROWS, name: `川口市就労支援団体${ROWS - 1}` });

    const result = await api.caller.organization.importCommit({ regionId, fileBase64 });
    expect(result).toEqual({ created: ROWS - ROWS / 1_000, rejected: ROWS / 1_000 });
    expect((await api.caller.organization.list({})).total).toBe(before + result.created);
    const audited = await api.handle.db
      .selectFrom("auditLog")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("recordType", "=", "organization")
      .where("action", "=", "create")
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBeGreaterThanOrEqual(result.created);

    // Importing the same file again creates nothing: every row is now a duplicate.
    const again = await api.caller.organization.importPreview({ regionId, fileBase64 });
    expect(again.toCreate).toHaveLength(0);
  }, 300_000);
});
