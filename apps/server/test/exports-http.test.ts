import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "./http-client";
import { startTestServer, type TestServer } from "./test-server";

// The Excel downloads over HTTP, read back with exceljs, and the survey CSV beside them: on PGlite, or on a
// scratch PostgreSQL database when DATABASE_URL is set.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer("exports", { onPostgres: true });
});
afterAll(async () => {
  await server?.close();
});

async function cookieOf(email: string) {
  const res = await fetch(`${server.url}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "kyoso-demo-2026" }),
  });
  return res.headers.getSetCookie()[0]?.split(";")[0] ?? "";
}

const get = (url: string, cookie = "") => fetch(`${server.url}${url}`, { headers: { cookie } });

async function sheetOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

/** The 首都圏 survey (published) with two answers added: a multi-line one and one that looks like a formula. */
async function shutokenSurvey() {
  const national = httpClient(server);
  await national.signIn();
  const list = (await national.query("survey.forRegion", { slug: "shutoken" })).body.result?.data as {
    id: string;
  }[];
  const id = list[0]?.id ?? "";
  const survey = (await national.query("survey.byId", { id })).body.result?.data as {
    id: string;
    publicToken: string;
    opensOn: string;
  };
  const anonymous = httpClient(server);
  for (const topics of ["一行目\n二行目", "=1+1"]) {
    const sent = await anonymous.mutate("publicSurvey.submit", {
      token: survey.publicToken,
      idempotencyKey: randomUUID(),
      textConsent: true,
      answers: { consults: "consults-2", needs: ["needs-1", "needs-3"], confidence: 4, topics },
    });
    expect(sent.status).toBe(200);
  }
  const detail = (await national.query("survey.byId", { id })).body.result?.data as { responseCount: number };
  return { id: survey.id, opensOn: survey.opensOn, responseCount: detail.responseCount };
}

let survey: { id: string; opensOn: string; responseCount: number };
beforeAll(async () => {
  survey = await shutokenSurvey();
});

describe("survey answers as xlsx", () => {
  it("has a column per choice, text kept as text (never a formula), and answer times as Japan-time date cells", async () => {
    const res = await get(
      `/exports/surveys/${survey.id}/answers.xlsx`,
      await cookieOf("shutoken@kyoso.example"),
    );
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="survey-shutoken-${survey.opensOn}\\.xlsx"; filename\\*=UTF-8''`),
    );
    // The demo survey opens a month before the day the demo was loaded.
    expect(survey.opensOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const sheet = await sheetOf(res);
    expect(rowValues(sheet, 1)).toEqual([
      "回答番号",
      "回答日時",
      "所属の種類",
      "この1年で難病のある方からの就労相談はありましたか",
      "必要だと感じる支援: 企業への理解啓発",
      "必要だと感じる支援: 医療機関との連携",
      "必要だと感じる支援: 支援者向け研修",
      "必要だと感じる支援: 当事者同士の交流",
      "難病のある方の就労支援への自信",
      "フォーラムで取り上げてほしいテーマ",
    ]);
    expect(sheet.rowCount).toBe(survey.responseCount + 1);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    // The first demo answer came at 17:00 Japan time on the opening day.
    const first = sheet.getRow(2).getCell(2);
    expect(first.value).toEqual(new Date(`${survey.opensOn}T17:00:00Z`));
    expect(first.numFmt).toBe("yyyy/mm/dd hh:mm:ss");

    const multiLine = sheet.getRow(survey.responseCount).getCell(10);
    expect(multiLine.value).toBe("一行目\n二行目");
    const formulaLike = sheet.getRow(survey.responseCount + 1).getCell(10);
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.value).toBe("=1+1");
    expect(formulaLike.formula).toBeUndefined();
    expect(rowValues(sheet, survey.responseCount + 1).slice(3, 9)).toEqual([
      "数回あった",
      1,
      undefined,
      1,
      undefined,
      4,
    ]);
  });

  it("refuses people without a session or without the region", async () => {
    const url = `/exports/surveys/${survey.id}/answers.xlsx`;
    const anonymous = await get(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe("サインインしてください。");
    const other = await get(url, await cookieOf("saitama@kyoso.example"));
    expect(other.status).toBe(403);
    expect(await other.text()).toBe("この操作を行う権限がありません。");
    const missing = await get(
      "/exports/surveys/not-a-uuid/answers.xlsx",
      await cookieOf("national@kyoso.example"),
    );
    expect(missing.status).toBe(404);
  });
});

