import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server";
import { httpClient } from "../test/http-client";
import { axeViolations, h1, shotInto, useBrowserSuite } from "./browser";

// The public answer page as respondents meet it: on a phone at 375 px and on a desktop, with JavaScript OFF
// (the server renders the form and answers the POST), and once with it on to measure the one small script and
// see a double tap sent once.

const SHOTS = "/tmp/shots-answer";
const suite = useBrowserSuite(SHOTS);
const TITLE = "会場アンケート（E2E・スクリプトなし）";
const OPINION = "通院のための休暇を取りやすくしてほしいです。";

function tokyoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString("sv-SE", {
    timeZone: "Asia/Tokyo",
  });
}

let answerLink = "";
let surveyId = "";
let national: ReturnType<typeof httpClient>;

/** A published survey in 埼玉 with every kind of question, made through the API as the builder would. */
async function publishSurvey(): Promise<void> {
  national = httpClient({ url: suite.url } as RunningServer);
  await national.signIn();
  const region = (await national.query("region.bySlug", { slug: "saitama" })).body.result?.data as {
    id: string;
  };
  const created = (
    await national.mutate("survey.create", {
      regionId: region.id,
      title: TITLE,
      introduction: "次回のフォーラムづくりのため、3分ほどでお答えください。",
      opensOn: tokyoDate(-1),
      closesOn: tokyoDate(14),
      questions: [
        {
          kind: "single",
          label: "このフォーラムを何で知りましたか",
          required: true,
          options: [{ label: "チラシ" }, { label: "ホームページ" }, { label: "知人の紹介" }],
        },
        {
          kind: "multiple",
          label: "関心のあるテーマ",
          required: false,
          options: [{ label: "就労相談" }, { label: "職場定着" }, { label: "制度の周知" }],
        },
        { kind: "scale", label: "満足度", required: true, scaleMinLabel: "不満", scaleMaxLabel: "満足" },
        { kind: "shortText", label: "ご所属", required: false },
        { kind: "longText", label: "職場での配慮について、ご意見をお聞かせください", required: false },
      ],
    })
  ).body.result?.data as { id: string; version: number };
  const published = (await national.mutate("survey.publish", { id: created.id, version: created.version }))
    .body.result?.data as { answerUrl: string };
  surveyId = created.id;
  answerLink = published.answerUrl;
}

async function responseCount(): Promise<number> {
  const detail = (await national.query("survey.byId", { id: surveyId })).body.result?.data as
    | { responseCount: number }
    | undefined;
  return detail?.responseCount ?? -1;
}

const noScript = (width: number, height: number) =>
  suite.browser.newContext({ viewport: { width, height }, locale: "ja-JP", javaScriptEnabled: false });
const scrollWidth = (page: Page) => page.evaluate<number>("document.documentElement.scrollWidth");

