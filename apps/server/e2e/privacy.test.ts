import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { addDays, formatDate } from "@kyoso/domain";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  screenshot,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

// Privacy by design as the national team sees it: a hearing recorded with the interviewee's consent and
// purpose, the read log that reading it leaves (閲覧ログ), and the subject access export (本人からの開示請求);
// on a desktop and at 375 px, with axe.

let testServer: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let url: string;

const SHOTS = "/tmp/shots-privacy";

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  context = await signedInContext(browser, url, "national@kyoso.example");
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await testServer?.stop();
});

/** Axe at desktop width, a screenshot, then the same at 375 px where nothing may scroll sideways. */
async function check(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    await screenshot(page, `${name}-phone`);
    await expectFitsWidth(page, 375);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await mkdir(SHOTS, { recursive: true });
  const artifacts = path.resolve(import.meta.dirname, "../test-artifacts");
  for (const file of [`${name}.png`, `${name}-phone.png`]) {
    await copyFile(path.join(artifacts, file), path.join(SHOTS, file));
  }
}

describe("privacy", () => {
  it("records a hearing with oral consent and its purpose; without consent the findings are not asked for", async () => {
    await page.goto(`${url}/regions/saitama/hearings/new`);
    await page.getByRole("heading", { level: 1, name: "ヒアリングを記録" }).waitFor();
    const consent = page.getByRole("combobox", { name: /同意の取得/ });
    await consent.waitFor();
    await check("hearing-consent-form");

    await consent.selectOption({ label: "同意を得ていない" });
    await page.getByText("同意を得ていないため、わかったことと概要は記録しません").waitFor();
    expect(await page.getByRole("textbox", { name: /わかったこと 1/ }).count()).toBe(0);

    await consent.selectOption({ label: "口頭で同意を得た（口頭同意）" });
    const organization = page.getByRole("combobox", { name: /ヒアリング先の団体/ });
    await expect.poll(() => organization.locator("option").count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await organization.selectOption({ index: 1 });
    await page.getByRole("textbox", { name: /聞き手/ }).fill("全国 実行チーム");
    await page.getByRole("textbox", { name: /回答者/ }).fill("高橋 さくら");
    await page.getByRole("textbox", { name: /伝えた利用目的/ }).fill("フォーラムの企画のため");
    const theme = page.getByRole("combobox", { name: /テーマ 1/ });
    await expect.poll(() => theme.locator("option").count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await theme.selectOption({ index: 1 });
    await page.getByRole("textbox", { name: /わかったこと 1/ }).fill("通院のための休暇が取りにくい");
    await page.getByRole("button", { name: "記録する" }).click();
    await page.getByRole("link", { name: "記録したヒアリングを見る" }).click();
    await page.getByRole("heading", { level: 2, name: "同意と利用目的" }).waitFor();
    await page.getByText("口頭で同意を得た（口頭同意）").waitFor();
    await page.getByText("フォーラムの企画のため").waitFor();
    await check("hearing-consent-detail");
  });

  it("shows who read the findings in 閲覧ログ, filterable by person and record", async () => {
    await page.goto(`${url}/read-log`);
    await page.getByRole("heading", { level: 1, name: "閲覧ログ" }).waitFor();
    const table = page.getByRole("table", { name: "閲覧ログ（新しい順）" });
    await table.waitFor();
    await expect
      .poll(() => table.getByRole("row").filter({ hasText: "わかったこと" }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await check("read-log");

    await page.getByRole("combobox", { name: "閲覧した人" }).selectOption({ label: "全国 実行チーム" });
    await page.getByRole("button", { name: "絞り込む" }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get("actor"), { timeout: 10_000 })
      .not.toBeNull();
    const recordLink = table.getByRole("link", { name: /へのヒアリング.*この記録の閲覧だけを表示/ }).first();
    await recordLink.click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get("record"), { timeout: 10_000 })
      .not.toBeNull();
    await expect
      .poll(() => table.getByRole("row").filter({ hasText: "ヒアリング" }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
  });

  it("exports what is held about a person found by name (本人からの開示請求)", async () => {
    await page.goto(`${url}/subject-requests`);
    await page.getByRole("heading", { level: 1, name: "本人からの開示請求" }).waitFor();
    await check("subject-export-empty");
    await page.getByRole("textbox", { name: /氏名またはメールアドレス/ }).fill("高橋 さくら");
    await page.getByRole("button", { name: "検索する" }).click();
    await page.getByRole("heading", { level: 2, name: "「高橋 さくら」の検索結果" }).waitFor();
    await page.getByText(/ヒアリング 1件/).waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "JSONファイルをダウンロード" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^subject-export-\d{4}-\d{2}-\d{2}\.json$/);
    await check("subject-export-results");
  });

  it("sets a survey's free-text retention and says when the free text is erased; an export is logged", async () => {
    const { db } = testServer.server.database;
    const survey = await db
      .selectFrom("survey")
      .innerJoin("region", "region.id", "survey.regionId")
      .select(["survey.id", "survey.closesOn"])
      .where("region.slug", "=", "saitama")
      .where("survey.deletedAt", "is", null)
      .orderBy("survey.closesOn", "desc")
      .executeTakeFirstOrThrow();
    await page.goto(`${url}/regions/saitama/surveys/${survey.id}`);
    await page.getByRole("heading", { level: 2, name: "自由記述の保存期間" }).waitFor();
    await page.getByRole("textbox", { name: /締切日から何日保存するか/ }).fill("3000");
    await page.getByRole("button", { name: "保存期間を保存" }).click();
    const eraseOn = formatDate(addDays(survey.closesOn, 3000));
    await page.getByText(`自由記述は${eraseOn}に消去されます。`).waitFor();
    await check("survey-retention");

    const csv = await page.request.get(`${url}/exports/surveys/${survey.id}/answers.csv`);
    expect(csv.status()).toBe(200);
    const logged = await db
      .selectFrom("readLog")
      .select(["what", "recordId"])
      .where("recordId", "=", survey.id)
      .where("what", "=", "survey_export_csv")
      .execute();
    expect(logged).toHaveLength(1);
  });

  it("is not offered to a committee member", async () => {
    const committee = await signedInContext(browser, url, "saitama@kyoso.example");
    try {
      const other = await committee.newPage();
      await other.goto(`${url}/read-log`);
      await other.getByRole("heading", { level: 1 }).waitFor();
      expect(await other.getByRole("table", { name: "閲覧ログ（新しい順）" }).count()).toBe(0);
    } finally {
      await committee.close();
    }
  });
});
