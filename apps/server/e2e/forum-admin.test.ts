import { addDays, formatDate, todayInTokyo } from "@kyoso/domain";
import type { Browser, BrowserContext, Page } from "playwright-core";
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

// フォーラム運営 as the 埼玉 committee sees it: SAITAMA2026's program, then a next-year forum whose venue fills up,
// the drafted notice published to the public page, the retrospective of SAITAMA2026, and calendar links.

const SESSION = "地域の支援者との交流会";
const SPEAKER = "山田花子";
const LINK_LABEL = "仕事用のGoogleカレンダー";

let testServer: TestServer;
let browser: Browser;
let url: string;
let committee: BrowserContext;
let page: Page;
// Dates from the real clock in Japan: the new forum is a few months ahead, in a year the demo does not use.
const today = todayInTokyo(new Date());
const heldOn = addDays(today, 120);
const year = Math.max(2027, Number(heldOn.slice(0, 4)));
const newTitle = `難病・慢性疾患就労支援ネットワークフォーラムSAITAMA${year}`;

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  committee = await signedInContext(browser, url, "saitama@kyoso.example");
  const [first] = committee.pages();
  if (!first) throw new Error("the sign-in page was closed");
  page = first;
});

afterAll(async () => {
  await browser?.close();
  await testServer?.stop();
});

const h1 = (p: Page, name: string | RegExp) => p.getByRole("heading", { level: 1, name }).waitFor();
const status = (p: Page, text: string) => p.getByRole("status").filter({ hasText: text }).first().waitFor();
const activeId = (p: Page) => p.evaluate<string>('document.activeElement?.id ?? ""');

// What sticks out past the right edge of the window, leaving out what scrolls inside its own box (wide tables,
// the region's tabs).
const OVERFLOWING = `(() => {
  const scrolls = (e) => {
    for (let a = e.parentElement; a; a = a.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true;
    }
    return false;
  };
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > width + 1 && !scrolls(e))
    .slice(0, 5)
    .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + [...e.classList].join("."));
})()`;

/** Axe on the page as it is, and a screenshot; then the same at 375 px, where nothing may scroll sideways. */
async function check(p: Page, name: string): Promise<void> {
  await screenshot(p, name);
  expect(await axeViolations(p)).toEqual([]);
  const size = p.viewportSize();
  await p.setViewportSize({ width: 375, height: 812 });
  try {
    await screenshot(p, `${name}-phone`);
    expect(await p.evaluate<string[]>(OVERFLOWING)).toEqual([]);
    await expectFitsWidth(p, 375);
    expect(await axeViolations(p)).toEqual([]);
  } finally {
    if (size) await p.setViewportSize(size);
  }
}

