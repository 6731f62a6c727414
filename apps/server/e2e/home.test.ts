import { mkdir } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

// Each demo role signs in and lands on their own home (「今日やること」), checked at desktop size and on a 375 px
// phone with axe; the national team creates 千葉県. Screenshots go to /tmp/shots/regions.

const SHOTS = "/tmp/shots/regions";

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

/** Axe and a screenshot at desktop size, then the same at 375 px, where nothing may scroll sideways. */
async function bothSizes(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    await expectFitsWidth(page, 375);
    await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/${name}-375-top.png` });
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name }).waitFor();
const section = (page: Page, name: string | RegExp) => page.getByRole("region", { name });
const mainNav = (page: Page) => page.getByRole("navigation", { name: "メインメニュー" });

describe("each person's home after sign-in", () => {
  it("the national team sees the national picture and what waits across regions", () =>
    as("national@kyoso.example", async (page) => {
      await h1(page, "今日やること");
      await section(page, /^全国の状況/)
        .getByText(/遅れているマイルストーンのある地域/)
        .waitFor();
      const milestones = section(page, /期限間近・遅れているマイルストーン/);
      expect(await milestones.getByRole("link", { name: /福岡県：/ }).count()).toBeGreaterThan(0);
      await section(page, /議事録がまだの会議/)
        .getByRole("link", { name: "首都圏 実行委員会（会場とプログラムの検討）" })
        .waitFor();
      expect(await mainNav(page).getByRole("link", { name: "全国の状況" }).count()).toBe(1);
      expect(await mainNav(page).getByRole("link", { name: "自分の地域" }).count()).toBe(0);
      await bothSizes(page, "home-national");
    }));

  it("a 埼玉県 committee member sees their region first and their overdue task marked 期限切れ", () =>
    as("saitama@kyoso.example", async (page) => {
      await h1(page, "今日やること");
      const regions = section(page, "自分の地域");
      await regions.getByRole("link", { name: "埼玉県", exact: true }).waitFor();
      const task = section(page, /期限が近い・過ぎたタスク/)
        .getByRole("listitem")
        .first();
      expect(await task.getByText("期限切れ").count()).toBe(1);
      expect(await mainNav(page).getByRole("link", { name: "自分の地域" }).getAttribute("href")).toBe(
        "/regions/saitama",
      );
      await bothSizes(page, "home-saitama");
    }));

  it("a 首都圏 member on a phone reaches the region's quick log in one tap from home", () =>
    as("shutoken@kyoso.example", async (page) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await h1(page, "今日やること");
      await section(page, "次の会議").getByText("2026年12月17日(木)").waitFor();
      await section(page, /次の一歩の日を過ぎた共催の協議/)
        .getByRole("link", { name: /東京都難病相談/ })
        .waitFor();
      await page.getByRole("link", { name: "首都圏の簡易記録" }).click();
      await page.waitForURL(/\/regions\/shutoken\/meetings\/quick$/);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole("link", { name: "ホーム" }).click();
      await h1(page, "今日やること");
      await bothSizes(page, "home-shutoken");
    }));

  it("pro bono staff see their own and open tasks of 首都圏, and no meetings or minutes", () =>
    as("probono@kyoso.example", async (page) => {
      await h1(page, "今日やること");
      await section(page, /自分のタスクと、引き受けられるタスク/)
        .getByRole("link", { name: "案内文の英語版を作る" })
        .waitFor();
      expect(await section(page, /次の会議/).count()).toBe(0);
      expect(await section(page, /議事録がまだの会議/).count()).toBe(0);
      await bothSizes(page, "home-probono");
    }));

  it("a partner lands on their forum and never sees other regions' stages", () =>
    as("partner@kyoso.example", async (page) => {
      await page.waitForURL(/\/regions\/saitama\/forum/);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await mainNav(page).getByRole("link", { name: "全国の状況" }).count()).toBe(0);
      await bothSizes(page, "home-partner");
      await page.goto(`${url}/overview`);
      await page.getByRole("table", { name: "地域ごとの現在のフォーラム" }).waitFor();
      expect(await page.getByRole("heading", { name: "フォーラムの地図" }).count()).toBe(0);
      expect(await page.getByText("未着手").count()).toBe(0);
    }));
});

describe("the home in English", () => {
  it("reads in English, with Japanese dates written the English way, and holds at 375 px", () =>
    as("shutoken@kyoso.example", async (page) => {
      await h1(page, "今日やること");
      await page.getByRole("button", { name: "English" }).click();
      await h1(page, "Today");
      await section(page, "My regions").getByRole("link", { name: "Quick log for Greater Tokyo" }).waitFor();
      await section(page, /Next meetings/)
        .getByText("Thu, Dec 17, 2026")
        .waitFor();
      expect(await page.getByRole("heading", { level: 2, name: /期限|会議|議事録/ }).count()).toBe(0);
      await bothSizes(page, "home-shutoken-en");
    }));
});

describe("the overview on a phone", () => {
  it(
    "starts with the person's own region and the plain list before the map",
    () =>
      as("shutoken@kyoso.example", async (page) => {
        await page.goto(`${url}/overview`);
        await page.getByRole("heading", { name: "フォーラムの地図" }).waitFor();
        // The sections fill in as their data arrives: read once the order has settled.
        await expect
          .poll(async () => (await page.getByRole("heading", { level: 2 }).allTextContents()).slice(0, 3), {
            timeout: 10_000,
          })
          .toEqual(["自分の地域", "地域とフォーラム", "フォーラムの地図"]);
        await bothSizes(page, "overview-shutoken");
        await page.setViewportSize({ width: 375, height: 812 });
        await page.goto(`${url}/overview`);
        const own = page.getByRole("region", { name: "自分の地域" }).getByRole("listitem").first();
        await own.waitFor();
        const map = page.getByRole("region", { name: "フォーラムの地図" });
        await map.getByText("地図で見る").waitFor();
        // The own region comes first in the page and in the first screen; the map waits folded, never an empty box.
        expect(
          await own.evaluate(
            (li) => li.getBoundingClientRect().bottom <= (li.ownerDocument.defaultView?.innerHeight ?? 0),
          ),
        ).toBe(true);
        expect(
          await own.evaluate(
            (li, mapSection) =>
              (li.compareDocumentPosition(mapSection) & li.DOCUMENT_POSITION_FOLLOWING) !== 0,
            await map.elementHandle(),
          ),
        ).toBe(true);
        expect(await map.locator(".tile").first().isVisible()).toBe(false);
        await page.screenshot({ path: `${SHOTS}/overview-shutoken-375-first-screen.png` });
        // Opened, the three-screens-wide map says that it scrolls and takes focus, so a keyboard can scroll it.
        await map.getByText("地図で見る").click();
        const box = map.getByRole("region", { name: "横にスクロールできる地図" });
        await box.focus();
        expect(
          await box.evaluate(
            (el) => el === el.ownerDocument.activeElement && el.scrollWidth > el.clientWidth,
          ),
        ).toBe(true);
        // It opens on the north-east, where the tiles are, not on the empty corner of the grid.
        const opened = await box.evaluate((el) => el.scrollLeft);
        expect(opened).toBeGreaterThan(0);
        await page.keyboard.press("ArrowLeft");
        await expect
          .poll(() => box.evaluate((el) => el.scrollLeft), { timeout: 10_000 })
          .toBeLessThan(opened);
        await expectFitsWidth(page, 375);
        await map.screenshot({ path: `${SHOTS}/overview-map-open-375.png` });
        expect(await axeViolations(page)).toEqual([]);
        const matrix = page.getByRole("region", { name: "マイルストーンの進み具合" });
        await matrix.screenshot({ path: `${SHOTS}/overview-matrix-375.png` });
        // The matrix turns into cards: no row of it is wider than the phone (the page itself was checked above).
        await expect
          .poll(
            () => matrix.getByRole("row").evaluateAll((rows) => Math.max(...rows.map((r) => r.clientWidth))),
            {
              timeout: 10_000,
            },
          )
          .toBeLessThanOrEqual(375);
      }),
    120_000,
  );
});

describe("the national overview on a phone", () => {
  it(
    "opens on the plain list of regions, the first one in the first screen, with the map after it",
    () =>
      as("national@kyoso.example", async (page) => {
        await page.setViewportSize({ width: 375, height: 812 });
        await page.goto(`${url}/overview`);
        const first = page
          .getByRole("table", { name: "地域ごとの現在のフォーラム" })
          .locator("tbody tr")
          .first();
        await first.waitFor();
        await page.getByRole("region", { name: "フォーラムの地図" }).getByText("地図で見る").waitFor();
        expect(
          await first.evaluate(
            (row) => row.getBoundingClientRect().top < (row.ownerDocument.defaultView?.innerHeight ?? 0),
          ),
        ).toBe(true);
        const order = await page.evaluate<number>(`(() => {
          const list = document.querySelector("main table");
          const map = document.querySelector(".tile-map");
          return list && map ? list.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
        })()`);
        expect(order).not.toBe(0);
        await expectFitsWidth(page, 375);
        await page.screenshot({ path: `${SHOTS}/overview-national-375-first-screen.png` });
        expect(await axeViolations(page)).toEqual([]);
      }),
    120_000,
  );

  it("keeps every English prefecture name whole on its tile", () =>
    as("national@kyoso.example", async (page) => {
      await page.goto(`${url}/overview`);
      await page.getByRole("button", { name: "English" }).click();
      await page.locator(".tile-name", { hasText: "Yamaguchi" }).waitFor();
      // One line box per name: a name broken inside the word (「Yamaguch/i」) would have two.
      const broken = await page.locator(".tile-name").evaluateAll((names) =>
        names
          .filter((name) => {
            const range = name.ownerDocument.createRange();
            range.selectNodeContents(name);
            const tile = name.parentElement;
            return range.getClientRects().length !== 1 || (tile && name.scrollWidth > tile.clientWidth);
          })
          .map((name) => name.textContent),
      );
      expect(broken).toEqual([]);
      await page.locator(".tile-map").screenshot({ path: `${SHOTS}/overview-tiles-en.png` });
    }));
});

describe("the region page's tab strip on a phone", () => {
  it("scrolls sideways within itself, shows the current tab, and the page does not scroll", () =>
    as("shutoken@kyoso.example", async (page) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${url}/regions/shutoken/organizations`);
      const tabs = page.getByRole("navigation", { name: "地域のページ" });
      await tabs.getByRole("link", { name: "団体" }).waitFor();
      const strip = await tabs.evaluate((el) => ({
        scrollable: el.scrollWidth > el.clientWidth,
        scrolledTo: el.scrollLeft,
      }));
      const background = await page.evaluate<string>(
        "getComputedStyle(document.querySelector('.region-tabs')).backgroundImage",
      );
      // More tabs than fit: the strip scrolls (its edge shadows say so) and has brought 団体, the last, into view.
      expect(strip.scrollable).toBe(true);
      expect(background).toContain("radial-gradient");
      expect(strip.scrolledTo).toBeGreaterThan(0);
      await expectFitsWidth(page, 375);
      await page.screenshot({ path: `${SHOTS}/region-tabs-375.png` });
    }));
});

describe("regions the national team creates", () => {
  it("creates 千葉県 from its prefecture, and it becomes a choice for inviting a member", () =>
    as("national@kyoso.example", async (page) => {
      await mainNav(page).getByRole("link", { name: "地域の管理" }).click();
      await h1(page, "地域の管理");
      await page.getByRole("combobox", { name: /^都道府県/ }).selectOption({ label: "千葉県" });
      await expect
        .poll(() => page.getByRole("textbox", { name: /地域名（日本語）/ }).inputValue())
        .toBe("千葉県");
      expect(await page.getByRole("textbox", { name: /アドレス/ }).inputValue()).toBe("chiba");
      await bothSizes(page, "region-admin");
      await page.getByRole("button", { name: "地域を作る" }).click();
      await page.getByRole("status").getByText("「千葉県」を作りました。").waitFor();
      await page.getByRole("rowheader", { name: "千葉県" }).waitFor();

      await page.goto(`${url}/users`);
      await h1(page, "利用者管理");
      await page.getByRole("checkbox", { name: "千葉県" }).waitFor();
    }));
});
