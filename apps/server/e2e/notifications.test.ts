import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { createContextInner, runReminders } from "@kyoso/api";
import { findUserIdByEmail } from "@kyoso/db";
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

// 通知 as the 埼玉 committee member sees it: the unread count in the header, the list with date, place and link,
// marking read, and the settings screen; on a desktop and at 375 px, with axe.

let testServer: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let url: string;
let userId: string;

const SHOTS = "/tmp/shots/notify";

beforeAll(async () => {
  [testServer, browser] = await Promise.all([startTestServer(), launchChromium()]);
  url = testServer.server.url;
  const { db, engine } = testServer.server.database;
  userId = (await findUserIdByEmail(db, "saitama@kyoso.example")) as string;
  // Today's reminders now (the start-up run may come later: it then adds nothing), and two of our own.
  await runReminders(createContextInner({ db, engine }));
  await db
    .insertInto("notification")
    .values(
      [
        { kind: "meeting_soon" as const, title: "第3回実行委員会", path: "/regions/saitama/meetings" },
        { kind: "task_assigned" as const, title: "会場の下見", path: "/tasks" },
      ].map((n, i) => ({
        userId,
        kind: n.kind,
        dedupeKey: `e2e:${i}`,
        sourceType: null,
        sourceId: null,
        payload: JSON.stringify({
          title: n.title,
          regionNameJa: "埼玉県",
          regionNameEn: "Saitama",
          date: "2026-12-05",
          startTime: "14:00",
          place: "さいたま市民会館",
          path: n.path,
        }),
        delivery: "app" as const,
        emailAfter: null,
      })),
    )
    .execute();
  context = await signedInContext(browser, url, "saitama@kyoso.example");
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await testServer?.stop();
});

async function unreadInDatabase(): Promise<number> {
  const row = await testServer.server.database.db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("userId", "=", userId)
    .where("readAt", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Axe at desktop width, a screenshot, then the same at 375 px where nothing may scroll sideways. */
async function check(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    await screenshot(page, `${name}-phone`);
    await expectFitsWidth(page, 375);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await mkdir(SHOTS, { recursive: true });
  const artifacts = path.resolve(import.meta.dirname, "../test-artifacts");
  for (const file of [`${name}.png`, `${name}-phone.png`]) {
    await copyFile(path.join(artifacts, file), path.join(SHOTS, file));
  }
}

describe("通知", () => {
  it("shows the unread count in the header and lists notifications with date, place and link", async () => {
    const unread = await unreadInDatabase();
    expect(unread).toBeGreaterThanOrEqual(2);
    await page.goto(`${url}/`);
    const badge = page.getByRole("link", { name: new RegExp(`^通知\\s*（未読${unread}件）$`) });
    await badge.waitFor();
    await badge.click();
    await page.getByRole("heading", { level: 1, name: "通知" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: `未読 ${unread}件` })
      .waitFor();
    const meeting = page.getByRole("listitem").filter({ hasText: "会議「第3回実行委員会」が近づいています" });
    await meeting.getByText("日時：2026年12月5日(土) 14:00　場所：さいたま市民会館　埼玉県").waitFor();
    expect(await meeting.getByRole("link").getAttribute("href")).toBe("/regions/saitama/meetings");
    await check("notifications-list");
  });

  it("marks one read, then all read, and the header count follows", async () => {
    const unread = await unreadInDatabase();
    await page.goto(`${url}/notifications`);
    await page.getByRole("button", { name: "既読にする：タスク「会場の下見」の担当になりました" }).waitFor();
    await page.getByRole("button", { name: "既読にする：タスク「会場の下見」の担当になりました" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `未読 ${unread - 1}件` })
      .waitFor();
    await page.getByRole("button", { name: "すべて既読にする" }).click();
    await page.getByRole("status").filter({ hasText: "未読 0件" }).waitFor();
    expect(await unreadInDatabase()).toBe(0);
    await page.getByRole("checkbox", { name: "未読だけを表示" }).check();
    await page.getByText("未読の通知はありません。").waitFor();
    await page.reload();
    await page.getByRole("link", { name: "通知", exact: true }).waitFor();
  });

  it("saves the settings: a topic turned off and no quiet time, kept after a reload", async () => {
    await page.goto(`${url}/notifications`);
    await page.getByRole("link", { name: "通知の設定" }).click();
    await page.getByRole("heading", { level: 1, name: "通知の設定" }).waitFor();
    await check("notification-settings");
    await page.getByLabel("地域の会議の3日前と当日").selectOption("off");
    await page.getByLabel("メールの言語").selectOption("en");
    await page.getByRole("checkbox", { name: "メールを送らない時間を設ける" }).uncheck();
    expect(await page.getByLabel("開始").count()).toBe(0);
    await page.getByRole("button", { name: "設定を保存する" }).click();
    await page.getByRole("status").filter({ hasText: "通知の設定を保存しました。" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "通知の設定" }).waitFor();
    expect(await page.getByLabel("地域の会議の3日前と当日").inputValue()).toBe("off");
    expect(await page.getByLabel("メールの言語").inputValue()).toBe("en");
    expect(await page.getByRole("checkbox", { name: "メールを送らない時間を設ける" }).isChecked()).toBe(
      false,
    );
  });

  it("says which field to fix when the quiet time has the same start and end", async () => {
    await page.goto(`${url}/notifications/settings`);
    await page.getByRole("checkbox", { name: "メールを送らない時間を設ける" }).check();
    await page.getByLabel("開始").fill("08:00");
    await page.getByLabel("終了").fill("08:00");
    await page.getByRole("button", { name: "設定を保存する" }).click();
    await page.getByText("メールを送らない時間の開始と終了が同じです。").waitFor();
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe("notification-quiet-until");
  });
});
