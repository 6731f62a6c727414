import type { Page } from "playwright-core";
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

// The board's 移動 menu offers only the moves the person may make (the domain's task.write rule), and a
// refused move is said on the card itself, in view, not in the status line at the top of a long phone page.
const SHOTS = "/tmp/shots-phone";
const suite = useBrowserSuite(SHOTS);

const OWN = "チラシのデザイン案";
const OPEN = "案内文の英語版を作る";
const SOMEONE_ELSES = "参加支援機関へのアンケート案を作る";

const card = (page: Page, title: string) => page.getByRole("article", { name: title });
const inViewport = (page: Page, selector: string) =>
  page.evaluate<boolean>(`(() => {
    const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  })()`);

describe("the task board for pro bono staff on a phone", () => {
  it("offers moves on their own and open cards only, and refuses a move beside the card", async () => {
    const context = await phoneContext(suite.browser);
    try {
      const page = await context.newPage();
      await signIn(page, `${suite.url}/tasks/board`, "probono@kyoso.example");
      await h1(page, "タスクボード");
      await card(page, SOMEONE_ELSES).waitFor();

      // Someone else's card: no 移動 menu, a word on who moves it instead.
      expect(
        await card(page, SOMEONE_ELSES)
          .getByRole("button", { name: /を移動$/ })
          .count(),
      ).toBe(0);
      expect(await card(page, SOMEONE_ELSES).textContent()).toContain("担当者か、地域の実行委員が移動します");
      expect(await card(page, SOMEONE_ELSES).getAttribute("draggable")).toBe("false");

      // Their own card and an open one of their region: every other column.
      for (const title of [OWN, OPEN]) {
        await card(page, title)
          .getByRole("button", { name: `「${title}」を移動` })
          .tap();
        const menu = card(page, title).getByRole("list");
        expect(await menu.getByRole("button").allTextContents()).toEqual([
          "「進行中」へ移動",
          "「保留」へ移動",
          "「完了」へ移動",
        ]);
      }
      await shotInto(SHOTS, page, "board-menu-open-phone");
      await expectNoAxeViolations(page);

      // The keyboard's move on someone else's card is refused on that card, where the focus is.
      await card(page, SOMEONE_ELSES).focus();
      await page.keyboard.press("Alt+ArrowRight");
      const refusal = card(page, SOMEONE_ELSES).getByRole("alert");
      await expect
        .poll(() => refusal.textContent(), { timeout: 10_000 })
        .toBe(`「${SOMEONE_ELSES}」は移動できません。担当者か、地域の実行委員が移動します。`);
      await card(page, SOMEONE_ELSES).scrollIntoViewIfNeeded();
      expect(await inViewport(page, `[id^="card-refusal-"]:not(:empty)`)).toBe(true);

      // Past the board's edge: said on the card too.
      await card(page, OWN).focus();
      await page.keyboard.press("Alt+ArrowLeft");
      await expect
        .poll(() => card(page, OWN).getByRole("alert").textContent(), { timeout: 10_000 })
        .toBe(`「${OWN}」はこれ以上その方向へ移せません。`);
      await expectFitsWidth(page, 375);
      await shotInto(SHOTS, page, "board-refusal-phone");
      await expectNoAxeViolations(page);

      await page.setViewportSize({ width: 1280, height: 900 });
      await shotInto(SHOTS, page, "board-refusal-desktop");
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
