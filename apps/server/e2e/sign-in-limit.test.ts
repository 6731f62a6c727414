import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium, newContext, startTestServer, type TestServer } from "./browser";

let testServer: TestServer;
let browser: Browser;

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

describe("the sign-in page", () => {
  it("says in Japanese how long to wait once a client has failed too often, and passes axe", async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(testServer.server.url);
      await page.getByRole("textbox", { name: /メールアドレス/ }).fill("saitama@kyoso.example");
      const alert = page.getByRole("alert");
      for (let i = 1; i <= 6; i++) {
        await page.getByLabel(/パスワード/).fill(`wrong-password-${i}`);
        await page.getByRole("button", { name: "サインイン" }).click();
        await page.getByRole("button", { name: "サインイン" }).waitFor();
        await alert
          .getByText(i < 6 ? "メールアドレスまたはパスワード" : "サインインの試行が多すぎます")
          .waitFor();
      }
      expect(await alert.textContent()).toMatch(
        /試行が多すぎるため、しばらくお待ちください.*サインインの試行が多すぎます。\d+分ほど待ってから/,
      );
      expect(await alert.textContent()).not.toContain("サーバーと通信できませんでした");
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
