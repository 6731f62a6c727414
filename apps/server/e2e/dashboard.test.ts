import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  axeViolations,
  launchChromium,
  screenshot,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

const SAITAMA_TITLE = "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026";

let testServer: TestServer;
let browser: Browser;
let page: Page;
let url: string;
let signedIn: BrowserContextOptions["storageState"];

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  // Sign in once through the form; every test then starts from that session.
  const context = await signedInContext(browser, url);
  signedIn = await context.storageState();
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

beforeEach(async () => {
  // A fresh signed-in context per test: no language choice or cache carries over from the test before.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "ja-JP",
    storageState: signedIn,
  });
  page = await context.newPage();
  return () => context.close();
});

describe("national overview", () => {
  it("lists SAITAMA2026 with its stage as text and passes axe", async () => {
    await page.goto(`${url}/overview`);
    // The route's chunk may still be loading (its h1 says so): read the heading once it has settled.
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe("全国の状況");
    const row = page.getByRole("row", { name: /SAITAMA2026/ });
    await row.getByRole("link", { name: SAITAMA_TITLE }).waitFor();
    expect(await row.getByText("開催済").count()).toBe(1);
    expect(await row.getByText("2026年2月21日(土)").count()).toBe(1);
    expect(await page.getByRole("heading", { level: 3, name: "九州・沖縄" }).count()).toBe(1);

    await screenshot(page, "overview");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("sorts by a column header from the keyboard and reports it with aria-sort", async () => {
    await page.goto(`${url}/overview`);
    const header = page.getByRole("columnheader", { name: /開催日/ });
    await header.getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const firstDate = page
      .getByRole("table", { name: "地域ごとの現在のフォーラム" })
      .getByRole("row")
      .nth(1)
      .getByRole("cell")
      .nth(4);
    expect(await firstDate.textContent()).toBe("2026年2月21日(土)");
  });
});

describe("region page", () => {
  it("shows the Saitama forum, its date and keynote speakers, moves focus to the h1 and passes axe", async () => {
    await page.goto(`${url}/overview`);
    await page.getByRole("link", { name: SAITAMA_TITLE }).click();
    const h1 = page.getByRole("heading", { level: 1, name: "埼玉県" });
    await h1.waitFor();
    expect(new URL(page.url()).pathname).toBe("/regions/saitama");
    expect(await h1.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    expect(await page.getByRole("heading", { level: 3, name: SAITAMA_TITLE }).count()).toBe(1);
    const card = page.getByRole("article", { name: SAITAMA_TITLE });
    expect(await card.getByText("2026年2月21日(土)").count()).toBe(1);
    expect(
      await card.getByText("2026年1月27日(火)から会場参加は定員となり、オンライン参加のみ受付").count(),
    ).toBe(1);
    const program = page.getByRole("region", { name: "プログラム" });
    expect(await program.getByText("基調講演").count()).toBe(2);
    expect(await program.getByText("朝日雅也").count()).toBe(1);
    expect(await program.getByText("埼玉県立大学 名誉教授").count()).toBe(1);
    expect(await program.getByText("大竹祐貴").count()).toBe(1);
    expect(await page.getByRole("region", { name: "準備の記録" }).getByText("公開").count()).toBeGreaterThan(
      0,
    );

    await screenshot(page, "region-saitama");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows a next meeting known only to the month", async () => {
    await page.goto(`${url}/regions/shutoken`);
    const meetings = page.getByRole("region", { name: "会議" });
    await meetings.getByText("次回: 2025年11月").waitFor();
    expect(await meetings.getByText("説明会").count()).toBe(1);
  });

  it("answers an unknown region with a not-found page", async () => {
    await page.goto(`${url}/regions/atlantis`);
    await page.getByRole("heading", { level: 1, name: "地域が見つかりません" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("forum edition forms", () => {
  it("shows a schema error inline, beside the field, in Japanese", async () => {
    await page.goto(`${url}/regions/saitama`);
    await page.getByRole("link", { name: "このフォーラムを編集" }).click();
    const title = page.getByRole("textbox", { name: /フォーラム名/ });
    await title.fill("");
    await page.getByRole("button", { name: "保存する" }).click();

    expect(await title.getAttribute("aria-invalid")).toBe("true");
    expect(await title.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    const errorId = (await title.getAttribute("aria-describedby"))?.split(" ")[0] ?? "";
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe("フォーラム名を入力してください。");

    await screenshot(page, "edit-invalid");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the server's Japanese message when a stage jump is refused", async () => {
    await page.goto(`${url}/regions/aichi`);
    await page.getByRole("link", { name: "このフォーラムを編集" }).click();
    const stage = page.getByRole("combobox", { name: /ステージ/ });
    // The select offers only allowed moves; a page built before someone else's change can still send others.
    await stage.evaluate((el) => {
      const option = el.ownerDocument.createElement("option");
      option.value = "held";
      option.textContent = "開催済";
      el.append(option);
    });
    await stage.selectOption("held");
    await page.getByRole("button", { name: "保存する" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "保存できませんでした" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "ステージを「調整中」から「開催済」へ変更することはできません",
    );
  });

  it("on a stale version says to reload, offers it, and then saves", async () => {
    const openEditor = async (p: Page) => {
      await p.goto(`${url}/regions/shutoken`);
      await p.getByRole("link", { name: "このフォーラムを編集" }).click();
      return p.getByRole("textbox", { name: "会場名" });
    };
    const venue = await openEditor(page);
    await venue.waitFor();

    // Someone else saves the same edition first, from their own browser.
    const other = await signedInContext(browser, url);
    const otherPage = await other.newPage();
    await (await openEditor(otherPage)).fill("別の会場");
    await otherPage.getByRole("button", { name: "保存する" }).click();
    await otherPage.getByRole("status").getByText("保存しました。").waitFor();
    await other.close();

    await venue.fill("さいたま市民会館");
    await page.getByRole("button", { name: "保存する" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "再読み込み" });
    await alert.waitFor();
    await screenshot(page, "edit-conflict");

    await alert.getByRole("button", { name: "最新の内容を読み込む" }).click();
    await page.locator('input[name="venueName"][value="別の会場"]').waitFor();
    await page.getByRole("textbox", { name: "会場名" }).fill("さいたま市民会館");
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("status").getByText("保存しました。").waitFor();

    await page.goto(`${url}/regions/shutoken`);
    await page.getByText("さいたま市民会館").waitFor();
  });

  it("creates an edition and reports success", async () => {
    await page.goto(`${url}/regions/kochi/editions/new`);
    await page.getByRole("spinbutton", { name: /開催年/ }).fill("2029");
    await page
      .getByRole("textbox", { name: /フォーラム名/ })
      .fill("難病・慢性疾患就労支援ネットワークフォーラムKOCHI2029");
    await page.getByRole("combobox", { name: /ステージ/ }).selectOption("concept");
    await page.getByRole("button", { name: "登録する" }).click();
    await page.getByRole("status").getByText("フォーラムを登録しました。").waitFor();
  });
});

describe("sign-in", () => {
  it("asks a signed-out visitor to sign in, says why a wrong password fails, and passes axe", async () => {
    const context = await browser.newContext({ locale: "ja-JP" });
    const guest = await context.newPage();
    await guest.goto(`${url}/regions/saitama`);
    await guest.getByRole("heading", { level: 1, name: "サインイン" }).waitFor();
    await guest.getByRole("textbox", { name: /メールアドレス/ }).fill("national@kyoso.example");
    await guest.getByLabel(/パスワード/).fill("not-the-password");
    await guest.getByRole("button", { name: "サインイン" }).click();
    await guest.getByRole("alert").filter({ hasText: "サインインできませんでした" }).waitFor();
    await screenshot(guest, "sign-in-failed");
    expect(await axeViolations(guest)).toEqual([]);
    await context.close();
  });
});

describe("language", () => {
  it("switches to English, keeps the choice after a reload and sets <html lang>", async () => {
    await page.goto(`${url}/overview`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "National overview" }).waitFor();
    expect(await page.getByRole("columnheader", { name: /Stage/ }).count()).toBe(1);
    expect(
      await page
        .getByRole("row", { name: /SAITAMA2026/ })
        .getByText("Held")
        .count(),
    ).toBe(1);
    expect(await page.getByText("Sat, Feb 21, 2026").count()).toBeGreaterThan(0);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "National overview" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "overview-en");
    expect(await axeViolations(page)).toEqual([]);
  });
});
