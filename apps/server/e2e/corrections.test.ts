import { formatDate, todayInTokyo } from "@kyoso/domain";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectFitsWidth,
  expectNoAxeViolations,
  h1,
  phoneContext,
  shotInto,
  signedInContext,
  signIn,
  useBrowserSuite,
} from "./browser";

// Records people can correct (issue 13): a committee member on a phone logs a meeting, corrects it, adds an
// action item, deletes it and takes that back, deletes it again and restores it from 削除済み. Every new screen
// passes axe at 375 px and on a desktop. The quick log runs on the real day in Japan: 「今日の M.D」.
const today = todayInTokyo(new Date());
const [thisYear, thisMonth, thisDay] = today.split("-").map(Number) as [number, number, number];
const CORRECTED = "首都圏 実行委員会（訂正）";
const ACTION = "千葉県の支援センターに日程を連絡する";
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots/rec-a";

const suite = useBrowserSuite(SHOTS);
const shot = (page: Page, name: string) => shotInto(SHOTS, page, name);

async function confirmDelete(page: Page, button: string | Locator) {
  await (typeof button === "string" ? page.getByRole("button", { name: button }) : button).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "削除する" }).click();
  await dialog.waitFor({ state: "hidden" });
}

describe("correcting a meeting on a phone (首都圏 committee)", () => {
  it("logs it with today's M.D in this year, edits its title, adds an action item, deletes and undoes, deletes and restores from 削除済み", async () => {
    const context = await phoneContext(suite.browser);
    try {
      const page = await context.newPage();
      await signIn(page, `${suite.url}/regions/shutoken/meetings/quick`, "shutoken@kyoso.example");
      await h1(page, "会議をすばやく記録");
      await page.getByRole("textbox", { name: /^日付/ }).fill(`${thisMonth}.${thisDay}`);
      // The preview shows the full year: this year's date, not last year's.
      await page.getByText(`→ ${formatDate(today)}`).waitFor();
      expect(formatDate(today)).toContain(`${thisYear}年`);
      await page.getByRole("textbox", { name: /決まったこと/ }).fill("会場の候補を2つに絞った");
      await page.getByRole("button", { name: "記録する" }).click();
      const saved = page.getByRole("status").filter({ hasText: "記録しました。" });
      await saved.getByRole("link", { name: "記録した会議を見る" }).click();
      await page.getByRole("heading", { level: 1 }).waitFor();
      const meetingUrl = page.url();
      expect(meetingUrl).toMatch(/\/regions\/shutoken\/meetings\/[0-9a-f-]{36}$/);

      // Edit: the create form, filled in; the title corrected and an action item added.
      await page.getByRole("link", { name: "この会議を編集" }).click();
      await h1(page, /^会議を編集/);
      const title = page.getByRole("textbox", { name: /^会議名/ });
      expect(await title.inputValue()).not.toBe("");
      await title.fill(CORRECTED);
      await page.getByRole("button", { name: "やることを追加" }).click();
      await page.getByRole("textbox", { name: "やること 1", exact: true }).fill(ACTION);
      await expectFitsWidth(page, 375);
      await shot(page, "meeting-edit-phone");
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "変更を保存" }).click();

      // Back on the meeting: the new title, the action item as a task, and the change in its history.
      await h1(page, CORRECTED);
      await page.getByText(ACTION).first().waitFor();
      const history = page.getByRole("region", { name: "変更履歴" });
      await history.getByText("編集").first().waitFor();
      await history.getByRole("cell", { name: CORRECTED }).waitFor();
      expect(await history.textContent()).toContain(`${thisYear}年`);
      await shot(page, "meeting-detail-history-phone");
      await expectNoAxeViolations(page);

      // Delete, and undo right away: the meeting is back in the list.
      await confirmDelete(page, "この会議を削除");
      await h1(page, "首都圏の会議");
      const notice = page.locator(".undo-notice");
      await notice.getByText(`「${CORRECTED}」を削除しました。`).waitFor();
      await expect.poll(() => page.getByRole("link", { name: CORRECTED }).count()).toBe(0);
      await shot(page, "meeting-deleted-undo-phone");
      await expectNoAxeViolations(page);
      await notice.getByRole("button", { name: "元に戻す" }).click();
      await notice.getByText(`「${CORRECTED}」を元に戻しました。`).waitFor();
      await page.getByRole("link", { name: CORRECTED }).first().waitFor();

      // Delete again, then restore it from the region's 削除済み page.
      await page.getByRole("link", { name: CORRECTED }).first().click();
      await h1(page, CORRECTED);
      await confirmDelete(page, "この会議を削除");
      await h1(page, "首都圏の会議");
      await notice.getByRole("button", { name: "閉じる" }).click();
      await page.goto(`${suite.url}/regions/shutoken`);
      await page.getByRole("link", { name: "削除済みの記録" }).click();
      await h1(page, "首都圏の削除済みの記録");
      const row = page.getByRole("row").filter({ hasText: CORRECTED });
      await row.waitFor();
      expect(await row.textContent()).toContain("首都圏 実行委員");
      await expectFitsWidth(page, 375);
      await shot(page, "trash-phone");
      await expectNoAxeViolations(page);
      await row.getByRole("button", { name: `「${CORRECTED}」を元に戻す` }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `「${CORRECTED}」を元に戻しました。` })
        .waitFor();
      await page.getByText("削除済みの記録はありません。").waitFor();

      await page.goto(meetingUrl);
      await h1(page, CORRECTED);
    } finally {
      await context.close();
    }
  });
});

