import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, expectFitsWidth, h1, screenshot, signedInPage, useBrowserSuite } from "./browser";

// Correcting the forum's records as the 埼玉 committee: an announcement edited in place, a program session deleted
// and brought back with the undo that appears right away, and a spam answer deleted from a survey's answers, its
// count dropping at once. Axe at desktop size and on a 375 px phone.

const SHOTS = "/tmp/shots/rec-c";

const suite = useBrowserSuite(SHOTS);
let page: Page;

beforeAll(async () => {
  ({ page } = await signedInPage(suite.browser, suite.url, "saitama@kyoso.example"));
});

/** Axe with no findings at desktop size and at 375 px (where nothing may scroll sideways), screenshots of both. */
async function check(p: Page, name: string): Promise<void> {
  await screenshot(p, name);
  await p.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(await axeViolations(p)).toEqual([]);
  const size = p.viewportSize();
  await p.setViewportSize({ width: 375, height: 812 });
  try {
    await p.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
    await expectFitsWidth(p, 375);
    expect(await axeViolations(p)).toEqual([]);
  } finally {
    if (size) await p.setViewportSize(size);
  }
}

describe("correcting the forum's records", () => {
  it("edits an announcement in place with the same fields as a new one", async () => {
    await page.goto(`${suite.url}/regions/saitama/forum/announcements`);
    await h1(page, "埼玉県のお知らせ");
    const item = page.getByRole("article", { name: "フォーラム開催のご報告" });
    await item.getByRole("button", { name: /^編集/ }).click();
    const edited = page.getByRole("article", { name: "フォーラム開催のご報告" });
    const title = edited.getByRole("textbox", { name: /^見出し/ });
    await title.fill("");
    await edited.getByRole("button", { name: "保存する" }).click();
    // The domain's rule, in Japanese, beside the field; focus moves to it.
    await edited.getByText("お知らせの見出しを入力してください。").waitFor();
    expect(await page.evaluate<string>('document.activeElement?.getAttribute("aria-invalid") ?? ""')).toBe(
      "true",
    );
    await title.fill("フォーラム開催のご報告（写真を追加しました）");
    await check(page, "announcement-edit");
    await edited.getByRole("button", { name: "保存する" }).click();
    await page
      .getByRole("heading", { level: 3, name: "フォーラム開催のご報告（写真を追加しました）" })
      .waitFor();
    await page.getByRole("status").filter({ hasText: "写真を追加しました" }).first().waitFor();
  });

  it("deletes a program session, offers the undo at once, and brings it back", async () => {
    await page.goto(`${suite.url}/regions/saitama/forum`);
    await h1(page, "埼玉県のプログラム");
    const program = page.getByRole("region", { name: "プログラム" });
    const session = program.getByRole("article").nth(1);
    const title = (await session.getByRole("heading", { level: 3 }).textContent()) ?? "";
    expect(title).not.toBe("");
    await session.getByRole("button", { name: "セッション2を削除" }).click();
    const dialog = page.getByRole("dialog", { name: "セッションを削除しますか？" });
    await dialog.getByText("削除済みから30日以内なら元に戻せます").waitFor();
    await dialog.getByRole("button", { name: "削除する" }).click();
    const notice = page.getByRole("status").filter({ hasText: `「${title}」を削除しました。` });
    await notice.waitFor();
    await program.getByRole("heading", { level: 3, name: title, exact: true }).waitFor({ state: "detached" });
    await check(page, "session-deleted-undo");

    await notice.getByRole("button", { name: "元に戻す" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `「${title}」を元に戻しました。` })
      .waitFor();
    // Back in the program, at its end (its old place may have been taken meanwhile).
    await program.getByRole("heading", { level: 3, name: title, exact: true }).waitFor();
    const headings = await program.getByRole("heading", { level: 3 }).allTextContents();
    expect(headings.at(-1)).toBe(title);
  });

  it("deletes a spam answer from the survey's answers and the count drops at once", async () => {
    await page.goto(`${suite.url}/regions/saitama/surveys`);
    await page.getByRole("link", { name: "フォーラム参加者アンケート", exact: true }).click();
    await page.getByRole("link", { name: "結果を見る" }).first().click();
    await h1(page, "フォーラム参加者アンケートの結果");
    await page.locator(".results-total").getByText("36件").waitFor();

    await page.getByRole("button", { name: "回答を1件ずつ表示する" }).click();
    const answers = page.getByRole("list", { name: "回答の一覧（新しい順）" });
    await answers.getByText("回答番号 36", { exact: true }).waitFor();
    await check(page, "survey-answers-review");
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator(".responses-review").screenshot({ path: `${SHOTS}/survey-answers-section-phone.png` });
    await page.setViewportSize({ width: 1280, height: 900 });

    await answers.getByRole("button", { name: "回答番号 36 を削除" }).click();
    const dialog = page.getByRole("dialog", { name: "回答を削除しますか？" });
    await dialog.getByRole("button", { name: "削除する" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "回答番号 36 を削除しました。回答数は 35件になりました。" })
      .waitFor();
    await page.locator(".results-total").getByText("35件").waitFor();
    await answers.getByText("回答番号 36", { exact: true }).waitFor({ state: "detached" });
    await page.getByRole("status").filter({ hasText: "「回答番号 36」を削除しました。" }).waitFor();
    await check(page, "survey-answer-deleted");
    await page.locator(".responses-review").screenshot({ path: `${SHOTS}/survey-answers-section.png` });
  });

  it("edits a survey's title and shows the change in its history", async () => {
    await page.goto(`${suite.url}/regions/saitama/surveys`);
    await page.getByRole("link", { name: "フォーラム参加者アンケート", exact: true }).click();
    await h1(page, "フォーラム参加者アンケート");
    await page.getByRole("link", { name: "編集する" }).click();
    const title = page.getByRole("textbox", { name: /^タイトル/ });
    await title.fill("フォーラム参加者アンケート 2026");
    const detail = page.url().replace(/\/edit$/, "");
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("status").filter({ hasText: "保存しました" }).first().waitFor();
    await page.goto(detail);
    await h1(page, "フォーラム参加者アンケート 2026");
    const history = page.getByRole("region", { name: "変更履歴" });
    await history.getByRole("cell", { name: "フォーラム参加者アンケート 2026", exact: true }).waitFor();
    await check(page, "survey-history");
  });
});
