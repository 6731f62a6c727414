import { addDays, todayInTokyo } from "@kyoso/domain";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  recordProcedures,
  screenshot,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

const TITLE = "フォーラム事前アンケート（E2E）";
const Q_SOURCE = "このフォーラムを何で知りましたか";
const Q_SATISFACTION = "これまでの就労支援への満足度";
const Q_OPINION = "職場での配慮について、ご意見をお聞かせください";
const OPINION = "通院のための休暇を取りやすくしてほしいです。";

let testServer: TestServer;
let browser: Browser;
let url: string;
let committee: BrowserContext;
let page: Page;
/** Set by the builder test, read by the ones after it. */
let surveyPath = "";
let answerLink = "";

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  committee = await signedInContext(browser, url, "saitama@kyoso.example");
  const [first] = committee.pages();
  if (!first) throw new Error("the sign-in page was closed");
  page = first;
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

const h1 = (p: Page, name: string | RegExp) => p.getByRole("heading", { level: 1, name }).waitFor();
const questionGroup = (n: number, kind: string) => page.getByRole("group", { name: `質問 ${n}（${kind}）` });
/** Opens the answer link in a fresh phone-sized context with no cookies, answers, and sends. */
async function answerAsGuest(answer: (guest: Page) => Promise<void>): Promise<void> {
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: "ja-JP" });
  try {
    const guest = await phone.newPage();
    await guest.goto(answerLink);
    await h1(guest, TITLE);
    await answer(guest);
    await guest.getByRole("button", { name: "回答を送信する" }).click();
    await guest.getByRole("heading", { level: 2, name: "ご回答ありがとうございました" }).waitFor();
  } finally {
    await phone.close();
  }
}

/** The same screen on a 375 px phone: one column, nothing scrolls sideways, no axe findings; then back. */
async function checkOnPhone(name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 740 });
  await expect
    .poll(() => page.evaluate<number>("document.documentElement.scrollWidth"))
    .toBeLessThanOrEqual(375);
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const fill = (scope: Page | Locator, name: RegExp, value: string) =>
  scope.getByRole("textbox", { name }).fill(value);

