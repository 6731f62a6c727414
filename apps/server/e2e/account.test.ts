import { mkdir } from "node:fs/promises";
import { DEMO_PASSWORD } from "@kyoso/db";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  newContext,
  screenshot,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

// Accounts in the browser, on a phone (375 px) and a desktop: changing one's password from アカウント設定, and
// "forgot password" from the sign-in page. The server runs without SMTP_URL, so the reset mail stays in the
// outbox, where the national team reads it (送信メール) and the test follows its link.

let testServer: TestServer;
let browser: Browser;
const SHOTS = "/tmp/shots/accounts";

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

const VIEWPORTS = [
  {
    name: "phone",
    viewport: { width: 375, height: 812 },
    user: "saitama@kyoso.example",
    resetUser: "partner@kyoso.example",
  },
  {
    name: "desktop",
    viewport: { width: 1280, height: 900 },
    user: "shutoken@kyoso.example",
    resetUser: "probono@kyoso.example",
  },
] as const;

async function expectAccessible(page: Page, width: number, shot: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await expectFitsWidth(page, width);
  await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
  await screenshot(page, `account-${shot}`);
}

async function withContext<T>(context: BrowserContext, run: (page: Page) => Promise<T>): Promise<T> {
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

for (const { name, viewport, user, resetUser } of VIEWPORTS) {
  describe(`accounts on a ${name} (${viewport.width} px)`, () => {
    it("changes my password with the current one; the new one signs in, the old one no longer does", async () => {
      const context = await signedInContext(browser, testServer.server.url, user);
      await withContext(context, async (page) => {
        await page.setViewportSize(viewport);
        await page.goto(testServer.server.url);
        await page.getByRole("link", { name: "アカウント設定" }).click();
        await page.getByRole("heading", { level: 1, name: "アカウント設定" }).waitFor();
        await page.getByRole("heading", { name: "サインインしている端末" }).waitFor();
        await page.getByText("この端末").waitFor();

        // A wrong confirmation is caught beside its field, before anything is sent.
        await page.locator("#password-current").fill(DEMO_PASSWORD);
        await page.locator("#password-new").fill("kyoso-new-password-1");
        await page.locator("#password-confirm").fill("something-else-entirely");
        await page.getByRole("button", { name: "パスワードを変更する" }).click();
        await page.getByText("確認用のパスワードが一致しません。").waitFor();
        await expectAccessible(page, viewport.width, `${name}-account-invalid`);

        await page.locator("#password-confirm").fill("kyoso-new-password-1");
        await page.getByRole("button", { name: "パスワードを変更する" }).click();
        await page.getByRole("status").getByText("パスワードを変更しました").waitFor();
        await expectAccessible(page, viewport.width, `${name}-account-changed`);
      });

      await withContext(await newContext(browser), async (page) => {
        await page.goto(testServer.server.url);
        await page.getByRole("textbox", { name: /メールアドレス/ }).fill(user);
        await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "サインイン" }).click();
        await page.getByRole("alert").getByText("メールアドレスまたはパスワードが正しくありません").waitFor();
        await page.getByLabel("パスワード").fill("kyoso-new-password-1");
        await page.getByRole("button", { name: "サインイン" }).click();
        await page.getByRole("button", { name: "サインアウト" }).waitFor();
      });
    });

    it("lets the national team issue a reset link from 利用者管理, shown once, with axe", async () => {
      await withContext(await signedInContext(browser, testServer.server.url), async (page) => {
        await page.setViewportSize(viewport);
        await page.goto(`${testServer.server.url}/users`);
        await page.getByRole("heading", { level: 1, name: "利用者管理" }).waitFor();
        const row = page.getByRole("row").filter({ hasText: user });
        await row.getByRole("button", { name: /パスワード再設定リンクを発行/ }).click();
        const shown = page.getByRole("region", { name: /パスワード再設定リンク/ });
        await shown.waitFor();
        expect(await shown.getByRole("textbox").inputValue()).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);
        await expectAccessible(page, viewport.width, `${name}-users-reset-link`);
        await page.reload();
        await page.getByRole("heading", { level: 1, name: "利用者管理" }).waitFor();
        expect(await page.getByRole("region", { name: /パスワード再設定リンク/ }).count()).toBe(0);
      });
    });

    it("sends a reset link from the sign-in page; the national team reads it in 送信メール; the link sets a new password", async () => {
      const visitor = await browser.newContext({ viewport, locale: "ja-JP" });
      await withContext(visitor, async (page) => {
        await page.goto(testServer.server.url);
        await page.getByRole("link", { name: "パスワードを忘れた場合" }).click();
        await page.getByRole("heading", { level: 1, name: "パスワードの再設定" }).waitFor();
        await expectAccessible(page, viewport.width, `${name}-forgot`);
        await page.getByRole("textbox", { name: /メールアドレス/ }).fill(resetUser);
        await page.getByRole("button", { name: "再設定のメールを送る" }).click();
        await page.getByRole("status").getByText(`${resetUser} が登録されていれば`).waitFor();
        await expectAccessible(page, viewport.width, `${name}-forgot-sent`);

        const link = await withContext(
          await signedInContext(browser, testServer.server.url),
          async (national) => {
            await national.setViewportSize(viewport);
            await national.goto(`${testServer.server.url}/mail`);
            await national.getByRole("heading", { level: 1, name: "送信メール" }).waitFor();
            const row = national.getByRole("row").filter({ hasText: resetUser }).first();
            await row.getByText("【Kyoso】パスワードの再設定").click();
            await expectAccessible(national, viewport.width, `${name}-outbox`);
            const body = (await row.locator("pre").textContent()) ?? "";
            const found = body.match(/http:\/\/localhost:\d+\/reset\/[A-Za-z0-9_-]{43}/);
            expect(found, body).not.toBeNull();
            return found?.[0] ?? "";
          },
        );

        await page.goto(link);
        await page.getByRole("heading", { level: 1, name: "新しいパスワードの設定" }).waitFor();
        await expectAccessible(page, viewport.width, `${name}-reset`);
        await page.locator("#reset-password").fill("reset-by-mail-2026");
        await page.locator("#reset-confirm").fill("reset-by-mail-2026");
        await page.getByRole("button", { name: "パスワードを設定する" }).click();
        await page.getByRole("button", { name: "サインアウト" }).waitFor();
      });

      // The new password signs in from elsewhere; the link does not work a second time.
      await withContext(await newContext(browser), async (page) => {
        await page.goto(testServer.server.url);
        await page.getByRole("textbox", { name: /メールアドレス/ }).fill(resetUser);
        await page.getByLabel("パスワード").fill("reset-by-mail-2026");
        await page.getByRole("button", { name: "サインイン" }).click();
        await page.getByRole("button", { name: "サインアウト" }).waitFor();
      });
    });
  });
}
