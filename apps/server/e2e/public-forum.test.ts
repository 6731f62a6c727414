import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  screenshot,
  startTestServer,
  type TestServer,
} from "./browser";

// The public page of SAITAMA2026, as a visitor sees it: no sign-in, no script.

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

describe("the public forum page", () => {
  it("shows SAITAMA2026 with its keynote speakers, as held (no full-venue banner), without any script", async () => {
    // No script at all: the page is complete as the server sends it.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "ja-JP",
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${url}/forums/saitama/2026`);
      expect(response?.status()).toBe(200);
      await page
        .getByRole("heading", { level: 1, name: "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026" })
        .waitFor();
      expect(await page.title()).toBe(
        "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026｜2026年2月21日(土)開催",
      );
      const program = page.getByRole("region", { name: "プログラム" });
      await program.getByText("朝日雅也").waitFor();
      await program.getByText("大竹祐貴").waitFor();
      await program.getByRole("heading", { name: "「難病者の就労を実現する3つのプレイヤー」" }).waitFor();
      // Held months ago: the page says so, and the 1/27 full-venue banner no longer tops it.
      await page.getByText("このフォーラムは2026年2月21日(土)に開催しました。").waitFor();
      expect(await page.getByText("からは、オンラインでのご参加のみ受付となります。").count()).toBe(0);
      await page
        .getByRole("region", { name: "お知らせ" })
        .getByRole("heading", { name: "当日会場参加枠は、定員となりました" })
        .waitFor();
      // The draft report and internal entries are not there.
      expect(await page.getByText("フォーラム開催のご報告").count()).toBe(0);
      await screenshot(page, "public-forum-desktop");
    } finally {
      await context.close();
    }
  });

  it("has no accessibility violations (axe) on a desktop screen", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/forums/saitama/2026`);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("reads on a phone in one column, and the skip link leads to the content", async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: "ja-JP",
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/forums/saitama/2026`);
      await expectFitsWidth(page, 375);
      await screenshot(page, "public-forum-phone");
      await page.keyboard.press("Tab");
      expect(await page.evaluate<string | undefined>("document.activeElement?.textContent")).toBe(
        "本文へ移動",
      );
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("answers an unknown forum with a Japanese 404 page", async () => {
    const context = await browser.newContext({ locale: "ja-JP" });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${url}/forums/saitama/2031`);
      expect(response?.status()).toBe(404);
      await page.getByRole("heading", { level: 1, name: "ページが見つかりません" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