describe("survey answers as CSV", () => {
  it("keeps a multi-line answer in one row and quotes a formula-like one", async () => {
    const res = await get(
      `/exports/surveys/${survey.id}/answers.csv`,
      await cookieOf("shutoken@kyoso.example"),
    );
    expect(res.status).toBe(200);
    const text = Buffer.from(await res.arrayBuffer())
      .toString("utf8")
      .slice(1);
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(survey.responseCount + 1);
    expect(rows.at(-2)?.at(-1)).toBe("一行目\n二行目");
    expect(rows.at(-1)?.at(-1)).toBe("'=1+1");
  });
});

describe("a region's meetings and organizations, and the task table, as xlsx", () => {
  it("lists the region's meetings with the held-on date as a date cell", async () => {
    const res = await get(
      "/exports/regions/shutoken/meetings.xlsx",
      await cookieOf("shutoken@kyoso.example"),
    );
    const sheet = await sheetOf(res);
    expect(rowValues(sheet, 1).slice(0, 5)).toEqual(["開催日", "開始", "終了", "種類", "会議名"]);
    expect(sheet.rowCount).toBeGreaterThan(1);
    const heldOn = sheet.getRow(2).getCell(1);
    expect(heldOn.value).toBeInstanceOf(Date);
    expect(heldOn.numFmt).toBe("yyyy/mm/dd");
    const dates = Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
      (sheet.getRow(i + 2).getCell(1).value as Date).getTime(),
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("refuses a meetings sheet to another region's committee member and to no session", async () => {
    const url = "/exports/regions/shutoken/meetings.xlsx";
    expect((await get(url)).status).toBe(401);
    expect((await get(url, await cookieOf("saitama@kyoso.example"))).status).toBe(403);
    expect(
      (await get("/exports/regions/nowhere/meetings.xlsx", await cookieOf("national@kyoso.example"))).status,
    ).toBe(404);
  });

  it("shows organizations' notes only to those who may read the region", async () => {
    const url = "/exports/regions/shutoken/organizations.xlsx";
    const member = await sheetOf(await get(url, await cookieOf("shutoken@kyoso.example")));
    expect(rowValues(member, 1)).toEqual(["団体名", "ふりがな", "種類", "都道府県", "メモ"]);
    expect(member.rowCount).toBeGreaterThan(1);
    const otherRegion = await sheetOf(await get(url, await cookieOf("saitama@kyoso.example")));
    expect(rowValues(otherRegion, 1)).toEqual(["団体名", "ふりがな", "種類", "都道府県"]);
    expect(otherRegion.rowCount).toBe(member.rowCount);
    expect((await get(url, await cookieOf("partner@kyoso.example"))).status).toBe(403);
  });

  it("exports the task table as filtered, and refuses a region the caller may not read", async () => {
    const national = httpClient(server);
    await national.signIn();
    const regions = (await national.query("region.list")).body.result?.data as { id: string; slug: string }[];
    const saitama = regions.find((r) => r.slug === "saitama")?.id ?? "";
    const url = `/exports/tasks.xlsx?region=${saitama}&status=todo,doing&sort=dueOn&dir=asc`;
    const sheet = await sheetOf(await get(url, await cookieOf("saitama@kyoso.example")));
    expect(rowValues(sheet, 1)).toEqual(["タスク", "状況", "優先度", "期限", "担当者", "地域", "会議"]);
    expect(sheet.rowCount).toBeGreaterThan(1);
    for (let n = 2; n <= sheet.rowCount; n++) {
      expect(["未着手", "進行中"]).toContain(sheet.getRow(n).getCell(2).value);
      expect(sheet.getRow(n).getCell(6).value).toBe("埼玉県");
      const due = sheet.getRow(n).getCell(4).value;
      if (due !== null && due !== undefined) expect(due).toBeInstanceOf(Date);
    }
    expect((await get(url, await cookieOf("shutoken@kyoso.example"))).status).toBe(403);
    expect((await get(url)).status).toBe(401);
    expect(
      (await get("/exports/tasks.xlsx?from=2026-13-40", await cookieOf("national@kyoso.example"))).status,
    ).toBe(400);
  });
});