describe("フォーラム運営", () => {
  it("shows SAITAMA2026's program, adds a 交流 session with a speaker by keyboard and moves it up", async () => {
    await page.goto(`${url}/regions/saitama`);
    await page
      .getByRole("navigation", { name: "地域のページ" })
      .getByRole("link", { name: "フォーラム運営" })
      .click();
    await h1(page, "埼玉県のプログラム");
    await page.getByText("難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026").first().waitFor();
    await page.getByText("2026年1月27日(火)から会場満席・オンラインのみ受付").first().waitFor();
    const program = page.getByRole("region", { name: "プログラム" });
    await program.getByText("朝日雅也", { exact: true }).waitFor();
    expect(
      await program.getByRole("list", { name: /難病者の就労を実現する3つのプレイヤー/ }).textContent(),
    ).toContain("埼玉県立大学 名誉教授");
    expect(await page.getByRole("link", { name: "公開ページを見る" }).getAttribute("href")).toBe(
      "/forums/saitama/2026",
    );
    expect(await page.getByRole("link", { name: "Atomフィード" }).getAttribute("href")).toBe(
      "/feeds/regions/saitama/atom.xml",
    );
    await check(page, "forum-program");

    // The new session, typed with the keyboard: the kind by arrow keys, times as digits, then Enter on the button.
    await page.getByRole("combobox", { name: /^種類/ }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("combobox", { name: /^種類/ }).inputValue()).toBe("exchange");
    await page.getByRole("textbox", { name: /^タイトル/ }).focus();
    await page.keyboard.type(SESSION);
    await page.getByRole("textbox", { name: /^サブタイトル/ }).focus();
    await page.keyboard.type("グループに分かれて話し合います");
    await page.locator("#new-session-startsAt").focus();
    await page.keyboard.type("1530");
    await page.locator("#new-session-endsAt").focus();
    await page.keyboard.type("1630");
    expect(await page.locator("#new-session-startsAt").inputValue()).toBe("15:30");
    const speakers = page.getByRole("group", { name: "登壇者" });
    await speakers.getByRole("textbox", { name: /^氏名/ }).focus();
    await page.keyboard.type(SPEAKER);
    await speakers.getByRole("textbox", { name: /^所属/ }).focus();
    await page.keyboard.type("埼玉県難病相談支援センター");
    await speakers.getByRole("textbox", { name: /^役職/ }).focus();
    await page.keyboard.type("相談支援員");
    await page.getByRole("button", { name: "セッションを追加する" }).focus();
    await page.keyboard.press("Enter");

    await status(page, `セッション「${SESSION}」を3番目に追加しました。`);
    // Focus lands on the new session, ready to move it.
    await expect.poll(() => activeId(page)).toMatch(/^session-[0-9a-f-]{36}-heading$/);
    const added = page.getByRole("article", { name: SESSION });
    await added.getByText("15:30").waitFor();
    await added.getByText(SPEAKER, { exact: true }).waitFor();
    await added.getByText("交流", { exact: true }).waitFor();

    await page.getByRole("button", { name: "セッション 3 を上へ移動" }).focus();
    await page.keyboard.press("Enter");
    await status(page, `セッション「${SESSION}」を2番目に移動しました（全3件）。`);
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement?.getAttribute("aria-label") ?? null'))
      .toBe("セッション 2 を上へ移動");
    expect(await page.locator(".session-list h3").allTextContents()).toEqual([
      "難病者の就労を実現する3つのプレイヤー",
      SESSION,
      "難病患者の就労支援についての現状と課題",
    ]);
    await check(page, "forum-program-edited");

    // The region page's program follows.
    await page.getByRole("navigation", { name: "地域のページ" }).getByRole("link", { name: "概要" }).click();
    const regionProgram = page.getByRole("region", { name: "プログラム" });
    await regionProgram.getByText(SESSION).waitFor();
    expect(await regionProgram.locator(".session-title").nth(1).textContent()).toBe(SESSION);
  });

  it("previews a registration CSV for a new forum: rejected lines with reasons, then the venue-full date", async () => {
    await page.goto(`${url}/regions/saitama/editions/new`);
    await h1(page, "埼玉県のフォーラムを登録");
    await page.getByRole("spinbutton", { name: /^開催年/ }).fill(String(year));
    await page.getByRole("textbox", { name: /^フォーラム名/ }).fill(newTitle);
    await page.getByRole("combobox", { name: /^ステージ/ }).selectOption("decided");
    await page.getByLabel(/^開催日/).fill(heldOn);
    await page.getByRole("spinbutton", { name: /^会場定員/ }).fill("3");
    await page.getByRole("button", { name: "登録する" }).click();
    await page.getByText("フォーラムを登録しました。").waitFor();

    await page.goto(`${url}/regions/saitama/forum/capacity`);
    await h1(page, "埼玉県の定員・申込数");
    await page.getByText(newTitle).first().waitFor();

    const file = page.getByLabel(/^CSVファイル/);
    await file.setInputFiles({
      name: "registrations.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `申込日,参加形態\n${today},会場\n,会場\n2026-11-31,オンライン\n${today},当日決める\n`,
      ),
    });
    await page.getByRole("button", { name: "内容を確認する" }).click();
    const preview = page.getByRole("region", { name: "取り込む内容の確認" });
    await preview.getByText("読み取れない行: 3行").waitFor();
    const rejected = preview.getByRole("table", { name: "読み取れない行と理由" });
    expect(await rejected.getByRole("row").nth(1).textContent()).toMatch(/^3行目.+/);
    expect(await rejected.getByRole("row").count()).toBe(4);
    await preview.getByText("読み取れない行があるため、取り込めません。").waitFor();
    expect(await preview.getByRole("button", { name: "この内容で申込数を更新する" }).count()).toBe(0);
    await check(page, "forum-import-rejected");

    // Four venue registrations over three days: the third fills the 3 seats, on the day it arrived.
    const days = [addDays(today, -3), addDays(today, -2), addDays(today, -1), today];
    await file.setInputFiles({
      name: "registrations.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `申込日,参加形態,ステータス\n${days.map((d) => `${d},会場,申込済`).join("\n")}\n${today},オンライン,申込済\n${today},会場,キャンセル\n`,
      ),
    });
    await page.getByRole("button", { name: "内容を確認する" }).click();
    await preview.getByText("すべての行を読み取れました。").waitFor();
    const counts = preview.getByRole("table", { name: "申込数の比較" });
    expect(await counts.getByRole("row", { name: /会場参加/ }).textContent()).toBe("会場参加0件4件");
    await preview.getByText("キャンセルの行: 1件（数えません）").waitFor();
    await preview
      .getByText(
        `取り込むと、会場参加が定員に達するため、${formatDate(days[2] ?? today)}から会場満席（オンライン参加のみ受付）になります。`,
      )
      .waitFor();
    await preview.getByRole("button", { name: "この内容で申込数を更新する" }).waitFor();
    await check(page, "forum-import-preview");
  });

  it("fills the venue by hand: the draft notice appears, is published, and shows on the public page", async () => {
    await page.goto(`${url}/regions/saitama/forum/capacity`);
    await h1(page, "埼玉県の定員・申込数");
    const form = page.getByRole("region", { name: "定員と申込数を入力" });
    const venue = form.getByRole("group", { name: "会場参加" });
    const online = form.getByRole("group", { name: "オンライン参加" });
    await venue.getByRole("spinbutton", { name: /^定員/ }).fill("50");
    await venue.getByRole("spinbutton", { name: /^申込数/ }).fill("50");
    await online.getByRole("checkbox", { name: "定員なし（無制限）" }).check();
    expect(await online.getByRole("spinbutton", { name: /^定員/ }).isDisabled()).toBe(true);
    await online.getByRole("spinbutton", { name: /^申込数/ }).fill("20");
    await form.getByRole("button", { name: "保存する" }).click();

    const date = formatDate(today);
    await status(page, `${date}から会場満席（オンライン参加のみ受付）になりました。`);
    await page.getByText("お知らせの下書き「会場参加枠は定員となりました」を作成しました。").waitFor();
    await page.locator(".forum-summary").getByText(`${date}から会場満席・オンラインのみ受付`).waitFor();
    await page.getByRole("region", { name: "いまの申込状況" }).getByText("申込 20人 / 定員 無制限").waitFor();
    await check(page, "forum-capacity-full");

    await page.getByRole("link", { name: "お知らせの下書きを確認する" }).click();
    await h1(page, "埼玉県のお知らせ");
    const draft = page.getByRole("article", { name: "会場参加枠は定員となりました" });
    await draft.getByText("下書き", { exact: true }).waitFor();
    expect(await draft.getAttribute("class")).toContain("announcement--attention");
    await draft.getByText("会場が満席になったため、自動で作成された下書きです。").waitFor();
    // The address names the draft: it has focus.
    await expect.poll(() => activeId(page)).toBe(await draft.getAttribute("id"));
    await check(page, "forum-announcements-draft");

    await draft.getByRole("button", { name: /^公開する/ }).click();
    const dialog = page.getByRole("dialog", { name: "お知らせを公開しますか？" });
    await dialog.getByRole("button", { name: "公開する" }).click();
    await status(page, "「会場参加枠は定員となりました」を公開しました。");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await draft.getByText("公開中", { exact: true }).waitFor();
    expect(await draft.getAttribute("class")).not.toContain("announcement--attention");
    await check(page, "forum-announcements-published");

    // The public page is served by the server, not the app: an ordinary link.
    await page.getByRole("link", { name: "公開ページを見る" }).click();
    await page.waitForURL(`${url}/forums/saitama/${year}`);
    await page.getByRole("heading", { level: 1, name: newTitle }).waitFor();
    await page
      .getByRole("region", { name: "お知らせ" })
      .getByRole("heading", { name: "会場参加枠は定員となりました" })
      .waitFor();
    await screenshot(page, "forum-public-page");
    expect(await axeViolations(page)).toEqual([]);

    // The region page's forum card says so too.
    await page.goto(`${url}/regions/saitama`);
    await page
      .getByRole("article", { name: newTitle })
      .getByText(`${date}から会場参加は定員となり、オンライン参加のみ受付`)
      .waitFor();
  });

  it("records SAITAMA2026's retrospective with its survey's link, moving it on to 振り返り", async () => {
    await page.goto(`${url}/regions/saitama/forum/retrospective`);
    await h1(page, "埼玉県の振り返り");
    // The new forum is not held yet: the page says when the retrospective opens.
    await page
      .getByText("振り返りは、フォーラムが「開催済」になってから記録できます（現在は「開催決定」です）。")
      .waitFor();
    await check(page, "forum-retrospective-not-yet");

    await page.getByRole("link", { name: "2026年" }).click();
    await page
      .getByText("はじめて保存すると、フォーラムのステージが「開催済」から「振り返り」に進みます。")
      .waitFor();
    await page.getByRole("spinbutton", { name: /^会場の参加者数/ }).fill("76");
    await page.getByRole("spinbutton", { name: /^オンラインの参加者数/ }).fill("98");
    await page.getByRole("combobox", { name: /^Kyosoのアンケートから選ぶ/ }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "このアンケートのリンクを入れる" }).click();
    await status(page, "の回答用リンクを入れました。");
    expect(await page.getByRole("textbox", { name: /^参加者アンケートのリンク/ }).inputValue()).toMatch(
      new RegExp(`^${url}/answer/[A-Za-z0-9_-]{43}$`),
    );
    await page
      .getByRole("textbox", { name: /^振り返りのメモ/ })
      .fill("交流の時間をもう少し長くしてほしいという声が多かった。");
    await page.getByRole("button", { name: "保存する" }).click();
    await status(page, "振り返りを保存しました。フォーラムのステージを「振り返り」に進めました。");
    await page.locator(".forum-summary").getByText("振り返り", { exact: true }).waitFor();
    await check(page, "forum-retrospective");
  });

  it("lets the forum's partner read the program and the published お知らせ, without any editing control", async () => {
    const partner = await signedInContext(browser, url, "partner@kyoso.example");
    try {
      const [p] = partner.pages();
      if (!p) throw new Error("no page");
      await p.goto(`${url}/regions/saitama/forum`);
      await h1(p, "埼玉県のプログラム");
      await p.getByRole("region", { name: "プログラム" }).getByText("朝日雅也", { exact: true }).waitFor();
      await p.getByText("閲覧のみできます。").waitFor();
      expect(await p.getByRole("button", { name: /上へ移動/ }).count()).toBe(0);
      expect(await p.getByRole("heading", { name: "セッションを追加" }).count()).toBe(0);
      const nav = p.getByRole("navigation", { name: "フォーラム運営" });
      expect(await nav.getByRole("link").allTextContents()).toEqual([
        "プログラム",
        "定員・申込数",
        "お知らせ",
        "振り返り",
      ]);
      await check(p, "forum-program-partner");

      // お知らせ: the published ones only, to read; drafts and every writing control stay the committee's.
      await nav.getByRole("link", { name: "お知らせ" }).click();
      await h1(p, "埼玉県のお知らせ");
      const list = p.getByRole("region", { name: "お知らせ" });
      await list.getByRole("heading", { name: "基調講演のテーマが決まりました" }).waitFor();
      await list.getByText("公開済みのお知らせを新しい順に並べています。").waitFor();
      expect(await list.getByText("下書き", { exact: true }).count()).toBe(0);
      expect(await p.getByRole("button", { name: "お知らせを書く" }).count()).toBe(0);
      expect(await list.getByRole("button").count()).toBe(0);
      await check(p, "forum-announcements-partner");
    } finally {
      await partner.close();
    }
  });
});

