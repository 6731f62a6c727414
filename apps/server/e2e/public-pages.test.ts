import { mkdir } from "node:fs/promises";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  screenshot,
  startTestServer,
  type TestServer,
} from "./browser";

// The public pages a visitor reaches without signing in, as the server sends them (no script): the national
// list of forums, a forum still being prepared (首都圏, from its first public entry on), and a forum held months
// ago (SAITAMA2026), on a phone (375 px) and a desktop screen, each with no axe violation.

let testServer: TestServer;
let browser: Browser;
let url: string;
const SHOTS = "/tmp/shots/public";

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

const SCREENS = [
  { name: "phone", viewport: { width: 375, height: 812 }, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 900 }, hasTouch: false },
] as const;

async function withContext(
  screen: (typeof SCREENS)[number],
  javaScriptEnabled: boolean,
  use: (context: BrowserContext) => Promise<void>,
) {
  const context = await browser.newContext({
    viewport: screen.viewport,
    hasTouch: screen.hasTouch,
    locale: "ja-JP",
    javaScriptEnabled,
  });
  try {
    await use(context);
  } finally {
    await context.close();
  }
}

/** Opens a page without script, checks it fits the screen, saves a screenshot, then runs axe with script on. */
async function visit(
  pathname: string,
  shot: string,
  check: (page: import("playwright-core").Page) => Promise<void>,
) {
  for (const screen of SCREENS) {
    await withContext(screen, false, async (context) => {
      const page = await context.newPage();
      const response = await page.goto(`${url}${pathname}`);
      expect(response?.status()).toBe(200);
      await check(page);
      await expectFitsWidth(page, screen.viewport.width);
      await screenshot(page, `${shot}-${screen.name}`);
      await page.screenshot({ path: `${SHOTS}/${shot}-${screen.name}.png`, fullPage: true });
    });
    // axe runs as a script in the page.
    await withContext(screen, true, async (context) => {
      const page = await context.newPage();
      await page.goto(`${url}${pathname}`);
      expect(await axeViolations(page), `${pathname} at ${screen.name}`).toEqual([]);
    });
  }
}

describe("the public pages", () => {
  it("lists upcoming forums and those being prepared before past ones, with the national feed", async () => {
    await visit("/forums", "public-forums", async (page) => {
      await page.getByRole("heading", { level: 1, name: "全国のフォーラム" }).waitFor();
      const upcoming = page.getByRole("region", { name: "開催予定・準備中のフォーラム" });
      await upcoming
        .getByRole("link", { name: "首都圏 難病・慢性疾患就労支援ネットワークフォーラム2026" })
        .waitFor();
      const past = page.getByRole("region", { name: "これまでのフォーラム" });
      await past
        .getByRole("link", { name: "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026" })
        .waitFor();
      await page.getByRole("link", { name: "全国のお知らせと準備の記録のフィード（Atom）" }).waitFor();
    });
  });

  it("shows a forum still being prepared with its public preparation log only", async () => {
    await visit("/forums/shutoken/2026", "public-preparation", async (page) => {
      await page
        .getByRole("heading", { level: 1, name: "首都圏 難病・慢性疾患就労支援ネットワークフォーラム2026" })
        .waitFor();
      await page
        .getByRole("region", { name: "フォーラム準備の記録" })
        .getByRole("listitem")
        .first()
        .waitFor();
      expect(await page.getByRole("region", { name: "プログラム" }).count()).toBe(0);
      expect(await page.getByRole("region", { name: "お知らせ" }).count()).toBe(0);
    });
  });

  it("shows a held forum as held, without the full-venue banner, with its QR code to print", async () => {
    await visit("/forums/saitama/2026", "public-held", async (page) => {
      await page.getByText("このフォーラムは2026年2月21日(土)に開催しました。").waitFor();
      expect(await page.getByText("会場参加枠は定員となりました。").count()).toBe(0);
      const qr = page.getByRole("link", { name: "このページのQRコード（SVG、チラシやスライドの印刷用）" });
      const response = await page.request.get(new URL((await qr.getAttribute("href")) ?? "", url).href);
      expect(response.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    });
  });
});
