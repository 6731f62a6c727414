import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppRoute, appRoutes, resolveAddresses } from "./app-routes";
import {
  expectFitsWidth,
  expectNoAxeViolations,
  phoneContext,
  shotInto,
  signedInPage,
  useBrowserSuite,
} from "./browser";
import { spilledNames, tableFaults } from "./table-faults";

// Phone layouts (issue 15): every screen of the dashboard, taken from the router, at 375 px and on a desktop,
// with ids from the demo data. At 375 px no table may be wider than the screen or laid out as a grid (each row
// is a card, lists.css `.data-table--cards`), nothing scrolls sideways; axe finds nothing at either width.
// Print views are A4 documents and are left to print.test.ts.
const SHOTS = "/tmp/phone-shots";
const suite = useBrowserSuite(SHOTS);

// Two widths, two axe runs and a page load: well over a minute on a loaded 2-core machine.
const SCREEN_TIMEOUT = 180_000;
const ROUTES = appRoutes();
const DASHBOARD = ROUTES.filter((r) => r.parent === "signedInRoute");
const SIGNED_OUT = ROUTES.filter((r) => r.parent === "rootRoute");
// The committee member of 首都圏 sees their own region's screens and their own pages.
const COMMITTEE = DASHBOARD.filter(
  (r) => r.path.startsWith("/regions/") || !/^\/(users|audit|read-log|subject|settings)/.test(r.path),
);

/** Waits until the screen's chunk and data are in: its heading is no longer the loading status. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 10_000 })
    .not.toMatch(/Loading|読み込んで|読み込み中/);
  await page.waitForLoadState("networkidle");
}

const shotName = (who: string, address: string, width: number) =>
  `${who}${address.replaceAll("/", "-") || "-home"}-${width}`;

async function checkScreen(page: Page, address: string, who: string, desktop = true): Promise<void> {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${suite.url}${address}`);
  await settled(page);
  await expectFitsWidth(page, 375);
  await expect.poll(() => tableFaults(page), { timeout: 10_000 }).toEqual([]);
  await shotInto(SHOTS, page, shotName(who, address, 375));
  await expectNoAxeViolations(page);
  if (!desktop) return;
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectFitsWidth(page, 1280);
  await shotInto(SHOTS, page, shotName(who, address, 1280));
  await expectNoAxeViolations(page);
}

function screensOf(who: string, email: string, routes: AppRoute[], slugs: string[], desktop: boolean) {
  describe(`every dashboard screen as ${email}`, () => {
    let context: BrowserContext;
    let page: Page;
    let addresses = new Map<string, string>();
    beforeAll(async () => {
      ({ context, page } = await signedInPage(suite.browser, suite.url, email));
      addresses = await resolveAddresses(page, suite.url, routes, slugs);
    });
    afterAll(() => context?.close());

    it.each(routes.map((r) => r.path))(
      "%s",
      async (pattern) => {
        const address = addresses.get(pattern);
        expect(address, `no link in the demo data leads to ${pattern}`).toBeDefined();
        await checkScreen(page, address as string, who, desktop);
      },
      SCREEN_TIMEOUT,
    );
  });
}

screensOf("national", "national@kyoso.example", DASHBOARD, ["shutoken", "saitama"], true);
// The committee's device is the phone; the desktop layout of the same screens is the national walk's.
screensOf("committee", "shutoken@kyoso.example", COMMITTEE, ["shutoken"], false);

describe("the signed-out screens (a link that is no longer valid)", () => {
  it.each(SIGNED_OUT.map((r) => r.path))(
    "%s",
    async (pattern) => {
      const context = await phoneContext(suite.browser);
      try {
        const page = await context.newPage();
        await checkScreen(page, pattern.replace(/\$\w+/g, "expired-link"), "signed-out");
      } finally {
        await context.close();
      }
    },
    SCREEN_TIMEOUT,
  );
});

// In English: the screens whose tables and tiles hold the longest words.
const ENGLISH = [
  "/overview",
  "/regions/$slug/meetings",
  "/regions/$slug/surveys/$surveyId/results",
  "/settings/regions",
  "/users",
  "/read-log",
  "/mail",
];

describe("table screens in English", () => {
  let context: BrowserContext;
  let page: Page;
  let addresses = new Map<string, string>();
  beforeAll(async () => {
    ({ context, page } = await signedInPage(suite.browser, suite.url, "national@kyoso.example"));
    await page.evaluate("localStorage.setItem('kyoso.language', 'en')");
    addresses = await resolveAddresses(page, suite.url, DASHBOARD, ["saitama"], ENGLISH);
  });
  afterAll(() => context?.close());

  it.each(ENGLISH)(
    "%s",
    async (pattern) => {
      const address = addresses.get(pattern);
      expect(address, `${pattern} is a route of the app with demo data`).toBeDefined();
      await checkScreen(page, address as string, "english");
      await page.setViewportSize({ width: 375, height: 812 });
      expect(await spilledNames(page, ".tile-name")).toEqual([]);
    },
    SCREEN_TIMEOUT,
  );
});