describe("the new screens on a desktop", () => {
  it("pass axe: a meeting's history, the meeting and hearing edit forms, a note being edited, 削除済み with purge", async () => {
    const context = await signedInContext(suite.browser, suite.url, "national@kyoso.example");
    try {
      const [page] = context.pages();
      if (!page) throw new Error("the sign-in page was closed");
      await page.goto(`${suite.url}/regions/saitama/meetings`);
      await h1(page, "埼玉県の会議");
      await page.getByRole("table").getByRole("link").first().click();
      await page.getByRole("region", { name: "変更履歴" }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: "この会議を編集" }).click();
      await h1(page, /^会議を編集/);
      await shot(page, "meeting-edit-desktop");
      await expectNoAxeViolations(page);

      await page.goto(`${suite.url}/regions/saitama/hearings`);
      await page
        .getByRole("main")
        .getByRole("link", { name: /へのヒアリング/ })
        .first()
        .click();
      await page.getByRole("link", { name: "このヒアリングを編集" }).click();
      await h1(page, /^ヒアリングを編集/);
      await expectNoAxeViolations(page);

      await page.goto(
        `${suite.url}/regions/saitama/timeline?kinds=${encodeURIComponent(JSON.stringify(["note"]))}`,
      );
      await h1(page, "埼玉県のタイムライン");
      await page
        .getByRole("button", { name: /を編集$/ })
        .first()
        .click();
      await page.getByRole("heading", { name: "メモを編集" }).waitFor();
      await shot(page, "note-edit-desktop");
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "編集をやめる" }).click();
      await confirmDelete(page, page.getByRole("button", { name: /を削除$/ }).first());
      await page.locator(".undo-notice").getByRole("button", { name: "元に戻す" }).waitFor();

      await page.goto(`${suite.url}/regions/saitama/trash`);
      await h1(page, "埼玉県の削除済みの記録");
      await page
        .getByRole("button", { name: /を完全に削除$/ })
        .first()
        .waitFor();
      await shot(page, "trash-desktop");
      await expectNoAxeViolations(page);
      await page
        .getByRole("button", { name: /を完全に削除$/ })
        .first()
        .click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole("button", { name: "完全に削除する" }).click();
      await page.getByText("削除済みの記録はありません。").waitFor();
    } finally {
      await context.close();
    }
  });
});
