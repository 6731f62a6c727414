import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatDate, todayInTokyo } from "@kyoso/domain";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectFitsWidth,
  expectNoAxeViolations,
  recordProcedures,
  shotInto,
  signedInPage,
  useBrowserSuite,
} from "./browser";

// Print views: each is rendered to an A4 PDF by Chromium, as "Save as PDF" does, and the PDF's text is read
// back with poppler's pdftotext (installed beside Chromium by scripts/ensure-chromium.mjs and .ci/run).

const SHOTS = "/tmp/shots-print";
const suite = useBrowserSuite(SHOTS);
const PRINTED_ON = `印刷日: ${formatDate(todayInTokyo(new Date()))}`;

const DECISION = "会場は浦和コミュニティセンターで仮押さえする";
const MINUTES = "会場候補を3か所見学した結果を共有した";
const ACTION = "チラシの文案を作る";
const PRIVATE_TITLE = "ヒアリングの記録（内部メモ）";
const PRIVATE_BODY = "就労中に通院の配慮が得られず退職した事例を伺った";

const pdftotext = process.env.PDFTOTEXT_PATH ?? "/usr/bin/pdftotext";

/** The page as an A4 PDF (print media, backgrounds on), its text read back; whitespace dropped for matching. */
async function printToText(page: Page, name: string): Promise<string> {
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  const dir = await mkdtemp(path.join(tmpdir(), "kyoso-print-"));
  const file = path.join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  await writeFile(path.join(SHOTS, `${name}.pdf`), pdf);
  const text = execFileSync(pdftotext, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return text.replace(/\s+/g, "");
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** Waits until the print view says everything is drawn, checks its button, and shoots it as printed. */
async function openedPrintView(page: Page, name: string): Promise<void> {
  await page.locator('[data-print-ready="true"]').waitFor({ timeout: 15_000 });
  const button = page.getByRole("button", { name: "印刷する" });
  await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
  await page.emulateMedia({ media: "print" });
  expect(await button.isVisible()).toBe(false);
  await shotInto(SHOTS, page, `${name}-print-media`);
  // Back to the page's own media: page.pdf() then prints with the print stylesheet, as the browser does.
  await page.emulateMedia({ media: null });
  expect(await button.isVisible()).toBe(true);
}

/** axe on the print view at desktop width and at 375 px, with a screenshot of each. */
async function checkAxe(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page);
  await shotInto(SHOTS, page, `${name}-desktop`);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoAxeViolations(page);
  await expectFitsWidth(page, 375);
  await shotInto(SHOTS, page, `${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A tRPC call made from the signed-in page, as the app makes it (same origin, session cookie). */
async function call<T>(page: Page, procedure: string, input: unknown, mutation = false): Promise<T> {
  return page.evaluate(
    async ({ procedure, input, mutation }) => {
      const response = mutation
        ? await fetch(`/trpc/${procedure}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(input),
          })
        : await fetch(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
      const body = (await response.json()) as { result: { data: unknown } };
      if (!response.ok) throw new Error(`${procedure}: ${JSON.stringify(body)}`);
      return body.result.data;
    },
    { procedure, input, mutation },
  ) as Promise<T>;
}

async function withPage(email: string, start: string, run: (page: Page) => Promise<void>): Promise<void> {
  let context: BrowserContext | undefined;
  try {
    const signed = await signedInPage(suite.browser, `${suite.url}${start}`, email);
    context = signed.context;
    await run(signed.page);
  } finally {
    await context?.close();
  }
}

