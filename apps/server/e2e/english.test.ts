import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, shotInto, signedInPage, useBrowserSuite } from "./browser";

// English complete (issue 15): the main screens in English show no Japanese of their own. What people typed
// (titles, names, places, notes) is marked data-user-text (or lang="ja") by the components and skipped, and
// so are dates as they are typed into a date field (10.29, 11月, 2026年1月27日), which the hints show.
const SHOTS = "/tmp/shots-phone";
const suite = useBrowserSuite(SHOTS);

const SCREENS = [
  "/",
  "/tasks",
  "/tasks/board",
  "/regions/shutoken/meetings",
  "/regions/shutoken/meetings/quick",
  "/overview",
  "/hearings",
  "/settings/milestones",
  // Survey entries written by the system, said in English from their parts.
  "/regions/saitama/timeline",
];

/** Visible text with Japanese in it that is neither marked as typed by people nor a date as typed. */
const japaneseLeft = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const japanese = /[\\u3040-\\u30ff\\u3400-\\u9fff\\uff66-\\uff9f]/u;
    const typedDate = /\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{1,2}月/gu;
    const left = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = (node.textContent ?? "").replace(typedDate, "");
      if (!el || !japanese.test(text)) continue;
      if (el.closest('[data-user-text], [lang="ja"], script, style, [hidden], [aria-hidden="true"]')) continue;
      if (el.getClientRects().length === 0 && el.tagName !== "OPTION") continue;
      left.push(node.textContent.trim());
    }
    return left;
  })()`);

/** Dates shown whose colour class goes against the Japanese calendar (Saturday blue, Sunday red). */
const miscoloured = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll("time.date[datetime]")]
    .filter((el) => /^\\d{4}-\\d{2}-\\d{2}$/.test(el.getAttribute("datetime")))
    .filter((el) => {
      const day = new Date(el.getAttribute("datetime") + "T00:00:00Z").getUTCDay();
      if (day === 0) return !el.classList.contains("date--sunday");
      if (day === 6) return !el.classList.contains("date--saturday") && !el.classList.contains("date--sunday");
      return el.classList.contains("date--saturday");
    })
    .map((el) => el.getAttribute("datetime") + " " + el.className)`);

describe("the main screens in English", () => {
  it("show no Japanese but what people typed, at 375 px and on a desktop", async () => {
    const { context, page } = await signedInPage(suite.browser, suite.url, "national@kyoso.example");
    try {
      await page.evaluate("localStorage.setItem('kyoso.language', 'en')");
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const screen of SCREENS) {
          await page.goto(`${suite.url}${screen}`);
          await expect
            .poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 10_000 })
            .not.toMatch(/Loading|読み込んでいます/);
          await page.getByRole("button", { name: "Sign out" }).waitFor();
          await page.waitForLoadState("networkidle");
          expect(await japaneseLeft(page), `${screen} at ${width} px`).toEqual([]);
          expect(await miscoloured(page), `${screen}: calendar colours`).toEqual([]);
          if (screen === "/regions/saitama/timeline")
            await page
              .getByRole("link", { name: "Survey “フォーラム参加者アンケート” reached 30 answers" })
              .waitFor();
          if (width === 375) {
            await shotInto(SHOTS, page, `english${screen.replaceAll("/", "-") || "-home"}-phone`);
            await expectNoAxeViolations(page);
          }
        }
      }
    } finally {
      await context.close();
    }
    // Every main screen twice, with axe at 375 px: about a minute on a quiet machine, several on a loaded one.
  }, 300_000);
});