describe("surveys", () => {
  it("builds a survey in 埼玉 with three kinds of question, reorders by keyboard, and publishes it", async () => {
    // The real clock in Japan, not the demo's dates: the survey must take answers today.
    const today = todayInTokyo(new Date());
    const closesOn = addDays(today, 30);

    await page.goto(`${url}/regions/saitama/surveys`);
    await h1(page, /のアンケート$/);
    await page.getByText("フォーラム参加者アンケート").first().waitFor();
    await screenshot(page, "surveys-list");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "新規作成" }).click();
    await h1(page, "アンケートを作成");
    await fill(page, /^タイトル/, TITLE);
    await fill(page, /^はじめの説明/, "次回のフォーラムづくりのため、3分ほどでお答えください。");
    // A new survey starts with the standard purpose of use, which the answer page shows first.
    expect(await page.getByRole("textbox", { name: /^回答の利用目的/ }).inputValue()).toContain(
      "要配慮個人情報",
    );
    await page.getByLabel(/^回答受付の開始日/).fill(today);
    await page.getByLabel(/^回答受付の締切日/).fill(closesOn);

    // A survey with no questions is refused by the domain's schema: the message sits by the add buttons, focused.
    await page.getByRole("button", { name: "下書きとして作成" }).click();
    await page.getByText("質問を1つ以上追加してください。").waitFor();
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe("survey-add-questions");

    await page.getByRole("button", { name: "単一選択を追加" }).click();
    const q1 = questionGroup(1, "単一選択");
    // Focus lands on the new question's text, ready to type.
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toMatch(/-label$/);
    await fill(q1, /^質問文/, Q_SOURCE);
    await q1.getByRole("checkbox", { name: "回答必須にする" }).check();
    await fill(q1, /^選択肢 1/, "チラシ");
    await fill(q1, /^選択肢 2/, "ホームページ");
    await q1.getByRole("button", { name: "選択肢を追加" }).click();
    await fill(q1, /^選択肢 3/, "知人の紹介");

    // A question switched to a choice kind gets two choices to fill in; removed, focus moves to the one before it.
    await page.getByRole("button", { name: "短い記述を追加" }).click();
    await questionGroup(2, "短い記述").getByRole("combobox", { name: "回答の形式" }).selectOption("multiple");
    const switched = questionGroup(2, "複数選択");
    expect(await switched.getByRole("textbox", { name: /^選択肢 [12]/ }).count()).toBe(2);
    await switched.getByRole("button", { name: /^この質問を削除/ }).click();
    await page.getByRole("status").filter({ hasText: "質問 2「（質問文なし）」を削除しました。" }).waitFor();
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe(await q1.getByRole("textbox", { name: /^質問文/ }).getAttribute("id"));

    await page.getByRole("button", { name: "長い記述を追加" }).click();
    const longText = questionGroup(2, "長い記述");
    await fill(longText, /^質問文/, Q_OPINION);

    await page.getByRole("button", { name: "5段階評価を追加" }).click();
    const scale = questionGroup(3, "5段階評価");
    await fill(scale, /^質問文/, Q_SATISFACTION);
    await scale.getByRole("checkbox", { name: "回答必須にする" }).check();
    await fill(scale, /^「1」の意味/, "不満");
    await fill(scale, /^「5」の意味/, "満足");

    // The scale goes up one place with the keyboard; the move is announced and focus follows the question.
    await page.getByRole("button", { name: "質問 3 を上へ移動" }).focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: `質問「${Q_SATISFACTION}」を2問目に移動しました（全3問）。` })
      .waitFor();
    await questionGroup(2, "5段階評価").waitFor();
    await questionGroup(3, "長い記述").waitFor();
    expect(
      await page.evaluate<string | null>('document.activeElement?.getAttribute("aria-label") ?? null'),
    ).toBe("質問 2 を上へ移動");

    await page.getByText("回答ページのプレビュー", { exact: true }).click();
    await page.locator(".answer-preview").getByText(Q_SATISFACTION).waitFor();
    await screenshot(page, "survey-builder");
    expect(await axeViolations(page)).toEqual([]);
    await checkOnPhone("survey-builder-phone");

    await page.getByRole("button", { name: "下書きとして作成" }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}\/edit/);
    await h1(page, `アンケートを編集: ${TITLE}`);
    await page.getByText("アンケートを下書きとして作成しました。").waitFor();
    surveyPath = new URL(page.url()).pathname.replace(/\/edit$/, "");

    await page.getByRole("button", { name: "公開する" }).click();
    const dialog = page.getByRole("dialog", { name: "アンケートを公開しますか？" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "公開する" }).click();
    await page.getByRole("status").filter({ hasText: "公開しました。" }).waitFor();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // The pressed button is gone with the draft status: focus lands on the panel's heading, not on <body>.
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe("survey-actions-heading");

    const link = page.getByRole("textbox", { name: /回答用リンク/ });
    answerLink = await link.inputValue();
    expect(answerLink).toMatch(new RegExp(`^${url}/answer/[A-Za-z0-9_-]{43}$`));
    await screenshot(page, "survey-builder-published");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("is answered on a 375px phone with no session: required errors first, then the thank-you with 受付番号", async () => {
    expect(answerLink).not.toBe("");
    const phone = await browser.newContext({
      viewport: { width: 375, height: 740 },
      locale: "ja-JP",
      hasTouch: true,
    });
    try {
      const guest = await phone.newPage();
      const called = recordProcedures(guest);
      await guest.goto(answerLink);
      await h1(guest, TITLE);
      expect(await guest.locator("html").getAttribute("lang")).toBe("ja");
      expect(await guest.title()).toContain(TITLE);
      // No dashboard frame: no main menu, no sign-in form; the purpose of use comes first.
      expect(await guest.getByRole("navigation").count()).toBe(0);
      await guest.getByRole("region", { name: "回答の利用目的" }).waitFor();
      await expectFitsWidth(guest, 375);
      await screenshot(guest, "survey-answer-phone");
      expect(await axeViolations(guest)).toEqual([]);

      // Sent empty: the server sends the form back; the summary takes focus (the page's small script), names each
      // required question and links to it.
      await guest.getByRole("button", { name: "回答を送信する" }).click();
      const summary = guest.getByRole("alert").filter({ hasText: "送信できませんでした" });
      await summary.waitFor();
      await expect
        .poll(() => guest.evaluate<string>('document.activeElement?.id ?? ""'), { timeout: 10_000 })
        .toBe("error-summary");
      expect(await summary.getByRole("link").allTextContents()).toEqual([
        "質問1: この質問は回答必須です。",
        "質問2: この質問は回答必須です。",
      ]);
      const source = guest.getByRole("group", { name: new RegExp(Q_SOURCE) });
      expect(await source.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await source.getAttribute("aria-describedby")) ?? "";
      expect(await guest.locator(`[id="${describedBy.split(" ")[0]}"]`).textContent()).toContain(
        "この質問は回答必須です。",
      );
      expect(await source.getByRole("radio", { name: "チラシ" }).getAttribute("required")).not.toBeNull();
      await expectFitsWidth(guest, 375);
      await screenshot(guest, "survey-answer-phone-errors");
      expect(await axeViolations(guest)).toEqual([]);

      // The summary's link takes the keyboard to the question.
      await summary.getByRole("link", { name: /^質問1/ }).click();
      await expect
        .poll(() => guest.evaluate<string>('document.activeElement?.getAttribute("type") ?? ""'), {
          timeout: 10_000,
        })
        .toBe("radio");

      await source.getByRole("radio", { name: "ホームページ" }).check();
      const satisfaction = guest.getByRole("group", { name: new RegExp(Q_SATISFACTION) });
      await satisfaction.getByRole("radio", { name: /^5/ }).check();
      await guest.getByRole("textbox", { name: new RegExp(Q_OPINION) }).fill(OPINION);
      // Free text is taken with consent to the purpose of use.
      await guest.getByRole("checkbox", { name: /上記の利用目的に同意して/ }).check();
      await guest.getByRole("combobox", { name: /ご所属の種類/ }).selectOption({ label: "患者会" });
      await guest.getByRole("button", { name: "回答を送信する" }).click();

      await guest.getByRole("heading", { level: 2, name: "ご回答ありがとうございました" }).waitFor();
      expect(await guest.locator(".receipt").textContent()).toBe("受付番号1");
      await expectFitsWidth(guest, 375);
      await screenshot(guest, "survey-answer-phone-thanks");
      expect(await axeViolations(guest)).toEqual([]);

      // The respondent's browser called no API at all: the page and its answer are plain HTML.
      expect(called).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it("counts the answer in the results: 1 response, the chosen option at 100%, the text answer listed", async () => {
    expect(surveyPath).not.toBe("");
    await page.goto(`${url}${surveyPath}/results`);
    await h1(page, `${TITLE}の結果`);
    await page.locator(".results-total").getByText("1件").waitFor();
    const sourceTable = page.getByRole("table", { name: /^質問1の回答/ });
    expect(await sourceTable.getByRole("row", { name: /ホームページ/ }).textContent()).toBe(
      "ホームページ1件100%",
    );
    expect(await sourceTable.getByRole("row", { name: /チラシ/ }).textContent()).toBe("チラシ0件0%");
    await page.getByText("平均 5.00（1〜5）").waitFor();
    const opinion = page.getByRole("region", { name: new RegExp(Q_OPINION) });
    await opinion.getByText(OPINION).waitFor();
    await opinion.getByText("回答番号 1").waitFor();
    await opinion.getByText("所属: 患者会").waitFor();
    await page
      .getByRole("combobox", { name: "回答者の所属で絞り込む" })
      .selectOption({ label: "患者会（1件）" });
    await page.getByText("「患者会」の回答 1件を集計しています。").waitFor();
    expect(await page.getByRole("link", { name: "回答をCSVでダウンロード" }).getAttribute("href")).toBe(
      `/exports/surveys/${surveyPath.split("/").pop()}/answers.csv`,
    );
    await screenshot(page, "survey-results");
    expect(await axeViolations(page)).toEqual([]);

    // While the survey is open the page follows new answers on its own (about every 15 s), without a reload.
    await page.getByRole("combobox", { name: "回答者の所属で絞り込む" }).selectOption({ index: 0 });
    await answerAsGuest(async (guest) => {
      await guest
        .getByRole("group", { name: new RegExp(Q_SOURCE) })
        .getByRole("radio", { name: "チラシ" })
        .check();
      await guest
        .getByRole("group", { name: new RegExp(Q_SATISFACTION) })
        .getByRole("radio", { name: /^3/ })
        .check();
    });
    await page.locator(".results-total").getByText("2件").waitFor({ timeout: 25_000 });
    expect(await sourceTable.getByRole("row", { name: /ホームページ/ }).textContent()).toBe(
      "ホームページ1件50%",
    );
  });

  it("once answered, keeps saved questions from being removed or changing kind, and says why", async () => {
    await page.goto(`${url}${surveyPath}/edit`);
    await h1(page, `アンケートを編集: ${TITLE}`);
    await page.getByText("このアンケートには既に2件の回答があります。").waitFor();
    const q1 = questionGroup(1, "単一選択");
    expect(await q1.getByRole("combobox", { name: "回答の形式" }).isDisabled()).toBe(true);
    expect(await q1.getByRole("button", { name: /^この質問を削除/ }).isDisabled()).toBe(true);
    expect(await q1.getByRole("button", { name: "選択肢 1 を削除" }).isDisabled()).toBe(true);
    // Rewording and a new choice are still fine, and the new choice may be removed again.
    await q1.getByRole("button", { name: "選択肢を追加" }).click();
    expect(await q1.getByRole("button", { name: "選択肢 4 を削除" }).isDisabled()).toBe(false);
    await fill(q1, /^選択肢 4/, "新聞");
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("status").getByText("保存しました。").waitFor();
    expect(await q1.getByRole("button", { name: "選択肢 4 を削除" }).isDisabled()).toBe(true);
    await screenshot(page, "survey-builder-locked");
    expect(await axeViolations(page)).toEqual([]);
    await checkOnPhone("survey-builder-locked-phone");
  });

  it("copies the demo participant survey as a new draft to adjust", async () => {
    await page.goto(`${url}/regions/saitama/surveys`);
    await page.getByRole("button", { name: "他のアンケートから複製" }).click();
    await page.getByRole("heading", { level: 2, name: "他のアンケートから複製" }).waitFor();
    const source = page.getByRole("combobox", { name: /^複製元のアンケート/ });
    await source.selectOption({
      label:
        (await source.locator("option", { hasText: "フォーラム参加者アンケート" }).first().textContent()) ??
        "",
    });
    expect(await page.getByRole("textbox", { name: /^タイトル/ }).inputValue()).toBe(
      "フォーラム参加者アンケート",
    );
    await page.getByRole("textbox", { name: /^タイトル/ }).fill("フォーラム参加者アンケート 2027");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "複製して下書きを作る" }).click();
    await h1(page, "アンケートを編集: フォーラム参加者アンケート 2027");
    await page.getByText("アンケートを下書きとして作成しました。").waitFor();
    await questionGroup(1, "単一選択").waitFor();
  });

  it("links the survey's timeline entry to the survey's page", async () => {
    await page.goto(`${url}/regions/saitama/timeline`);
    await page.getByRole("link", { name: `アンケート「${TITLE}」回答受付開始` }).click();
    await h1(page, TITLE);
    expect(new URL(page.url()).pathname).toBe(surveyPath);
    await screenshot(page, "survey-detail");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the demo participant survey's 36 answers as tables and charts", async () => {
    await page.goto(`${url}/regions/saitama/surveys`);
    await page.getByRole("link", { name: "フォーラム参加者アンケート", exact: true }).click();
    await page.getByRole("link", { name: "結果を見る" }).first().click();
    await h1(page, "フォーラム参加者アンケートの結果");
    await page.locator(".results-total").getByText("36件").waitFor();
    await page.locator(".recharts-surface").first().waitFor();
    await screenshot(page, "survey-results-demo");
    expect(await axeViolations(page)).toEqual([]);

    // The same results on a phone: tables and charts in one column, nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.locator(".recharts-surface").first().waitFor();
    await expectFitsWidth(page, 375);
    await screenshot(page, "survey-results-demo-phone");
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
