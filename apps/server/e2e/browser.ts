import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD } from "@kyoso/db";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { loadConfig, type RunningServer, startServer } from "../src/index";

const ARTIFACTS = path.resolve(import.meta.dirname, "../test-artifacts");

/** The system Chromium (Debian's package): the tests never download a browser of their own. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium が見つかりません (${executablePath})。\`apt-get install -y chromium\` でインストールするか、CHROMIUM_PATH を指定してください。\n` +
        `Chromium was not found at ${executablePath}. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface TestServer {
  server: RunningServer;
  stop(): Promise<void>;
}

/** The real server with demo data in a fresh folder, serving the built web app. */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "kyoso-e2e-"));
  const server = await startServer(
    loadConfig({
      PORT: "0",
      KYOSO_DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
      // The demo counted from the day the tests' dates were written for, whatever Tokyo's day is now.
      KYOSO_DEMO_TODAY: "2026-12-02",
    }),
  );
  return {
    server,
    stop: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * WCAG 2.2 AA's own rules, which axe leaves off by default: today that is `target-size` (2.5.8, targets of at
 * least 24 px or spaced as if they were). Every rule axe runs by default still runs.
 */
const WCAG22_AA_RULES = { "target-size": { enabled: true } };

/** Axe's findings reduced to what a failure message needs: rule, summary and the offending elements. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: WCAG22_AA_RULES }).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/** Signs in through the form, as a person would; the context keeps the session cookie. */
export async function signIn(page: Page, url: string, email = "national@kyoso.example"): Promise<void> {
  await page.goto(url);
  await page.getByRole("textbox", { name: /メールアドレス/ }).fill(email);
  await page.getByLabel(/パスワード/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "サインイン" }).click();
  await page.getByRole("button", { name: "サインアウト" }).waitFor();
}

/**
 * Service workers are blocked unless a test is about them (e2e/offline.test.ts): once the app's worker controls
 * a page it serves the app's scripts from its cache, and `page.route` no longer sees those requests.
 */
export interface ContextOptions {
  serviceWorkers?: "allow" | "block";
}

/** A fresh desktop-sized Japanese browser context, with no session. */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "ja-JP",
    serviceWorkers: options.serviceWorkers ?? "block",
  });
}

export async function signedInContext(
  browser: Browser,
  url: string,
  email = "national@kyoso.example",
): Promise<BrowserContext> {
  const context = await newContext(browser);
  await signIn(await context.newPage(), url, email);
  return context;
}

/** The tRPC procedures a page calls from now on ("region.summary", …), batched calls split apart. */
export function recordProcedures(page: Page): string[] {
  const called: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/trpc/")) called.push(...pathname.slice("/trpc/".length).split(","));
  });
  return called;
}

/** A test file's server and browser, started before its tests (and `shots` made) and stopped after them. */
export interface BrowserSuite {
  readonly url: string;
  readonly browser: Browser;
}

export function useBrowserSuite(shots?: string): BrowserSuite {
  let testServer: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
    if (shots) await mkdir(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await testServer?.stop();
  });
  const started = () => {
    if (!testServer || !browser) throw new Error("the test server and browser start before the tests");
    return { testServer, browser };
  };
  return {
    get url() {
      return started().testServer.server.url;
    },
    get browser() {
      return started().browser;
    },
  };
}

/** A screenshot into the test artifacts and into `dir`, the folder the session looks at. */
export async function shotInto(dir: string, page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Waits for the page's level-1 heading. */
export const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name }).waitFor();

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** A fresh 375 px touch-screen Japanese browser context, with no session. */
export function phoneContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 375, height: 812 },
    locale: "ja-JP",
    hasTouch: true,
    serviceWorkers: options.serviceWorkers ?? "block",
  });
}

/** A signed-in desktop context and the page it signed in with. */
export async function signedInPage(
  browser: Browser,
  url: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await signedInContext(browser, url, email);
  const [page] = context.pages();
  if (!page) throw new Error("the sign-in page was closed");
  return { context, page };
}

/**
 * The page does not scroll sideways at `width`. Read once the layout holds: after a resize, tables turn into
 * cards and menus fold a moment later, so a single early reading measures the old layout.
 */
export async function expectFitsWidth(page: Page, width = 375): Promise<void> {
  await expect
    .poll(() => page.evaluate<number>("document.documentElement.scrollWidth"), { timeout: 10_000 })
    .toBeLessThanOrEqual(width);
}
