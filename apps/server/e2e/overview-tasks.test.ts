import { fiscalYear, todayInTokyo } from "@kyoso/domain";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  screenshot,
  signedInContext,
  startTestServer,
  type TestServer,
} from "./browser";

const ENGLISH_TASK = "案内文の英語版を作る";
const FLYER_TASK = "チラシのデザイン案";
// The demo counts its current year from the day the server loads it: next 年度's talks are overdue.
const NEXT_YEAR_TASK = `${fiscalYear(todayInTokyo(new Date())) + 1}年度の開催について難病相談支援センターと相談`;

let testServer: TestServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let url: string;
let national: BrowserContext;
let page: Page;

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  national = await signedInContext(browser, url);
  const [first] = national.pages();
  if (!first) throw new Error("the sign-in page was closed");
  page = first;
});

afterAll(async () => {
  await national?.close();
  await browser?.close();
  await testServer?.stop();
});

const h1 = (p: Page, name: string | RegExp) => p.getByRole("heading", { level: 1, name }).waitFor();
const taskTitles = (p: Page) =>
  p.getByRole("table", { name: "タスク一覧" }).locator("tbody").getByRole("link").allTextContents();

describe("the national overview", () => {
  it("shows 埼玉県 as a 開催済 tile linking to the region, with milestones, counts and its venue-full date, and passes axe", async () => {
    await page.goto(`${url}/overview`);
    const tile = page.getByRole("link", { name: "埼玉県：開催済" });
    await tile.waitFor();
    expect(await tile.getAttribute("data-stage")).toBe("held");
    expect(await tile.textContent()).toContain("開催済");
    expect(await tile.getAttribute("href")).toBe("/regions/saitama");
    const matrix = page.getByRole("table", { name: "地域ごとのマイルストーンの状況" });
    expect(await matrix.getByRole("columnheader", { name: "会場確保" }).count()).toBe(1);
    expect(await matrix.getByRole("rowheader", { name: "福岡県" }).count()).toBe(1);
    await page.getByRole("table", { name: "ステージ別のフォーラム数", exact: true }).waitFor();

    // SAITAMA2026 went online-only on 1/27: a short 「会場満席」 on screen, the date in what screen readers say.
    const venueFull = "会場満席（2026年1月27日(火)から・オンラインのみ受付）";
    expect(await matrix.getByRole("rowheader", { name: /^埼玉県/ }).textContent()).toBe(`埼玉県${venueFull}`);
    const forums = page.getByRole("table", { name: "地域ごとの現在のフォーラム" });
    const saitama = forums
      .getByRole("row", { name: /SAITAMA2026/ })
      .getByRole("cell")
      .nth(2);
    expect(await saitama.getByText("会場満席").textContent()).toBe(venueFull);
    expect(await matrix.getByText("会場満席").count()).toBe(1);
    await screenshot(page, "overview-map");
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the task board", () => {
  it("moves a card to 進行中 with the keyboard only, announces it, keeps focus, and keeps it after reload", async () => {
    await page.goto(`${url}/tasks/board`);
    await h1(page, "タスクボード");
    const todo = page.getByRole("region", { name: /^未着手/ });
    const card = todo.getByRole("article", { name: ENGLISH_TASK });
    await card.focus();
    await page.keyboard.press("Alt+ArrowRight");
    await page
      .getByRole("status")
      .filter({ hasText: `「${ENGLISH_TASK}」を「進行中」に移動しました。` })
      .waitFor();
    const doing = page.getByRole("region", { name: /^進行中/ });
    await doing.getByRole("article", { name: ENGLISH_TASK }).waitFor();
    await expect
      .poll(() => page.evaluate<string>("document.activeElement?.querySelector('h3')?.textContent ?? ''"))
      .toBe(ENGLISH_TASK);
    await screenshot(page, "task-board");
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page
      .getByRole("region", { name: /^進行中/ })
      .getByRole("article", { name: ENGLISH_TASK })
      .waitFor();
    expect(
      await page
        .getByRole("region", { name: /^未着手/ })
        .getByRole("article", { name: ENGLISH_TASK })
        .count(),
    ).toBe(0);
  });
});

describe("the task table", () => {
  it("filters by status, sorts by due date on the server and changes two rows' status at once", async () => {
    await page.goto(`${url}/tasks`);
    await h1(page, "タスク");
    await page.getByRole("table", { name: "タスク一覧" }).waitFor();
    await screenshot(page, "tasks");
    expect(await axeViolations(page)).toEqual([]);

    const statuses = page.getByRole("group", { name: "状況" });
    await statuses.getByRole("checkbox", { name: "未着手" }).check();
    await statuses.getByRole("checkbox", { name: "進行中" }).check();
    await expect.poll(() => taskTitles(page)).toHaveLength(4);
    await page.getByRole("button", { name: /^期限/ }).click();
    await expect
      .poll(() => taskTitles(page))
      .toEqual([ENGLISH_TASK, FLYER_TASK, "参加支援機関へのアンケート案を作る", NEXT_YEAR_TASK]);
    expect(await page.getByRole("columnheader", { name: /^期限/ }).getAttribute("aria-sort")).toBe(
      "descending",
    );

    await page.getByRole("checkbox", { name: "「参加支援機関へのアンケート案を作る」を選ぶ" }).check();
    await page.getByRole("checkbox", { name: `「${NEXT_YEAR_TASK}」を選ぶ` }).check();
    await page.getByRole("combobox", { name: "新しい状況" }).selectOption({ label: "保留" });
    await page.getByRole("button", { name: "状況を変更する" }).click();
    await page.getByRole("status").filter({ hasText: "2件の状況を「保留」に変更しました。" }).waitFor();
    await expect.poll(() => taskTitles(page)).toEqual([ENGLISH_TASK, FLYER_TASK]);

    await statuses.getByRole("checkbox", { name: "未着手" }).uncheck();
    await statuses.getByRole("checkbox", { name: "進行中" }).uncheck();
    await statuses.getByRole("checkbox", { name: "保留" }).check();
    await expect
      .poll(async () => (await taskTitles(page)).sort())
      .toEqual([NEXT_YEAR_TASK, "参加支援機関へのアンケート案を作る"].sort());
  });

  it("shows pro bono staff only 首都圏 tasks, and チラシのデザイン案 under マイタスク", async () => {
    const context = await signedInContext(browser, `${url}/tasks`, "probono@kyoso.example");
    try {
      const [p] = context.pages();
      if (!p) throw new Error("the sign-in page was closed");
      await h1(p, "タスク");
      await expect.poll(() => taskTitles(p)).toHaveLength(4);
      const rows = p.getByRole("table", { name: "タスク一覧" }).locator("tbody tr");
      for (const text of await rows.allTextContents()) {
        if (text.trim() === "") continue;
        expect(text).toContain("首都圏");
        expect(text).not.toContain("埼玉県");
      }
      await p.getByRole("link", { name: "マイタスク" }).click();
      await h1(p, "マイタスク");
      await expect.poll(() => taskTitles(p)).toEqual([FLYER_TASK]);
      await screenshot(p, "tasks-mine-probono");
    } finally {
      await context.close();
    }
  });
});

describe("the task table past the counting cap", () => {
  it("shows 10,000件以上 with the last page unknown, and still pages on", async () => {
    const { db } = testServer.server.database;
    const region = await db
      .selectFrom("region")
      .select("id")
      .where("slug", "=", "shutoken")
      .executeTakeFirstOrThrow();
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      regionId: region.id,
      title: `一括タスク ${i + 1}`,
      status: "todo" as const,
      priority: "low" as const,
    }));
    await db.insertInto("task").values(many).execute();
    try {
      await page.goto(`${url}/tasks`);
      await h1(page, "タスク");
      await page.getByRole("status").filter({ hasText: "10,000件以上のうち 1〜50件目" }).waitFor();
      const pages = page.getByRole("navigation", { name: "ページ送り" });
      expect(await pages.getByText("1ページ目").count()).toBe(1);
      await pages.getByRole("button", { name: "次のページ" }).click();
      await page.getByRole("status").filter({ hasText: "10,000件以上のうち 51〜100件目" }).waitFor();
      expect(await pages.getByRole("button", { name: "前のページ" }).isEnabled()).toBe(true);
      expect(await pages.getByRole("button", { name: "次のページ" }).isEnabled()).toBe(true);
      await screenshot(page, "tasks-capped-count");
      await phoneTaskCards(page);
    } finally {
      await db.deleteFrom("task").where("title", "like", "一括タスク %").execute();
    }
  });
});

