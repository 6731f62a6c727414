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
import { tableFaults } from "./table-faults";

// The tables a walk through the screens does not reach (phone-tables.test.ts): an import's preview and its
// rejected lines, the audit log once something changed, a milestone row with its form. At 375 px each is a
// list of cards, nothing scrolls sideways, and axe finds nothing; then the same on a desktop.
const SHOTS = "/tmp/phone-shots";
const suite = useBrowserSuite(SHOTS);

async function check(page: Page, name: string): Promise<void> {
  await expectFitsWidth(page, 375);
  await expect.poll(() => tableFaults(page), { timeout: 10_000 }).toEqual([]);
  await shotInto(SHOTS, page, `${name}-375`);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  try {
    await expectFitsWidth(page, 1280);
    await shotInto(SHOTS, page, `${name}-1280`);
    await expectNoAxeViolations(page);
  } finally {
    await page.setViewportSize({ width: 375, height: 812 });
  }
}

async function asNational(run: (page: Page) => Promise<void>): Promise<void> {
  const context = await phoneContext(suite.browser);
  try {
    const page = await context.newPage();
    await signIn(page, suite.url);
    await run(page);
  } finally {
    await context.close();
  }
}

const csv = (text: string) => ({
  name: "lines.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${text}\r\n`),
});

describe("tables in the states a crawl misses, at 375 px", () => {
  it("the organization import's preview: the lines to add and the lines refused, with reasons", () =>
    asNational(async (page) => {
      await page.goto(`${suite.url}/regions/saitama/organizations/import`);
      await h1(page, "埼玉県の団体をCSVから取り込む");
      await page
        .getByLabel(/CSVファイル/)
        .setInputFiles(
          csv(
            [
              "名称,フリガナ,種別,都道府県,メモ",
              "さいたま就労応援ネット,サイタマシュウロウオウエンネット,NPO,埼玉県,",
              "宇宙就労研究所,ウチュウシュウロウケンキュウジョ,宇宙機関,埼玉県,",
            ].join("\r\n"),
          ),
        );
      await page.getByRole("button", { name: "内容を確認する" }).click();
      await page.getByRole("heading", { name: "登録されない行 (1件)" }).waitFor();
      await check(page, "state-organization-import");
    }));

  it("the registrations import's refused lines and its before/after counts", () =>
    asNational(async (page) => {
      await page.goto(`${suite.url}/regions/saitama/forum/capacity`);
      await h1(page, "埼玉県の定員・申込数");
      const file = page.getByLabel(/^CSVファイル/);
      await file.setInputFiles(csv("申込日,参加形態\n2026-11-01,会場\n,会場\n2026-11-31,オンライン"));
      await page.getByRole("button", { name: "内容を確認する" }).click();
      const preview = page.getByRole("region", { name: "取り込む内容の確認" });
      await preview.getByRole("table", { name: "読み取れない行と理由" }).waitFor();
      await preview.getByRole("table", { name: "申込数の比較" }).waitFor();
      await check(page, "state-forum-import");
    }));

  it(
    "a milestone shifted on the region page, then the audit log with the change's before and after",
    () =>
      asNational(async (page) => {
        await page.goto(`${suite.url}/regions/shutoken`);
        const milestones = page.getByRole("table", { name: "現在のフォーラムのマイルストーン" });
        const shift = milestones.getByRole("spinbutton").first();
        await shift.fill("3");
        await milestones.getByRole("button", { name: /保存/ }).first().click();
        await page
          .getByText(/を更新しました。/)
          .first()
          .waitFor();
        await check(page, "state-region-milestones");

        await page.goto(`${suite.url}/audit`);
        await h1(page, "監査ログ");
        await page
          .getByText(/^変更内容（\d+項目）$/)
          .first()
          .click();
        await page.locator(".changes-table").first().waitFor();
        await check(page, "state-audit-changes");
      }),
    180_000,
  );
});
