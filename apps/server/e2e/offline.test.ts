import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectFitsWidth,
  expectNoAxeViolations,
  h1,
  newContext,
  phoneContext,
  shotInto,
  signIn,
  useBrowserSuite,
} from "./browser";

// Offline (issue 15): on a phone with no network, the quick log and a task's status change wait in the outbox
// (「未送信 N件」), send themselves when the network returns, and a change made against a task changed
// meanwhile comes back as a conflict to look at, not an overwrite. The service worker keeps the app shell.
const SHOTS = "/tmp/shots-offline";
const suite = useBrowserSuite(SHOTS);

const TITLE = "オフラインで記録した会議";
/** The other browser tests block service workers; these are about the app's. */
const WITH_WORKER = { serviceWorkers: "allow" } as const;

/** Waits until the service worker controls the page: from then on the app shell and its chunks are on the device. */
async function controlledByServiceWorker(page: Page) {
  await expect
    .poll(() => page.evaluate<boolean>("navigator.serviceWorker.controller !== null"), { timeout: 30_000 })
    .toBe(true);
}

async function chooseSaitamaTask(page: Page): Promise<string> {
  const row = page.getByRole("row").filter({ hasText: "埼玉県" }).first();
  const box = row.getByRole("checkbox");
  const label = (await box.getAttribute("aria-label")) ?? "";
  await box.check();
  return label.replace(/^「(.*)」を選ぶ$/, "$1");
}

async function setStatus(page: Page, status: string) {
  const bulk = page.getByRole("form", { name: "選んだタスクの状況をまとめて変更" });
  await bulk.getByLabel("新しい状況").selectOption({ label: status });
  await bulk.getByRole("button", { name: "状況を変更する" }).click();
}

const indicator = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^未送信/ });