/** Axe needs a script of its own: the same address opened in a JS-enabled context of the same size. */
async function axeOnSamePage(context: BrowserContext, html: string): Promise<void> {
  const viewport = context.pages()[0]?.viewportSize() ?? { width: 1280, height: 900 };
  const checker = await suite.browser.newContext({ viewport, locale: "ja-JP" });
  try {
    const page = await checker.newPage();
    await page.route("**/*", (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
    );
    await page.goto(answerLink);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await checker.close();
  }
}

describe("the answer page with JavaScript off", () => {
  it("is answered on a 375 px phone: purpose first, errors beside the fields, consent for free text, thanks", async () => {
    await publishSurvey();
    expect(answerLink).toMatch(/\/answer\/[A-Za-z0-9_-]{43}$/);
    const phone = await noScript(375, 812);
    try {
      const page = await phone.newPage();
      const response = await page.goto(answerLink);
      expect(response?.status()).toBe(200);
      await h1(page, TITLE);
      expect(await page.locator("html").getAttribute("lang")).toBe("ja");
      await page
        .getByRole("region", { name: "回答の利用目的" })
        .getByText(/要配慮個人情報/)
        .waitFor();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
      await shotInto(SHOTS, page, "answer-phone");
      await axeOnSamePage(phone, await page.content());

      // Sent empty: the server sends the form back with a summary that links to each required question.
      await page.getByRole("button", { name: "回答を送信する" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "送信できませんでした" });
      await summary.waitFor();
      expect(await summary.getByRole("link").allTextContents()).toEqual([
        "質問1: この質問は回答必須です。",
        "質問3: この質問は回答必須です。",
      ]);
      const source = page.getByRole("group", { name: /このフォーラムを何で知りましたか/ });
      expect(await source.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await source.getAttribute("aria-describedby")) ?? "";
      expect(await page.locator(`[id="${describedBy.split(" ")[0]}"]`).textContent()).toContain(
        "この質問は回答必須です。",
      );
      expect(await page.title()).toMatch(/^エラー: /);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
      await shotInto(SHOTS, page, "answer-phone-errors");
      await axeOnSamePage(phone, await page.content());
      await summary.getByRole("link", { name: /^質問1/ }).click();
      expect(new URL(page.url()).hash).toMatch(/^#q-/);

      // Free text without the consent box ticked: refused as a whole, everything typed kept.
      await source.getByRole("radio", { name: "ホームページ" }).check();
      await page
        .getByRole("group", { name: /満足度/ })
        .getByRole("radio", { name: /^5/ })
        .check();
      await page
        .getByRole("group", { name: /関心のあるテーマ/ })
        .getByRole("checkbox", { name: "職場定着" })
        .check();
      await page.getByRole("textbox", { name: /職場での配慮/ }).fill(OPINION);
      await page.getByRole("combobox", { name: /ご所属の種類/ }).selectOption({ label: "患者会" });
      await page.getByRole("button", { name: "回答を送信する" }).click();
      await summary.getByRole("link", { name: /^回答の利用目的への同意/ }).waitFor();
      expect(await page.getByRole("textbox", { name: /職場での配慮/ }).inputValue()).toBe(OPINION);
      expect(await page.getByRole("radio", { name: "ホームページ" }).isChecked()).toBe(true);
      await shotInto(SHOTS, page, "answer-phone-consent");
      await axeOnSamePage(phone, await page.content());

      await page.getByRole("checkbox", { name: /上記の利用目的に同意して/ }).check();
      await page.getByRole("button", { name: "回答を送信する" }).click();
      await page.getByRole("heading", { level: 2, name: "ご回答ありがとうございました" }).waitFor();
      expect(await page.locator(".receipt").textContent()).toBe("受付番号1");
      expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
      await shotInto(SHOTS, page, "answer-phone-thanks");
      await axeOnSamePage(phone, await page.content());
      expect(await responseCount()).toBe(1);
    } finally {
      await phone.close();
    }
  });

  it("is answered on a desktop with choices only (no consent needed)", async () => {
    const desktop = await noScript(1280, 900);
    try {
      const page = await desktop.newPage();
      await page.goto(answerLink);
      await h1(page, TITLE);
      await shotInto(SHOTS, page, "answer-desktop");
      await axeOnSamePage(desktop, await page.content());
      await page.getByRole("radio", { name: "チラシ" }).check();
      await page
        .getByRole("group", { name: /満足度/ })
        .getByRole("radio", { name: /^3/ })
        .check();
      await page.getByRole("button", { name: "回答を送信する" }).click();
      await page.getByRole("heading", { level: 2, name: "ご回答ありがとうございました" }).waitFor();
      expect(await page.locator(".receipt").textContent()).toBe("受付番号2");
      await shotInto(SHOTS, page, "answer-desktop-thanks");
      expect(await responseCount()).toBe(2);
    } finally {
      await desktop.close();
    }
  });
});

describe("the answer page with JavaScript on", () => {
  it("downloads only its own small script (≤ 60 KB gzip), and sends a double tap once", async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: "ja-JP",
    });
    try {
      const page = await context.newPage();
      const scripts: { url: string; bytes: Buffer }[] = [];
      page.on("response", async (response) => {
        if (response.request().resourceType() === "script") {
          scripts.push({ url: response.url(), bytes: await response.body() });
        }
      });
      let posts = 0;
      page.on("request", (request) => {
        if (request.method() === "POST") posts++;
      });
      await page.goto(answerLink, { waitUntil: "networkidle" });
      await h1(page, TITLE);
      await expect.poll(() => scripts.length, { timeout: 10_000 }).toBe(1);
      const raw = scripts.reduce((n, s) => n + s.bytes.length, 0);
      const gzip = scripts.reduce((n, s) => n + gzipSync(s.bytes, { level: 9 }).length, 0);
      console.log(
        `answer page JavaScript: ${scripts.length} file(s), ${raw} bytes raw, ${gzip} bytes gzip (goal ≤ 60 KB gzip)`,
      );
      expect(scripts[0]?.url).toMatch(/\/public\/answer-[0-9a-f]{12}\.js$/);
      expect(gzip).toBeLessThanOrEqual(60_000);

      await page.getByRole("radio", { name: "知人の紹介" }).check();
      await page
        .getByRole("group", { name: /満足度/ })
        .getByRole("radio", { name: /^4/ })
        .check();
      await page.getByRole("button", { name: "回答を送信する" }).dblclick();
      await page.getByRole("heading", { level: 2, name: "ご回答ありがとうございました" }).waitFor();
      expect(posts).toBe(1);
      expect(await page.locator(".receipt").textContent()).toBe("受付番号3");
      expect(await responseCount()).toBe(3);
    } finally {
      await context.close();
    }
  });
});
