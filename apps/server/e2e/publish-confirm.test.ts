import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, expectFitsWidth, signedInPage, useBrowserSuite } from "./browser";

// Publishing a record from its form is a deliberate act: a meeting or hearing saved with 「公開する」 newly ticked
// asks first, naming the region's public page, the forum's page and the Atom feed; cancelling keeps what was
// typed and saves nothing; saving a record that stays public, or unpublishing, asks nothing.
// Screenshots go to /tmp/shots-publish.

const SHOTS = "/tmp/shots-publish";
const MEETING = "首都圏 公開前に確かめる会議";

const suite = useBrowserSuite(SHOTS);

async function as(email: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await signedInPage(suite.browser, suite.url, email);
  try {
    await check(page);
  } finally {
    await context.close();
  }
}

/** Axe and a screenshot at desktop size, then at 375 px, where nothing may scroll sideways. */
async function bothSizes(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png` });
  expect(await axeViolations(page), `${name} desktop`).toEqual([]);
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    await expectFitsWidth(page, 375);
    await page.screenshot({ path: `${SHOTS}/${name}-375.png` });
    expect(await axeViolations(page), `${name} 375`).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name }).waitFor();
const focusInDialog = (page: Page) =>
  page.evaluate<boolean>("document.activeElement?.closest('dialog[open]') != null");
const focusedText = (page: Page) => page.evaluate<string | undefined>("document.activeElement?.textContent");

describe("publishing a record from its form", () => {
  it("asks before a new meeting goes public, keeps the form on cancel, and publishes on confirm", () =>
    as("shutoken@kyoso.example", async (page) => {
      await page.goto(`${suite.url}/regions/shutoken/meetings/new`);
      await h1(page, "会議を記録");
      await page.getByRole("textbox", { name: /会議名/ }).fill(MEETING);
      await page.getByRole("textbox", { name: /議事録/ }).fill("公開してよい内容だけを書いた議事録");
      await page.getByRole("checkbox", { name: "公開する" }).check();
      const save = page.getByRole("button", { name: "記録する" });
      await save.click();

      const dialog = page.getByRole("dialog", { name: `「${MEETING}」を公開しますか？` });
      await dialog.waitFor();
      const text = await dialog.textContent();
      expect(text).toContain("Atomフィード");
      expect(text).toContain("地域の公開ページ");
      expect(text).toContain("/forums/shutoken");
      await expect.poll(() => focusInDialog(page), { timeout: 10_000 }).toBe(true);
      await bothSizes(page, "meeting-publish-dialog");

      // Cancelling saves nothing, keeps what was typed and gives the focus back to the save button.
      await dialog.getByRole("button", { name: "キャンセル" }).click();
      await dialog.waitFor({ state: "hidden" });
      expect(await page.getByRole("textbox", { name: /会議名/ }).inputValue()).toBe(MEETING);
      expect(await page.getByRole("checkbox", { name: "公開する" }).isChecked()).toBe(true);
      expect(await page.getByText("会議を記録しました。").count()).toBe(0);
      await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe("記録する");

      await save.click();
      await dialog.waitFor();
      await dialog.getByRole("button", { name: "保存して公開する" }).click();
      const saved = page.getByRole("status").filter({ hasText: "会議を記録しました。" });
      await saved.getByRole("link", { name: "記録した会議を見る" }).waitFor();
      await expect
        .poll(async () => (await page.request.get(`${suite.url}/feeds/regions/shutoken/atom.xml`)).text(), {
          timeout: 10_000,
        })
        .toContain(MEETING);

      // Saving a meeting that is already public asks nothing; neither does taking it back.
      await saved.getByRole("link", { name: "記録した会議を見る" }).click();
      await h1(page, MEETING);
      await page.getByRole("link", { name: "この会議を編集" }).click();
      await h1(page, /^会議を編集/);
      expect(await page.getByRole("checkbox", { name: "公開する" }).isChecked()).toBe(true);
      await page.getByRole("textbox", { name: /決まったこと/ }).fill("次回も公開で記録する");
      await page.getByRole("button", { name: /保存/ }).click();
      await h1(page, MEETING);
      expect(await page.getByRole("dialog").count()).toBe(0);

      await page.getByRole("link", { name: "この会議を編集" }).click();
      await h1(page, /^会議を編集/);
      await page.getByRole("checkbox", { name: "公開する" }).uncheck();
      await page.getByRole("button", { name: /保存/ }).click();
      await h1(page, MEETING);
      await expect
        .poll(async () => (await page.request.get(`${suite.url}/feeds/regions/shutoken/atom.xml`)).text(), {
          timeout: 10_000,
        })
        .not.toContain(MEETING);
    }));

  it("asks before a new hearing goes public, naming the organization; a private one saves at once", () =>
    as("shutoken@kyoso.example", async (page) => {
      await page.goto(`${suite.url}/regions/shutoken/hearings/new`);
      await h1(page, "ヒアリングを記録");
      await page.getByRole("combobox", { name: /同意の取得/ }).selectOption({ label: "同意を得ていない" });
      const organization = page.getByRole("combobox", { name: /ヒアリング先の団体/ });
      await expect.poll(() => organization.locator("option").count(), { timeout: 10_000 }).toBeGreaterThan(1);
      await organization.selectOption({ index: 1 });
      const name = (await organization.locator("option:checked").textContent()) ?? "";
      await page.getByRole("textbox", { name: /聞き手/ }).fill("首都圏 実行委員");
      await page.getByRole("checkbox", { name: "公開する" }).check();
      await page.getByRole("button", { name: "記録する" }).click();

      const dialog = page.getByRole("dialog", { name: `「${name}へのヒアリング」を公開しますか？` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain("Atomフィード");
      await bothSizes(page, "hearing-publish-dialog");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      expect(await page.getByRole("textbox", { name: /聞き手/ }).inputValue()).toBe("首都圏 実行委員");
      await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe("記録する");

      // Left private, the same hearing is saved without a question.
      await page.getByRole("checkbox", { name: "公開する" }).uncheck();
      await page.getByRole("button", { name: "記録する" }).click();
      await page.getByRole("link", { name: "記録したヒアリングを見る" }).waitFor();
      expect(await page.getByRole("dialog").count()).toBe(0);
    }));

  it("asks before a quick log on a phone goes public", () =>
    as("shutoken@kyoso.example", async (page) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${suite.url}/regions/shutoken/meetings/quick`);
      await h1(page, "会議をすばやく記録");
      await page.getByRole("textbox", { name: /出席者/ }).fill("首都圏の実行委員2名");
      await page.getByRole("checkbox", { name: "公開する" }).check();
      await page.getByRole("button", { name: "記録する" }).click();
      const dialog = page.getByRole("dialog", { name: /を公開しますか？$/ });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain("Atomフィード");
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole("button", { name: "保存して公開する" }).click();
      await page.getByText("記録しました。").waitFor();
    }));
});
