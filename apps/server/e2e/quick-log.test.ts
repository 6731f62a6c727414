import { formatPartialDate, todayInTokyo } from "@kyoso/domain";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectFitsWidth,
  expectNoAxeViolations,
  h1,
  phoneContext,
  shotInto,
  signIn,
  useBrowserSuite,
} from "./browser";

// The one-minute log (issue 15): the 10.29 meeting of 首都圏 logged on a 375 px phone from the person's home in
// at most 8 taps plus the text itself. A tap is a tap on a control (a field tapped to type into counts too);
// typing into the focused field is not a tap.
const SHOTS = "/tmp/shots-phone";
const suite = useBrowserSuite(SHOTS);

const today = todayInTokyo(new Date());
const [thisYear, thisMonth] = today.split("-").map(Number) as [number, number];
// 「11月」 read as the next November on or after this month: this year's until November, then next year's.
const NEXT_NOVEMBER = formatPartialDate({
  date: `${thisMonth <= 11 ? thisYear : thisYear + 1}-11-01`,
  precision: "month",
});
const TITLE = "共催自治体での会議";
const MUNICIPALITY = "東京都 保健医療局";
const CENTER = "東京都難病相談・支援センター";
const DECISION = "来年のフォーラムを共催で進める";
const ACTIONS = ["参加支援機関へのヒアリング日程を調整する", "支援機関向けアンケート案を作る"];

describe("the one-minute meeting log on a phone", () => {
  it("logs the 10.29 meeting from home in 8 taps: two organizations, a decision, two action items, 次回 11月", async () => {
    const context = await phoneContext(suite.browser);
    try {
      const page = await context.newPage();
      await signIn(page, `${suite.url}/`, "shutoken@kyoso.example");
      await h1(page, "今日やること");

      let taps = 0;
      const tap = async (target: Locator) => {
        taps += 1;
        await target.tap();
      };
      const typeInto = async (target: Locator, text: string) => {
        await tap(target);
        await page.keyboard.type(text);
      };

      await tap(page.getByRole("link", { name: "首都圏の簡易記録" }));
      await h1(page, "会議をすばやく記録");
      // The date is today, with its year, untouched.
      await page.getByText(`→ ${thisYear}年`).first().waitFor();
      const chip = (name: string) => page.getByRole("button", { name, exact: true });
      await chip(MUNICIPALITY).waitFor();

      await typeInto(page.getByRole("textbox", { name: /^会議名/ }), TITLE);
      await tap(chip(MUNICIPALITY));
      await tap(chip(CENTER));
      await typeInto(page.getByRole("textbox", { name: /^決まったこと/ }), DECISION);
      await typeInto(page.getByRole("textbox", { name: /^やること/ }), ACTIONS.join("\n"));
      await typeInto(page.getByRole("textbox", { name: /^次回の会議/ }), "11月");
      await page.getByText(`→ ${NEXT_NOVEMBER}`, { exact: true }).waitFor();
      expect(await chip(MUNICIPALITY).getAttribute("aria-pressed")).toBe("true");
      await expectFitsWidth(page, 375);
      await shotInto(SHOTS, page, "quick-log-filled-phone");
      await expectNoAxeViolations(page);
      await tap(page.getByRole("button", { name: "記録する" }));

      const saved = page.getByRole("status").filter({ hasText: "記録しました。" });
      await saved.waitFor();
      expect(taps).toBeLessThanOrEqual(8);

      // What was stored, as the meeting's page reads it back.
      await saved.getByRole("link", { name: "記録した会議を見る" }).click();
      await h1(page, TITLE);
      await page.getByText(`次回: ${NEXT_NOVEMBER}`).waitFor();
      const main = page.getByRole("main");
      const organizations = main
        .locator("dt", { hasText: "参加団体" })
        .locator("xpath=following-sibling::dd");
      expect(await organizations.textContent()).toContain(MUNICIPALITY);
      expect(await organizations.textContent()).toContain(CENTER);
      expect(await main.getByText(DECISION, { exact: true }).count()).toBe(1);
      const tasks = page.getByRole("region", { name: "やること", exact: true }).getByRole("listitem");
      expect(await tasks.locator(".entry-title").allTextContents()).toEqual(ACTIONS);
      await shotInto(SHOTS, page, "quick-log-meeting-phone");
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });

  it("offers the last meeting's organizations first, and saves nothing on an empty tap", async () => {
    const context = await phoneContext(suite.browser);
    try {
      const page: Page = await context.newPage();
      await signIn(page, `${suite.url}/regions/shutoken/meetings/quick`, "shutoken@kyoso.example");
      await h1(page, "会議をすばやく記録");
      const chips = page.locator(".chips .chip");
      // The meeting the first test logged is the region's newest.
      await expect
        .poll(async () => (await chips.allTextContents()).slice(0, 2).sort(), { timeout: 10_000 })
        .toEqual([MUNICIPALITY, CENTER].sort());

      await page.getByRole("button", { name: "記録する" }).tap();
      await page.getByText("参加団体・出席者・決まったこと・やることのどれかを入力してください。").waitFor();
      expect(await page.getByRole("status").filter({ hasText: "記録しました。" }).count()).toBe(0);
      await shotInto(SHOTS, page, "quick-log-empty-phone");
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
