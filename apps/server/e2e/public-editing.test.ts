import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, expectFitsWidth, signedInPage, useBrowserSuite } from "./browser";

// Making things public on purpose: the national team's editor of the network's own pages, the confirmation a
// timeline entry asks before it is published (naming the public page and the Atom feed), the co-host
// "name on the public page" control, and the edition form's public details; each at desktop size and 375 px
// with axe. Screenshots go to /tmp/shots-public.

const SHOTS = "/tmp/shots-public";

const suite = useBrowserSuite(SHOTS);

async function asNational(check: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await signedInPage(suite.browser, suite.url, "national@kyoso.example");
  try {
    await check(page);
  } finally {
    await context.close();
  }
}

/** Axe and a screenshot at desktop size, then at 375 px, where nothing may scroll sideways. */
async function bothSizes(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  expect(await axeViolations(page), `${name} desktop`).toEqual([]);
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    await expectFitsWidth(page, 375);
    await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
    expect(await axeViolations(page), `${name} 375`).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A publish button: its word, then the record's title read by screen readers only. */
const publishButton = (page: Page, label: string, title?: string) =>
  page.getByRole("button", {
    name: new RegExp(`^${label}\\s*（${title ? `${escapeRegExp(title)}）$` : ""}`),
  });

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name }).waitFor();

describe("publishing on purpose", () => {
  it("the national team edits the network's pages in markdown, with a preview, and publishing asks first", () =>
    asNational(async (page) => {
      await page.goto(`${suite.url}/settings/pages`);
      await h1(page, "ネットワークのページ");
      await page.getByRole("heading", { level: 2, name: "開催にあたり" }).waitFor();
      await page.getByRole("button", { name: "開催にあたりを編集" }).click();
      const form = page.getByRole("form", { name: "開催にあたりを編集" });
      await form.getByRole("textbox", { name: "題名" }).waitFor();
      await expect
        .poll(() => form.getByRole("region", { name: "プレビュー" }).textContent(), { timeout: 10_000 })
        .toContain("地域の皆さまの意見");
      await bothSizes(page, "network-page-editor");

      await page.getByRole("button", { name: "ページを追加" }).click();
      const create = page.getByRole("form", { name: "ページを追加" });
      await create.getByRole("textbox", { name: /アドレス/ }).fill("test-page");
      await create.getByRole("textbox", { name: /題名/ }).fill("テストのページ");
      await create.getByRole("textbox", { name: /本文/ }).fill("## 見出し\n\n- 一つ目");
      await create.getByRole("checkbox", { name: "公開する" }).check();
      await create.getByRole("button", { name: "保存する" }).click();
      const dialog = page.getByRole("dialog", { name: "「テストのページ」を公開しますか？" });
      await dialog.waitFor();
      await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain("/about/test-page");
      await bothSizes(page, "network-page-publish-dialog");
      await dialog.getByRole("button", { name: "公開する" }).click();
      await page.getByRole("heading", { level: 2, name: "テストのページ" }).waitFor();
      const about = await page.request.get(`${suite.url}/about/test-page`);
      expect(about.status()).toBe(200);
      expect(await about.text()).toContain("<li>一つ目</li>");
    }));

  it("a timeline entry is published through a confirmation naming where it appears, and unpublished in one click", () =>
    asNational(async (page) => {
      await page.goto(`${suite.url}/regions/saitama/timeline`);
      const publish = publishButton(page, "公開する").first();
      await publish.waitFor();
      const name = (await publish.textContent()) ?? "";
      const title = name.replace(/^公開する（/, "").replace(/）$/, "");
      await publish.click();
      const dialog = page.getByRole("dialog", { name: `「${title}」を公開しますか？` });
      await dialog.waitFor();
      const text = (await dialog.textContent()) ?? "";
      expect(text).toContain("フォーラムの公開ページ（/forums/saitama）");
      expect(text).toContain("Atomフィード");
      await bothSizes(page, "timeline-publish-dialog");
      await dialog.getByRole("button", { name: "公開する" }).click();
      const unpublish = publishButton(page, "公開をやめる", title);
      await unpublish.waitFor({ timeout: 10_000 });
      await unpublish.click();
      await publishButton(page, "公開する", title).waitFor({ timeout: 10_000 });
      expect(await page.getByRole("dialog").count()).toBe(0);
    }));

  it("a confirmed co-host is named on the public page only when marked so, through a confirmation", () =>
    asNational(async (page) => {
      await page.goto(`${suite.url}/regions/saitama/cohosts`);
      await page
        .getByRole("link", { name: /埼玉県難病相談支援センター/ })
        .first()
        .click();
      await h1(page, "埼玉県難病相談支援センター");
      await publishButton(page, "載せない").click();
      await publishButton(page, "載せる").waitFor({ timeout: 10_000 });
      await publishButton(page, "載せる").click();
      const dialog = page.getByRole("dialog", { name: /公開ページに載せますか/ });
      await dialog.waitFor();
      await bothSizes(page, "cohost-publishable-dialog");
      await dialog.getByRole("button", { name: "載せる" }).click();
      await publishButton(page, "載せない").waitFor({ timeout: 10_000 });
      await bothSizes(page, "cohost-detail");
    }));

  it("the edition form holds the public page's details and the 開催報告", () =>
    asNational(async (page) => {
      await page.goto(`${suite.url}/regions/saitama`);
      await page
        .getByRole("link", { name: /フォーラムを編集|編集/ })
        .first()
        .click();
      await h1(page, "フォーラムを編集");
      await page.getByRole("group", { name: "公開ページに載せる案内" }).waitFor();
      await page.getByRole("textbox", { name: "申込ページのURL" }).fill("ftp://example.jp");
      await page.getByRole("button", { name: "保存する" }).click();
      await expect
        .poll(() => page.getByText("申込ページのURLは https:// から始まる形で入力してください。").count(), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      await bothSizes(page, "edition-public-details");
    }));
});