describe("milestones", () => {
  it("shows the current forum's milestones on the region page, editable by the national team", async () => {
    await page.goto(`${url}/regions/fukuoka`);
    const table = page.getByRole("table", { name: "現在のフォーラムのマイルストーン" });
    await table.getByRole("rowheader", { name: "会場確保" }).waitFor();
    const row = table.getByRole("row", { name: /会場確保/ });
    await row.getByRole("checkbox", { name: /完了にする/ }).check();
    await row.getByRole("button", { name: /保存/ }).click();
    await page.getByRole("status").filter({ hasText: "「会場確保」を更新しました。" }).waitFor();
    await row.getByText(/に完了$/).waitFor();
    await screenshot(page, "region-milestones");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("lets the national team edit the template on /settings/milestones", async () => {
    await page.goto(`${url}/settings/milestones`);
    await h1(page, "マイルストーンのひな形");
    const form = page.getByRole("form", { name: "チラシ配布" });
    await form.getByRole("textbox", { name: /開催日からの日数/ }).fill("-75");
    await form.getByRole("button", { name: "保存" }).click();
    await form.getByRole("status").filter({ hasText: "「チラシ配布」を保存しました。" }).waitFor();
    await screenshot(page, "milestone-settings");
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * A page of 50 tasks at 375 px: the page scrolls, not a box inside it (a 70vh box showed one card and a half),
 * at least three cards fill the first two screens of the list, and the window-following rows reach the page's last task.
 */
async function phoneTaskCards(p: Page): Promise<void> {
  await p.setViewportSize({ width: 375, height: 812 });
  try {
    await p.goto(`${url}/tasks`);
    await h1(p, "タスク");
    const table = p.getByRole("table", { name: "タスク一覧" });
    await table.locator("tbody tr[data-index]").first().waitFor();
    await expectFitsWidth(p, 375);
    const box = await p.locator(".task-scroll").evaluate((scroll) => ({
      trapped: scroll.scrollHeight > scroll.clientHeight + 1,
      overflow: scroll.ownerDocument.defaultView?.getComputedStyle(scroll).overflowY,
    }));
    expect(box).toEqual({ trapped: false, overflow: "visible" });
    // Counted from where the list starts (the filters come first): the two screens a thumb scrolls through.
    await p.locator(".task-table tbody").evaluate((body) => body.scrollIntoView());
    const cardsOnFirstTwoScreens = () =>
      p.locator(".task-scroll").evaluate((scroll) => {
        const bottom = Math.min(
          2 * (scroll.ownerDocument.defaultView?.innerHeight ?? 0),
          scroll.getBoundingClientRect().bottom,
        );
        return [...scroll.querySelectorAll(".task-table tbody tr[data-index]")].filter((row) => {
          const r = row.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= bottom;
        }).length;
      });
    await expect.poll(cardsOnFirstTwoScreens, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await screenshot(p, "tasks-375-first-screen");
    expect(await axeViolations(p)).toEqual([]);
    await p.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
    const lastShown = () =>
      p
        .locator(".task-table tbody tr[data-index]")
        .evaluateAll((rows) => Math.max(...rows.map((r) => Number(r.getAttribute("data-index")))));
    await expect.poll(lastShown, { timeout: 10_000 }).toBe(49);
  } finally {
    await p.setViewportSize({ width: 1280, height: 900 });
  }
}
