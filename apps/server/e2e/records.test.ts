import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatDate, formatPartialDate, todayInTokyo } from "@kyoso/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  expectFitsWidth,
  launchChromium,
  screenshot,
  signedInContext,
  signIn,
  startTestServer,
  type TestServer,
} from "./browser";

// The quick log is tried on the real day in Japan, as a committee member would type it: 「今日の M.D」.
const today = todayInTokyo(new Date());
const [thisYear, thisMonth, thisDay] = today.split("-").map(Number) as [number, number, number];
const QUICK_TITLE = `打ち合わせ ${formatDate(today)}`;
const monthOf = (year: number, month: number) =>
  formatPartialDate({ date: `${year}-${String(month).padStart(2, "0")}-01`, precision: "month" });
// Last month typed as the next meeting can only mean next year's, eleven months ahead: a reading to check.
const lastMonth = thisMonth === 1 ? 12 : thisMonth - 1;
const LAST_MONTH_AHEAD = monthOf(thisMonth === 1 ? thisYear : thisYear + 1, lastMonth);
const THIS_MONTH = monthOf(thisYear, thisMonth);
const DECISION = "11月の首都圏ミーティングで共催の進め方を相談する";
const SHUTOKEN_SEED_MEETING = "共催自治体での会議に参加・説明と打ち合わせ";

let testServer: TestServer;
let browser: Browser;
let url: string;
/** The address of the meeting the quick log created, for the check that other regions cannot open it. */
let quickMeetingUrl = "";

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
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

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name }).waitFor();

describe("the quick meeting log on a phone", () => {
  it("logs today's meeting typed as M.D in this year, warns on a 次回 eleven months ahead, and finds it first on the timeline", async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: "ja-JP",
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      await signIn(page, `${url}/regions/shutoken/meetings/quick`, "shutoken@kyoso.example");
      await h1(page, "会議をすばやく記録");

      await page.getByRole("textbox", { name: /^日付/ }).fill(`${thisMonth}.${thisDay}`);
      await page.getByText(`→ ${formatDate(today)}`).waitFor();
      await page
        .getByRole("textbox", { name: /出席者/ })
        .fill("首都圏の実行委員3名、東京都難病相談・支援センター");
      await page.getByRole("textbox", { name: /決まったこと/ }).fill(DECISION);
      await page.getByRole("textbox", { name: /^やること/ }).fill("千葉県の支援センターに連絡する");
      const nextMeeting = page.getByRole("textbox", { name: /次回の会議/ });
      await nextMeeting.fill(`${lastMonth}月`);
      await page.getByText(`→ ${LAST_MONTH_AHEAD}`).waitFor();
      // The warning is said in words next to the reading, not only by its colour.
      const warning = page.locator("#quick-nextMeeting-result");
      expect(await warning.textContent()).toContain("注意: 今日から半年以上離れた日付です。");
      expect(await page.locator("#quick-heldOn-result").textContent()).not.toContain("注意");
      // One column at phone width: nothing scrolls sideways.
      await expectFitsWidth(page, 375);
      await screenshot(page, "quick-log-warning-phone");
      expect(await axeViolations(page)).toEqual([]);

      await nextMeeting.fill(`${thisMonth}月`);
      // Exact: the held-on reading (→ …年…月…日) starts the same way.
      await page.getByText(`→ ${THIS_MONTH}`, { exact: true }).waitFor();
      expect(await warning.textContent()).not.toContain("注意");
      await screenshot(page, "quick-log-phone");

      await page.getByRole("button", { name: "記録する" }).click();
      const saved = page.getByRole("status").filter({ hasText: "記録しました。" });
      await saved.waitFor();
      quickMeetingUrl = new URL(
        (await saved.getByRole("link", { name: "記録した会議を見る" }).getAttribute("href")) ?? "",
        url,
      ).href;

      await saved.getByRole("link", { name: "タイムラインを見る" }).click();
      await h1(page, "首都圏のタイムライン");
      // The timeline filtered to meetings, so entries other tests write (a co-host transition dated
      // today) cannot come first; the demo's meetings are all before today.
      await page.getByRole("checkbox", { name: "会議", exact: true }).check();
      await page.getByRole("button", { name: "絞り込む" }).click();
      await page.waitForURL(/[?&]kinds=/);
      const first = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3 }) })
        .first();
      await first.waitFor();
      await expect
        .poll(() =>
          page
            .getByRole("listitem")
            .filter({ has: page.getByRole("heading", { level: 3 }) })
            .locator(".entry-meta > .tag")
            .filter({ hasNotText: "会議" })
            .count(),
        )
        .toBe(0);
      expect(await first.getByRole("heading", { level: 3 }).textContent()).toBe(QUICK_TITLE);
      expect(await first.textContent()).toContain(DECISION);
      await screenshot(page, "timeline-phone");
      expect(await axeViolations(page)).toEqual([]);

      await first.getByRole("link", { name: QUICK_TITLE }).click();
      await h1(page, QUICK_TITLE);
      await page.getByText(`次回: ${THIS_MONTH}`).waitFor();
      expect(await page.getByText("千葉県の支援センターに連絡する").count()).toBe(1);
      await screenshot(page, "meeting-detail-phone");
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("another region's committee member gets no meeting record of Shutoken, by tab or by address", () =>
    as("saitama@kyoso.example", async (page) => {
      expect(quickMeetingUrl).toMatch(/\/regions\/shutoken\/meetings\/[0-9a-f-]{36}$/);
      for (const address of [
        `${url}/regions/shutoken/meetings`,
        quickMeetingUrl,
        `${url}/regions/shutoken/timeline`,
      ]) {
        await page.goto(address);
        await h1(page, "権限がありません");
        expect(await page.getByText(QUICK_TITLE).count()).toBe(0);
        expect(await page.getByText(DECISION).count()).toBe(0);
        expect(await page.getByText(SHUTOKEN_SEED_MEETING).count()).toBe(0);
      }
    }));
});