describe("print views", () => {
  let meetingId = "";

  it("prints a meeting's minutes with its decisions and action items, from the meeting's 「印刷 / PDF」", async () => {
    await withPage("saitama@kyoso.example", "/regions/saitama/meetings", async (page) => {
      const region = await call<{ id: string }>(page, "region.summary", { slug: "saitama" });
      const meeting = await call<{ id: string }>(
        page,
        "meeting.create",
        {
          regionId: region.id,
          kind: "committee",
          heldOn: "2026-11-20",
          startTime: "14:00",
          endTime: "15:30",
          title: "第2回 実行委員会",
          place: "埼玉県難病相談支援センター",
          attendees: "実行委員4名",
          agenda: "会場と広報の進め方",
          minutes: `## 会場\n\n${MINUTES}。\n\n- 駅からの近さ\n- 車いすでの入りやすさ`,
          decisions: DECISION,
          actionItems: [{ title: ACTION, dueOn: "2026-12-10" }],
        },
        true,
      );
      meetingId = meeting.id;
      await page.goto(`${suite.url}/regions/saitama/meetings/${meetingId}`);
      await page.getByRole("link", { name: "印刷 / PDF" }).click();
      await page.waitForURL(`**/print/regions/saitama/meetings/${meetingId}`);
      await page.getByRole("heading", { level: 1, name: "会議録: 第2回 実行委員会" }).waitFor();
      await openedPrintView(page, "meeting");

      const text = await printToText(page, "meeting");
      for (const expected of [
        "会議録:第2回実行委員会",
        "埼玉県",
        PRINTED_ON,
        "2026年11月20日(金)",
        DECISION,
        MINUTES,
        ACTION,
        "2026年12月10日(木)",
        "実行委員4名",
      ])
        expect(text).toContain(squeeze(expected));
      expect(text).not.toContain("元の画面に戻る");
      expect(text).not.toContain("印刷する");
      await checkAxe(page, "meeting");
    });
  });

  it("prints the forum program with its speakers, from the program page's 「印刷 / PDF」", async () => {
    await withPage("saitama@kyoso.example", "/regions/saitama/forum", async (page) => {
      await page.getByRole("link", { name: "印刷 / PDF" }).click();
      await page.waitForURL("**/print/forums/saitama/2026/program");
      await openedPrintView(page, "program");
      const text = await printToText(page, "program");
      for (const expected of [
        "SAITAMA2026",
        "プログラム",
        "2026年2月21日(土)",
        "朝日雅也",
        "埼玉県立大学",
        "大竹祐貴",
        "JEED障害者職業総合センター",
        "難病患者の就労支援についての現状と課題",
        PRINTED_ON,
      ])
        expect(text).toContain(squeeze(expected));
      await checkAxe(page, "program");
    });
  });

  it("prints the region report with timeline, co-hosts and milestones; free text only when asked for", async () => {
    await withPage("saitama@kyoso.example", "/regions/saitama", async (page) => {
      const region = await call<{ id: string }>(page, "region.summary", { slug: "saitama" });
      await call(
        page,
        "timeline.createNote",
        {
          regionId: region.id,
          occurredOn: { date: "2026-11-25", precision: "day" },
          title: PRIVATE_TITLE,
          body: PRIVATE_BODY,
          isPublic: false,
        },
        true,
      );
      await page.goto(`${suite.url}/regions/saitama`);
      await page.getByRole("link", { name: "印刷 / PDF" }).click();
      await page.waitForURL("**/print/regions/saitama/report**");
      await page.goto(`${suite.url}/print/regions/saitama/report?year=2026`);
      await openedPrintView(page, "report");
      const text = await printToText(page, "report");
      for (const expected of [
        "埼玉県準備状況報告",
        PRINTED_ON,
        "マイルストーン",
        "共催・後援・協力",
        "埼玉県難病相談支援センター",
        "正式決定",
        "タイムライン",
        "難病相談支援センターとの共催となる都道府県が今回含まれています",
        PRIVATE_TITLE,
      ])
        expect(text).toContain(squeeze(expected));
      // Free text is left out until asked for, even for a reader who may read it.
      expect(text).not.toContain(squeeze(PRIVATE_BODY));
      expect(text).not.toContain(squeeze("自由記述（ヒアリングの結果、議事録、メモ、次の一手）を含める"));

      await page.getByRole("checkbox", { name: /自由記述/ }).check();
      await page.waitForURL("**notes=true**");
      await page.getByText(PRIVATE_BODY).waitFor();
      await openedPrintView(page, "report-notes");
      const withNotes = await printToText(page, "report-notes");
      expect(withNotes).toContain(squeeze(PRIVATE_BODY));
      await checkAxe(page, "report");
    });
  });

  it("gives a partner a report without the timeline, the co-host talks or any free text", async () => {
    await withPage("partner@kyoso.example", "/regions/saitama", async (page) => {
      const called = recordProcedures(page);
      await page.getByRole("link", { name: "印刷 / PDF" }).click();
      await page.waitForURL("**/print/regions/saitama/report**");
      await openedPrintView(page, "report-partner");
      // Even asking for free text in the address gives nothing more.
      await page.goto(`${suite.url}/print/regions/saitama/report?notes=true`);
      await openedPrintView(page, "report-partner");
      const text = await printToText(page, "report-partner");
      for (const expected of ["埼玉県準備状況報告", "SAITAMA2026", "マイルストーン", PRINTED_ON])
        expect(text).toContain(squeeze(expected));
      expect(text).toContain(squeeze("この地域の実行委員と全体の実行チームだけが見られる"));
      for (const hidden of [
        PRIVATE_TITLE,
        PRIVATE_BODY,
        DECISION,
        "難病相談支援センターとの共催となる都道府県が今回含まれています",
        "共催で正式決定",
      ])
        expect(text).not.toContain(squeeze(hidden));
      expect(await page.getByRole("checkbox").count()).toBe(0);
      // The report asks only what the partner may already read: no refusal to hide behind.
      expect(called).not.toContain("region.bySlug");
      expect(called).not.toContain("agreement.forRegion");
      expect(called).not.toContain("timeline.list");
      await checkAxe(page, "report-partner");
    });
  });

  it("prints a survey's results with their charts drawn, from the results page's 「印刷 / PDF」", async () => {
    await withPage("saitama@kyoso.example", "/regions/saitama/surveys", async (page) => {
      const surveys = await call<{ id: string; title: string }[]>(page, "survey.forRegion", {
        slug: "saitama",
      });
      const survey = surveys.find((s) => s.title === "フォーラム参加者アンケート");
      if (!survey) throw new Error("the demo's participant survey is missing");
      await page.goto(`${suite.url}/regions/saitama/surveys/${survey.id}/results`);
      await page.getByRole("link", { name: "印刷 / PDF" }).click();
      await page.waitForURL("**/print/regions/saitama/surveys/*/results");
      await openedPrintView(page, "survey");
      const charts = page.locator(".print-chart svg.recharts-surface");
      await expect.poll(() => charts.count(), { timeout: 10_000 }).toBeGreaterThan(1);
      // Every chart has its bars before anything is printed.
      const bars = await page
        .locator(".print-chart")
        .evaluateAll((nodes) => nodes.map((n) => n.querySelectorAll(".recharts-bar-rectangle").length));
      expect(bars.every((n) => n > 0)).toBe(true);
      const text = await printToText(page, "survey");
      for (const expected of [
        "アンケート結果:フォーラム参加者アンケート",
        "参加方法",
        "ご自身の立場",
        "印象に残ったプログラム",
        "会場",
        "オンライン",
        PRINTED_ON,
      ])
        expect(text).toContain(squeeze(expected));
      await checkAxe(page, "survey");
    });
  });

  it("shows the sign-in form at a print address when signed out", async () => {
    const context = await suite.browser.newContext({ locale: "ja-JP" });
    try {
      const page = await context.newPage();
      await page.goto(`${suite.url}/print/regions/saitama/report`);
      await page.getByRole("button", { name: "サインイン" }).waitFor();
      expect(await page.locator("[data-print-ready]").count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
