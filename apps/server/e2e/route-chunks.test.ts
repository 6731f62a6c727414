import { mkdir } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

// The web app is split by route (apps/web/src/app/router.tsx): the home is in the first chunk, every other screen
// is fetched when opened. Pins what the home downloads, the loading status while a screen's chunk is on its way,
// and the reload prompt when the chunk is gone (after a deploy). Screenshots go to /tmp/shots/perf.

const SHOTS = "/tmp/shots/perf";

let testServer: TestServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

async function signedIn(check: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await signedInContext(browser, url);
  try {
    const [page] = context.pages();
    if (!page) throw new Error("the sign-in page was closed");
    await check(page, context);
  } finally {
    await context.close();
  }
}

/** The file names of the scripts the page fetches from now on. */
function scripts(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith(".js")) names.push(pathname.slice(pathname.lastIndexOf("/") + 1));
  });
  return names;
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "メインメニュー" });
const OVERVIEW_CHUNK = "**/assets/overview-route-*.js";

describe("route-level code splitting", () => {
  it("the home fetches no other screen, no charts, no markdown and no English; the overview fetches its charts", () =>
    signedIn(async (page) => {
      const fetched = scripts(page);
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "今日やること" }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(fetched.filter((name) => /-routes?-|^BarChart|^markdown|^en-/.test(name))).toEqual([]);
      // The holiday table of the years its dates fall in, one small chunk per year (components/holiday-years.ts).
      expect(fetched.some((name) => /^\d{4}-[\w-]+\.js$/.test(name))).toBe(true);

      await mainNav(page).getByRole("link", { name: "全国の状況" }).click();
      await page.getByRole("heading", { level: 1, name: "全国の状況" }).waitFor();
      expect(fetched.some((name) => name.startsWith("overview-route-"))).toBe(true);
      expect(fetched.some((name) => name.startsWith("BarChart-"))).toBe(true);
    }));

  it("shows 「画面を読み込んでいます…」 as a busy status while a screen's chunk is slow to arrive", () =>
    signedIn(async (page) => {
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(OVERVIEW_CHUNK, async (route) => {
        await released;
        await route.continue();
      });
      await mainNav(page).getByRole("link", { name: "全国の状況" }).click();
      const pending = page.getByRole("status").filter({ hasText: "画面を読み込んでいます…" });
      await pending.waitFor();
      expect(await pending.getAttribute("aria-busy")).toBe("true");
      expect(await axeViolations(page)).toEqual([]);
      release();
      await page.getByRole("heading", { level: 1, name: "全国の状況" }).waitFor();
      expect(await pending.count()).toBe(0);
    }));

  it("asks to reload, not a blank page, when a screen's chunk is gone after a deploy; reloading opens it", () =>
    signedIn(async (page) => {
      await page.route(OVERVIEW_CHUNK, (route) => route.fulfill({ status: 404, body: "" }));
      await mainNav(page).getByRole("link", { name: "全国の状況" }).click();
      // The router reloads once by itself; the chunk is still missing, so the prompt stays.
      await page.getByRole("heading", { level: 1, name: "この画面を読み込めませんでした" }).waitFor();
      const prompt = page.getByRole("alert").filter({ hasText: "ページを再読み込みしてください。" });
      await prompt.waitFor();
      expect(new URL(page.url()).pathname).toBe("/overview");
      await page.screenshot({ path: `${SHOTS}/chunk-missing-desktop.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 375, height: 812 });
      await expectFitsWidth(page, 375);
      await page.screenshot({ path: `${SHOTS}/chunk-missing-375.png` });
      expect(await axeViolations(page)).toEqual([]);

      // The new version is in place: the prompt's button reloads and the screen opens.
      await page.unroute(OVERVIEW_CHUNK);
      await prompt.getByRole("button", { name: "ページを再読み込みする" }).click();
      await page.getByRole("heading", { level: 1, name: "全国の状況" }).waitFor();
    }));
});