describe("カレンダー連携", () => {
  it("makes a private calendar link shown once, lists it, and revokes it", async () => {
    await page.goto(`${url}/`);
    await page.getByRole("link", { name: "カレンダー連携" }).click();
    await h1(page, "カレンダー連携");
    await page.getByText("このリンクを知っている人は、サインインしなくても").waitFor();
    await page.getByRole("heading", { name: "Googleカレンダー（パソコンのブラウザ）" }).waitFor();
    await page.getByText("まだリンクはありません。").waitFor();
    await check(page, "calendar-links-empty");

    await page.getByRole("button", { name: "リンクを作る" }).click();
    await page.getByText("どこで使うリンクか、名前を入力してください").first().waitFor();
    await page.getByRole("textbox", { name: /^リンクの名前/ }).fill(LINK_LABEL);
    await page.getByRole("button", { name: "リンクを作る" }).click();
    await page.getByRole("heading", { name: `「${LINK_LABEL}」のリンクができました` }).waitFor();
    await expect.poll(() => activeId(page)).toBe("calendar-created-heading");
    const mine = await page.getByRole("textbox", { name: "自分の予定のリンク" }).inputValue();
    expect(mine).toMatch(new RegExp(`^${url}/feeds/ical/[A-Za-z0-9_-]{43}/mine\\.ics$`));
    const region = await page.getByRole("textbox", { name: "埼玉県のカレンダーのリンク" }).inputValue();
    expect(region).toBe(mine.replace(/mine\.ics$/, "regions/saitama.ics"));
    const feed = await page.request.get(mine);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    const row = page.getByRole("listitem", { name: LINK_LABEL });
    await row.getByText("有効", { exact: true }).waitFor();
    await row.getByText("まだ使われていません").waitFor();
    await check(page, "calendar-links-created");

    await row.getByRole("button", { name: /^無効にする/ }).click();
    const dialog = page.getByRole("dialog", { name: "リンクを無効にしますか？" });
    await dialog.getByRole("button", { name: "無効にする" }).click();
    await status(page, `「${LINK_LABEL}」を無効にしました。`);
    await row.getByText("無効", { exact: true }).waitFor();
    await row.getByText("無効にした日時").waitFor();
    expect(await row.getByRole("button").count()).toBe(0);
    expect((await page.request.get(mine)).status()).toBe(404);
    // The addresses shown once go with it.
    expect(await page.getByRole("textbox", { name: "自分の予定のリンク" }).count()).toBe(0);
    await check(page, "calendar-links-revoked");
  });
});