describe("organizations", () => {
  it("imports a CSV after a preview that shows what will and will not be added, then finds the new one by kana", () =>
    as("national@kyoso.example", async (page) => {
      const file = path.join(tmpdir(), `kyoso-import-${Date.now()}.csv`);
      const csv = [
        "名称,フリガナ,種別,都道府県,メモ",
        "さいたま就労応援ネット,サイタマシュウロウオウエンネット,NPO,埼玉県,CSVから登録",
        "宇宙就労研究所,ウチュウシュウロウケンキュウジョ,宇宙機関,埼玉県,",
      ].join("\r\n");
      await writeFile(file, `\uFEFF${csv}\r\n`, "utf8");

      await page.goto(`${url}/regions/saitama/organizations/import`);
      await h1(page, "埼玉県の団体をCSVから取り込む");
      await page.getByLabel(/CSVファイル/).setInputFiles(file);
      await page.getByRole("button", { name: "内容を確認する" }).click();
      await page.getByRole("heading", { name: "登録される団体 (1件)" }).waitFor();
      await page.getByRole("heading", { name: "登録されない行 (1件)" }).waitFor();
      const rejected = page.getByRole("row").filter({ hasText: "宇宙就労研究所" });
      expect(await rejected.getByRole("cell").first().textContent()).toBe("3行目");
      expect(await rejected.textContent()).toContain("種別「宇宙機関」は登録できる種別ではありません。");
      await screenshot(page, "organization-import-preview");
      expect(await axeViolations(page)).toEqual([]);

      // Nothing is written before the confirmation.
      await page.goto(`${url}/regions/saitama/organizations?q=${encodeURIComponent("さいたましゅうろう")}`);
      await page.getByText("条件に合う団体はありません。").waitFor();

      await page.goto(`${url}/regions/saitama/organizations/import`);
      await page.getByLabel(/CSVファイル/).setInputFiles(file);
      await page.getByRole("button", { name: "内容を確認する" }).click();
      await page.getByRole("button", { name: "1件を登録する" }).click();
      await page.getByRole("status").filter({ hasText: "1件の団体を登録しました。" }).waitFor();

      await page.goto(`${url}/regions/saitama/organizations`);
      await h1(page, "埼玉県の団体");
      await page.getByRole("searchbox", { name: "名称・フリガナ" }).fill("さいたましゅうろう");
      await page.getByRole("button", { name: "検索" }).click();
      const row = page.getByRole("row").filter({ hasText: "さいたま就労応援ネット" });
      await row.waitFor();
      // The header and the one match, once the search's answer has replaced the full list.
      await expect.poll(() => page.getByRole("row").count()).toBe(2);
      await screenshot(page, "organizations");
      expect(await axeViolations(page)).toEqual([]);
    }));
});

describe("co-host talks", () => {
  it("moves Chiba's talks from 打診 to 協議中 with a note that then shows in the history", () =>
    as("national@kyoso.example", async (page) => {
      await page.goto(`${url}/regions/shutoken/cohosts`);
      await h1(page, "首都圏の共催");
      await page.getByRole("link", { name: "千葉県難病相談支援センター" }).click();
      await h1(page, "千葉県難病相談支援センター");
      const options = await page
        .getByRole("combobox", { name: /新しい状況/ })
        .locator("option")
        .allTextContents();
      expect(options).toEqual(["選んでください", "協議中", "合意", "辞退"]);

      await page.getByRole("combobox", { name: /新しい状況/ }).selectOption({ label: "協議中" });
      await page.getByRole("textbox", { name: "メモ" }).fill("電話で後援の条件を確認した");
      await page.getByRole("button", { name: "状況を変更する" }).click();
      await page.getByRole("status").filter({ hasText: "状況を「協議中」に変更しました。" }).waitFor();
      const history = page.getByRole("table", { name: "協議の経緯" });
      await history
        .getByRole("row")
        .filter({ hasText: "打診 → 協議中" })
        .filter({ hasText: "電話で後援の条件を確認した" })
        .waitFor();
      expect(await history.getByRole("row").last().textContent()).toContain("全国 実行チーム");
      await screenshot(page, "cohost-detail");
      expect(await axeViolations(page)).toEqual([]);
    }));
});

