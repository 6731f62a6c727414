import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  launchChromium,
  newContext,
  recordProcedures,
  screenshot,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

const SHUTOKEN_MEETING = "共催自治体での会議に参加・説明と打ち合わせ";
const SHUTOKEN_NOTE = "多職種連携";
const SUMMARY_NOTICE = "会議の記録やメモは、この地域の実行委員と全体の実行チームだけが見られます。";
const EDIT = "このフォーラムを編集";

let testServer: TestServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

/** Runs a check as one demo user in a context of their own, starting on the home page they signed in on. */
async function as(email: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await signedInContext(browser, url, email);
  try {
    const [page] = context.pages();
    if (!page) throw new Error("the sign-in page was closed");
    await check(page);
  } finally {
    await context.close();
  }
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "メインメニュー" });
const h1 = (page: Page, name: string) => page.getByRole("heading", { level: 1, name }).waitFor();

describe("the national team", () => {
  it("manages users and sees its own edition change in the audit log, both screens passing axe", () =>
    as("national@kyoso.example", async (page) => {
      expect(await mainNav(page).getByRole("link", { name: "利用者管理" }).count()).toBe(1);
      expect(await mainNav(page).getByRole("link", { name: "監査ログ" }).count()).toBe(1);
      expect(await page.getByText("役割: 全体の実行チーム").count()).toBe(1);

      await page.goto(`${url}/regions/hokkaido`);
      await page.getByRole("link", { name: EDIT }).click();
      await page.getByRole("textbox", { name: "会場名" }).fill("札幌市民交流プラザ");
      await page.getByRole("button", { name: "保存する" }).click();
      await page.getByRole("status").getByText("保存しました。").waitFor();

      await mainNav(page).getByRole("link", { name: "監査ログ" }).click();
      await h1(page, "監査ログ");
      const row = page.getByRole("row").filter({ hasText: "北海道" }).first();
      await row.waitFor();
      expect(await row.getByRole("cell").nth(1).textContent()).toBe("全国 実行チーム");
      await row.getByText(/変更内容/).click();
      expect(await row.getByRole("row", { name: /会場名/ }).textContent()).toContain("札幌市民交流プラザ");
      await screenshot(page, "audit");
      expect(await axeViolations(page)).toEqual([]);

      await mainNav(page).getByRole("link", { name: "利用者管理" }).click();
      await h1(page, "利用者管理");
      await page.getByRole("row", { name: /埼玉 実行委員/ }).waitFor();
      await screenshot(page, "users");
      expect(await axeViolations(page)).toEqual([]);
    }));

  it("invites a committee member for Aichi, who sets a password from the link and sees Aichi in full", async () => {
    let link = "";
    await as("national@kyoso.example", async (page) => {
      await page.goto(`${url}/users`);
      await page.getByRole("textbox", { name: /メールアドレス/ }).fill("aichi-new@kyoso.example");
      await page.getByRole("textbox", { name: /表示名/ }).fill("愛知 新任委員");
      await page.getByRole("combobox", { name: /役割/ }).selectOption("committee");
      await page.getByRole("button", { name: "招待する" }).click();
      // No region chosen yet: the domain schema answers inline, in Japanese.
      await page.getByText("担当する地域を1つ以上選んでください。").waitFor();
      await page.getByRole("checkbox", { name: "愛知県" }).check();
      await page.getByRole("button", { name: "招待する" }).click();
      const field = page.getByRole("textbox", { name: "招待リンク" });
      await field.waitFor();
      link = await field.inputValue();
      expect(link).toMatch(new RegExp(`^${url}/invite/[A-Za-z0-9_-]{43}$`));
      await page
        .getByRole("row", { name: /愛知 新任委員/ })
        .getByText("招待中")
        .waitFor();
      await screenshot(page, "users-invited");
    });

    const context = await newContext(browser);
    const invited = await context.newPage();
    await invited.goto(link);
    await h1(invited, "パスワードを設定");
    await invited.getByLabel(/^パスワード\s*\*?$/).fill("aichi-password-2026");
    await invited.getByLabel(/パスワード（確認）/).fill("aichi-password-202");
    await invited.getByRole("button", { name: "パスワードを設定してサインイン" }).click();
    await invited.getByText("確認用のパスワードが一致しません。").waitFor();
    await invited.getByLabel(/パスワード（確認）/).fill("aichi-password-2026");
    await invited.getByRole("button", { name: "パスワードを設定してサインイン" }).click();
    await h1(invited, "今日やること");
    expect(await invited.getByText("愛知 新任委員 でサインイン中").count()).toBe(1);

    await invited.goto(`${url}/regions/aichi`);
    await invited.getByRole("region", { name: "準備の記録" }).waitFor();
    expect(await invited.getByRole("link", { name: EDIT }).count()).toBe(1);

    // The link works once.
    const again = await (await newContext(browser)).newPage();
    await again.goto(link);
    await again.getByLabel(/^パスワード\s*\*?$/).fill("another-password-1");
    await again.getByLabel(/パスワード（確認）/).fill("another-password-1");
    await again.getByRole("button", { name: "パスワードを設定してサインイン" }).click();
    await again
      .getByRole("alert")
      .getByText(/使用済みか、有効期限が切れています/)
      .waitFor();
    await again.context().close();
    await context.close();
  });
});