describe("offline on a phone", () => {
  it("keeps a quick log and a status change in the outbox, shows 「未送信 2件」, and sends both when back online", async () => {
    const context = await phoneContext(suite.browser, WITH_WORKER);
    try {
      const page = await context.newPage();
      await signIn(page, `${suite.url}/regions/saitama/meetings/quick`, "saitama@kyoso.example");
      await h1(page, "会議をすばやく記録");
      await controlledByServiceWorker(page);
      await page.getByRole("link", { name: "タスク", exact: true }).first().click();
      await h1(page, /タスク/);
      await page.getByRole("row").filter({ hasText: "埼玉県" }).first().waitFor();

      await context.setOffline(true);
      const task = await chooseSaitamaTask(page);
      await setStatus(page, "完了");
      await page.getByText("未送信 — 接続が戻ると送信します。").waitFor();

      await page.goBack();
      await h1(page, "会議をすばやく記録");
      await page.getByRole("textbox", { name: /^会議名/ }).fill(TITLE);
      await page.getByRole("textbox", { name: /^決まったこと/ }).fill("次回は県庁で開く");
      await page.getByRole("button", { name: "記録する" }).click();
      await page.getByText("未送信 — 接続が戻ると送信します。").waitFor();
      await expect.poll(() => indicator(page).textContent(), { timeout: 10_000 }).toBe("未送信 2件");
      await expectFitsWidth(page, 375);
      await shotInto(SHOTS, page, "offline-indicator-phone");

      await indicator(page).click();
      await h1(page, "未送信の記録");
      const list = page.getByRole("list").filter({ hasText: TITLE });
      await list.getByText(task, { exact: true }).waitFor();
      expect(await list.getByText("送信待ち").count()).toBe(2);
      await expectFitsWidth(page, 375);
      await shotInto(SHOTS, page, "offline-outbox-phone");
      await expectNoAxeViolations(page);

      await context.setOffline(false);
      await page.getByText("未送信の記録はありません。").waitFor({ timeout: 20_000 });
      await expect.poll(() => indicator(page).count(), { timeout: 10_000 }).toBe(0);

      await page.goto(`${suite.url}/regions/saitama/meetings`);
      await page.getByRole("main").getByText(TITLE).first().waitFor();
      await page.goto(`${suite.url}/tasks?status=done`);
      await page.getByRole("main").getByText(task).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it("opens the app shell from the service worker on a reload with no network", async () => {
    const context = await phoneContext(suite.browser, WITH_WORKER);
    try {
      const page = await context.newPage();
      await signIn(page, `${suite.url}/`, "saitama@kyoso.example");
      await controlledByServiceWorker(page);
      await context.setOffline(true);
      await page.reload();
      // The shell and its scripts come from the device; the data calls fail and say so.
      await page.getByRole("banner").getByText("Kyoso 共創").waitFor();
      await shotInto(SHOTS, page, "offline-reload-phone");
    } finally {
      await context.close();
    }
  });
});

describe("offline conflicts at desktop size", () => {
  it("shows a status change made against a task changed meanwhile as a conflict, with retry and discard", async () => {
    const context = await newContext(suite.browser, WITH_WORKER);
    try {
      const page = await context.newPage();
      await signIn(page, `${suite.url}/tasks`, "saitama@kyoso.example");
      await controlledByServiceWorker(page);
      await page.getByRole("row").filter({ hasText: "埼玉県" }).first().waitFor();
      const task = await chooseSaitamaTask(page);
      // Someone changes the task on another device while this table still shows the old version.
      const list = await context.request.get(
        `${suite.url}/trpc/task.list?input=${encodeURIComponent(JSON.stringify({ text: task }))}`,
      );
      const [row] = (await list.json()).result.data.rows as { id: string; version: number }[];
      if (!row) throw new Error("the chosen task is listed");
      const changed = await context.request.post(`${suite.url}/trpc/task.update`, {
        data: { id: row.id, version: row.version, priority: "high" },
      });
      expect(changed.status()).toBe(200);

      await context.setOffline(true);
      await setStatus(page, "保留");
      await page.getByText("未送信 — 接続が戻ると送信します。").waitFor();
      await context.setOffline(false);
      await expect
        .poll(() => indicator(page).textContent(), { timeout: 20_000 })
        .toBe("未送信 1件（要確認 1件）");

      await indicator(page).click();
      await h1(page, "未送信の記録");
      await page.getByText("競合 — 他の人が先に変更しました").waitFor();
      await page.getByText(/サーバーからの説明: このタスクは他の人によって更新されています/).waitFor();
      await shotInto(SHOTS, page, "offline-outbox-conflict-desktop");
      await expectNoAxeViolations(page);

      // Signing out would erase what waits: it asks first, and cancelling keeps both the session and the item.
      await page.getByRole("button", { name: "サインアウト" }).click();
      const signOutDialog = page.getByRole("dialog", { name: "未送信の記録があります" });
      await signOutDialog.getByText("送信されていない記録が1件あります。").waitFor();
      await expectNoAxeViolations(page);
      await page.keyboard.press("Escape");
      await signOutDialog.waitFor({ state: "hidden" });
      await page.getByText("競合 — 他の人が先に変更しました").waitFor();

      await page.getByRole("button", { name: `破棄: ${task}` }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("送信されていない内容は元に戻せません").waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole("button", { name: "破棄する" }).click();
      await page.getByText("未送信の記録はありません。").waitFor();
      await page
        .getByRole("status")
        .filter({ hasText: `「${task}」を破棄しました。` })
        .waitFor();
      // Nothing waits any more: signing out no longer asks.
      await page.getByRole("button", { name: "サインアウト" }).click();
      await page.getByRole("button", { name: "サインイン" }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("serves the manifest and the service worker as an installable app needs", async () => {
    const manifest = await fetch(`${suite.url}/manifest.webmanifest`);
    expect(manifest.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    expect(await manifest.json()).toMatchObject({ lang: "ja", start_url: "/", display: "standalone" });
    const worker = await fetch(`${suite.url}/sw.js`);
    expect(worker.headers.get("content-type")).toMatch(/javascript/);
    expect(worker.headers.get("cache-control")).toBe("no-cache");
    const icon = await fetch(`${suite.url}/icon-192.png`);
    expect(icon.headers.get("content-type")).toBe("image/png");
  });
});