describe("the national team's cross-region views", () => {
  it("lists talks with no movement on the overview and hearing findings by theme with where they were said", () =>
    as("national@kyoso.example", async (page) => {
      await page.goto(`${url}/overview`);
      const stalled = page.getByRole("region", { name: "動きのない協議" });
      await stalled.getByRole("row").filter({ hasText: "東京都難病相談・支援センター" }).waitFor();
      expect(await stalled.getByRole("combobox", { name: "期間" }).inputValue()).toBe("30");

      await page
        .getByRole("navigation", { name: "メインメニュー" })
        .getByRole("link", { name: "ヒアリングの知見" })
        .click();
      await h1(page, "テーマ別のヒアリングの知見");
      await page.getByRole("combobox", { name: "テーマ" }).selectOption({ label: "連携" });
      await page.getByRole("button", { name: "表示する" }).click();
      const finding = page.getByRole("listitem").filter({ hasText: "多職種連携の目線合わせ" });
      await finding.getByRole("link", { name: "首都圏" }).waitFor();
      expect(await finding.textContent()).toContain("東京都難病相談・支援センター");
      expect(await page.getByText("企業側の理解を広げる機会がほしい。").count()).toBe(0);
      await screenshot(page, "findings-by-theme");
      expect(await axeViolations(page)).toEqual([]);
    }));
});

describe("hearing themes", () => {
  it("lets the national team add a theme, shows it in the list, and refuses the same name twice", () =>
    as("national@kyoso.example", async (page) => {
      const theme = "就労の継続";
      await page.goto(`${url}/hearings`);
      await h1(page, "テーマ別のヒアリングの知見");
      const manage = page.getByRole("region", { name: "テーマの管理" });
      const current = manage.getByRole("list", { name: "いまのテーマ" });
      await current.getByText("連携", { exact: true }).waitFor();
      expect(await current.getByText(theme).count()).toBe(0);

      // The domain schema answers inline and focus moves to the first field to fix.
      await manage.getByRole("button", { name: "追加する" }).click();
      await manage.getByText("テーマ名を入力してください。", { exact: true }).waitFor();
      await manage.getByText("英語のテーマ名を入力してください。").waitFor();
      expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe("theme-nameJa");

      await manage.getByRole("textbox", { name: /テーマ名（日本語）/ }).fill(theme);
      await manage.getByRole("textbox", { name: /テーマ名（英語）/ }).fill("Staying in work");
      await manage.getByRole("button", { name: "追加する" }).click();
      await manage
        .getByRole("status")
        .filter({ hasText: `テーマ「${theme}」を追加しました。` })
        .waitFor();
      await current.getByRole("listitem").filter({ hasText: theme }).waitFor();
      expect(await manage.getByRole("textbox", { name: /テーマ名（日本語）/ }).inputValue()).toBe("");
      // The findings filter offers it too: the themes query was refreshed.
      await page
        .getByRole("combobox", { name: "テーマ" })
        .locator("option", { hasText: theme })
        .waitFor({ state: "attached" });
      await screenshot(page, "hearing-themes");
      expect(await axeViolations(page)).toEqual([]);

      await manage.getByRole("textbox", { name: /テーマ名（日本語）/ }).fill(theme);
      await manage.getByRole("textbox", { name: /テーマ名（英語）/ }).fill("Staying in work again");
      await manage.getByRole("button", { name: "追加する" }).click();
      await manage.getByRole("alert").filter({ hasText: "同じ名前のテーマがすでにあります。" }).waitFor();
      expect(await current.getByRole("listitem").filter({ hasText: theme }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    }));
});

describe("the full meeting form", () => {
  it("records minutes written in markdown and shows them formatted, with raw HTML left inert", () =>
    as("shutoken@kyoso.example", async (page) => {
      await page.goto(`${url}/regions/shutoken/meetings/new`);
      await h1(page, "会議を記録");
      await page.getByRole("button", { name: "記録する" }).click();
      // The domain schema answers inline and focus moves to the first field to fix.
      await page.getByText("会議名を入力してください。").waitFor();
      expect(await page.evaluate<string | undefined>("document.activeElement?.id")).toBe("meeting-title");

      await page.getByRole("textbox", { name: /会議名/ }).fill("首都圏 実行委員会（第1回）");
      await page
        .getByRole("textbox", { name: /議事録/ })
        .fill("## 共催の状況\n\n- 東京都と協議中\n\n<script>alert(1)</script>");
      await page.getByRole("button", { name: "やることを追加" }).click();
      await page.getByRole("textbox", { name: "やること 1", exact: true }).fill("会場の候補を探す");
      await page.getByRole("button", { name: "記録する" }).click();
      const saved = page.getByRole("status").filter({ hasText: "会議を記録しました。" });
      await saved.getByRole("link", { name: "記録した会議を見る" }).click();
      await h1(page, "首都圏 実行委員会（第1回）");
      await page.getByRole("heading", { level: 2, name: "共催の状況" }).waitFor();
      expect(await page.locator("main script").count()).toBe(0);
      expect(await page.getByText("会場の候補を探す").count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    }));
});