describe("a regional committee member (Saitama)", () => {
  it("sees Saitama in full, only a summary of Shutoken without asking for its details, and no user admin", () =>
    as("saitama@kyoso.example", async (page) => {
      // ホーム, 自分の地域, 全国の状況, タスク.
      // The menu fills in as the person's regions arrive: counted once it has settled.
      await expect.poll(() => mainNav(page).getByRole("link").count(), { timeout: 10_000 }).toBe(4);

      await page.goto(`${url}/regions/saitama`);
      await page.getByRole("region", { name: "準備の記録" }).waitFor();
      expect(await page.getByRole("link", { name: EDIT }).count()).toBe(1);

      const procedures = recordProcedures(page);
      await page.goto(`${url}/regions/shutoken`);
      await page.getByText(SUMMARY_NOTICE).waitFor();
      await h1(page, "首都圏");
      expect(await page.getByText(SHUTOKEN_NOTE).count()).toBe(0);
      expect(await page.getByText(SHUTOKEN_MEETING).count()).toBe(0);
      expect(await page.getByRole("link", { name: EDIT }).count()).toBe(0);
      expect(await page.getByRole("link", { name: "新しいフォーラムを登録" }).count()).toBe(0);
      // One call answers the page; the server leaves the full record out for a member of another region.
      expect(procedures).toContain("region.page");
      expect(procedures).not.toContain("region.bySlug");
      await screenshot(page, "region-summary");
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${url}/users`);
      await h1(page, "権限がありません");
      await page.goto(`${url}/audit`);
      await h1(page, "権限がありません");
    }));
});

describe("pro bono staff and partners", () => {
  it("pro bono staff see the overview and only a summary of their own region, with nothing to edit", () =>
    as("probono@kyoso.example", async (page) => {
      await page.goto(`${url}/overview`);
      await page.getByRole("row", { name: /SAITAMA2026/ }).waitFor();
      await page.goto(`${url}/regions/shutoken`);
      await page.getByText(SUMMARY_NOTICE).waitFor();
      expect(await page.getByText(SHUTOKEN_MEETING).count()).toBe(0);
      expect(await page.getByRole("link", { name: EDIT }).count()).toBe(0);
    }));

  it("a partner's overview lists their forum's region only", () =>
    as("partner@kyoso.example", async (page) => {
      await page.goto(`${url}/overview`);
      const table = page.getByRole("table", { name: "地域ごとの現在のフォーラム" });
      await table.getByRole("link", { name: "埼玉県" }).waitFor();
      expect(await table.getByRole("row").count()).toBe(2);
      await screenshot(page, "overview-partner");
    }));
});

describe("session expiry", () => {
  it("shows the sign-in form with an explanation when the session ends while the app is open", () =>
    as("saitama@kyoso.example", async (page) => {
      await page.goto(`${url}/overview`);
      await page.getByRole("row", { name: /SAITAMA2026/ }).waitFor();
      await page.context().clearCookies();
      await page.getByRole("link", { name: "埼玉県" }).first().click();
      await h1(page, "サインイン");
      await page.getByText("一定時間が過ぎたため、サインインが切れました。").waitFor();
    }));
});
