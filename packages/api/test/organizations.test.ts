import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();
const fixture = async (name: string) =>
  (await readFile(path.join(import.meta.dirname, "fixtures", name))).toString("base64");

async function regionId(slug: string) {
  return (await api.caller.region.summary({ slug })).id;
}

describe("organization search", () => {
  it("finds by kana typed in hiragana, by name, and filters by type and prefecture", async () => {
    const byKana = await api.caller.organization.list({ query: "なんびょうそうだん" });
    expect(byKana.rows.map((r) => r.name)).toContain("埼玉県難病相談支援センター");
    const byName = await api.caller.organization.list({ query: "ハローワーク" });
    expect(byName.rows.map((r) => r.name)).toEqual(["ハローワーク浦和"]);
    const centersInTokyo = await api.caller.organization.list({
      type: "nanbyo_center",
      prefectureCode: "13",
    });
    expect(centersInTokyo.rows.map((r) => r.name)).toEqual(["東京都難病相談・支援センター"]);
  });

  it("pages and sorts on the server", async () => {
    const first = await api.caller.organization.list({ pageSize: 3, sort: "name" });
    const second = await api.caller.organization.list({ pageSize: 3, page: 2, sort: "name" });
    expect(first.total).toBe(10);
    expect(first.rows).toHaveLength(3);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(6);
  });

  it("treats % and _ in a query as plain characters", async () => {
    expect((await api.caller.organization.list({ query: "%" })).total).toBe(0);
  });
});

describe("organization create and update", () => {
  it("creates one with contacts in the region's prefecture and audits it", async () => {
    const created = await api.caller.organization.create({
      regionId: await regionId("saitama"),
      name: "埼玉県難病団体連絡協議会",
      nameKana: "サイタマケンナンビョウダンタイレンラクキョウギカイ",
      type: "patient_group",
      prefectureCode: "11",
      contacts: [{ name: "事務局 B", email: "office@example.jp" }],
    });
    expect(created?.contacts).toEqual([
      { name: "事務局 B", title: null, email: "office@example.jp", phone: null },
    ]);
    const log = await api.caller.audit.list({ recordType: "organization" });
    expect(log.rows[0]?.recordId).toBe(created?.id);
  });

  it("refuses a prefecture outside the region and a duplicate name in one prefecture", async () => {
    const saitama = await regionId("saitama");
    const outside = await trpcError(
      api.caller.organization.create({
        regionId: saitama,
        name: "大阪の団体",
        type: "npo",
        prefectureCode: "27",
      }),
    );
    expect(outside.code).toBe("BAD_REQUEST");
    const dup = await trpcError(
      api.caller.organization.create({
        regionId: saitama,
        name: "ハローワーク浦和",
        type: "hello_work",
        prefectureCode: "11",
      }),
    );
    expect(dup.code).toBe("CONFLICT");
  });

  it("fails with CONFLICT on a stale version", async () => {
    const [org] = (await api.caller.organization.list({ query: "ハローワーク浦和" })).rows;
    if (!org) throw new Error("demo organization");
    const base = { id: org.id, version: org.version, type: org.type, prefectureCode: org.prefectureCode };
    await api.caller.organization.update({ ...base, name: "ハローワーク浦和（本庁舎）" });
    const stale = await trpcError(api.caller.organization.update({ ...base, name: "古い名前" }));
    expect(stale.code).toBe("CONFLICT");
  });
});

describe("organization CSV import", () => {
  it("reads an Excel Shift_JIS file: previews what will be created and why rows are rejected, writing nothing", async () => {
    const before = (await api.caller.organization.list({})).total;
    const preview = await api.caller.organization.importPreview({
      regionId: await regionId("saitama"),
      fileBase64: await fixture("organizations-excel-sjis.csv"),
    });
    expect(preview.toCreate.map((d) => [d.line, d.name, d.type, d.prefectureCode])).toEqual([
      [2, "さいたま市障害者就労支援センター", "npo", "11"],
      [3, "ハローワーク大宮", "hello_work", "11"],
      [4, "越谷市", "municipality", "11"],
    ]);
    // Excel's Shift_JIS (cp932) byte 0x8160 reads back as the full-width tilde Windows users type.
    expect(preview.toCreate[1]?.note).toBe('電話は平日9時～17時、"予約制"');
    expect(preview.rejected.map((r) => [r.line, r.reasons])).toEqual([
      [5, ["この地域に含まれない都道府県です。"]],
      [6, ["団体名がありません。"]],
      [7, ["種別「秘密結社」は登録できる種別ではありません。"]],
      [8, ["同じ団体がすでに登録されています。"]],
      [9, ["同じ団体がファイル内で重複しています。"]],
    ]);
    expect((await api.caller.organization.list({})).total).toBe(before);
  });

  it("creates every accepted row in one go on confirm, findable by kana", async () => {
    const result = await api.caller.organization.importCommit({
      regionId: await regionId("saitama"),
      fileBase64: await fixture("organizations-utf8-bom.csv"),
    });
    expect(result).toEqual({ created: 3, rejected: 0 });
    const found = await api.caller.organization.list({ query: "こしがやし" });
    expect(found.rows.map((r) => r.name)).toEqual(["越谷市"]);
  });

  it("explains a file without the required columns, and writes nothing", async () => {
    const before = (await api.caller.organization.list({})).total;
    const error = await trpcError(
      api.caller.organization.importCommit({
        regionId: await regionId("saitama"),
        fileBase64: await fixture("organizations-malformed.csv"),
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("CSVの1行目に「名称」「種別」の列が必要です。");
    expect((await api.caller.organization.list({})).total).toBe(before);
  });

  it("checks the file again on confirm: a row registered meanwhile is skipped, never duplicated", async () => {
    const saitama = await regionId("saitama");
    const csv = Buffer.from("名称,種別,都道府県\n新しい団体A,NPO,埼玉県\n新しい団体B,NPO,埼玉県\n").toString(
      "base64",
    );
    // Someone registers B between preview and confirm.
    await api.caller.organization.importPreview({ regionId: saitama, fileBase64: csv });
    await api.handle.db
      .insertInto("organization")
      .values({ name: "新しい団体B", type: "npo", prefectureCode: "11", searchText: "新しい団体b" })
      .execute();
    const before = (await api.caller.organization.list({})).total;
    const result = await api.caller.organization.importCommit({ regionId: saitama, fileBase64: csv });
    // The commit re-reads the file: B is now rejected as existing, A alone is created.
    expect(result).toEqual({ created: 1, rejected: 1 });
    expect((await api.caller.organization.list({})).total).toBe(before + 1);
  });
});

describe("organization list by region", () => {
  it("lists only organizations in the region's prefectures (首都圏: 埼玉・千葉・東京・神奈川)", async () => {
    const saitama = await api.caller.organization.list({
      regionId: await regionId("saitama"),
      pageSize: 100,
    });
    expect(saitama.rows.every((r) => r.prefectureCode === "11")).toBe(true);
    const shutoken = await api.caller.organization.list({
      regionId: await regionId("shutoken"),
      pageSize: 100,
    });
    expect(new Set(shutoken.rows.map((r) => r.prefectureCode))).toEqual(new Set(["11", "12", "13", "14"]));
    expect((await api.caller.organization.list({ regionId: await regionId("hokkaido") })).total).toBe(0);
  });
});
