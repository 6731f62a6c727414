import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "./http-client";
import { startTestServer, type TestServer } from "./test-server";

// The public answer page over plain HTTP, as a browser with JavaScript off sees it: a server-rendered form, a
// urlencoded POST, and the thank-you page or the form again with the answers kept and each problem beside its
// question.

let server: TestServer;
let national: ReturnType<typeof httpClient>;
beforeAll(async () => {
  server = await startTestServer("answer-page");
  national = httpClient(server);
  await national.signIn();
});
afterAll(async () => {
  await server?.close();
});

function tokyoDate(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
}

interface Survey {
  id: string;
  version: number;
  publicToken: string;
  questions: { id: string; kind: string; options: { id: string; label: string }[] }[];
}

const QUESTIONS = [
  {
    kind: "single",
    label: "このフォーラムを何で知りましたか",
    required: true,
    options: [{ label: "チラシ" }, { label: "ホームページ" }],
  },
  {
    kind: "multiple",
    label: "関心のあるテーマ",
    required: false,
    options: [{ label: "就労相談" }, { label: "職場定着" }, { label: "制度の周知" }],
  },
  { kind: "scale", label: "満足度", required: true, scaleMinLabel: "不満", scaleMaxLabel: "満足" },
  { kind: "shortText", label: "ご所属（任意）", required: false },
  { kind: "longText", label: "ご意見", required: false, help: "自由にお書きください。" },
];

async function newSurvey(publish = true): Promise<Survey> {
  const region = (await national.query("region.bySlug", { slug: "saitama" })).body.result?.data as {
    id: string;
  };
  const created = (
    await national.mutate("survey.create", {
      regionId: region.id,
      title: "会場アンケート（HTML）",
      introduction: "3分ほどでお答えください。",
      opensOn: tokyoDate(-1),
      closesOn: tokyoDate(14),
      questions: QUESTIONS,
    })
  ).body.result?.data as Survey;
  if (!publish) return created;
  const published = (await national.mutate("survey.publish", { id: created.id, version: created.version }))
    .body.result?.data as Survey;
  return published;
}

const page = (token: string) => fetch(`${server.url}/answer/${token}`);
const post = (token: string, fields: [string, string][], headers: Record<string, string> = {}) =>
  fetch(`${server.url}/answer/${token}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });

const keyOf = (body: string) => /name="idempotencyKey" value="([^"]+)"/.exec(body)?.[1] ?? "";

/** The form fields of a complete valid answer. */
function validFields(s: Survey, key: string, extra: [string, string][] = []): [string, string][] {
  const [single, multiple, scale, short, long] = s.questions;
  if (!single || !multiple || !scale || !short || !long) throw new Error("five questions");
  return [
    ["idempotencyKey", key],
    ["respondentOrganizationType", "patient_group"],
    [`q-${single.id}`, single.options[1]?.id ?? ""],
    [`q-${multiple.id}`, multiple.options[0]?.id ?? ""],
    [`q-${multiple.id}`, multiple.options[2]?.id ?? ""],
    [`q-${scale.id}`, "4"],
    [`q-${short.id}`, "患者会"],
    [`q-${long.id}`, "通院のための休暇を取りやすくしてほしいです。"],
    ["textConsent", "yes"],
    ...extra,
  ];
}

async function responseCount(id: string): Promise<number> {
  const detail = (await national.query("survey.byId", { id })).body.result?.data as { responseCount: number };
  return detail.responseCount;
}

describe("the answer page without JavaScript", () => {
  it("renders every question type as a plain HTML form, with required markers, purpose of use and consent", async () => {
    const s = await newSurvey();
    const res = await page(s.publicToken);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-robots-tag")).toBe("noindex");
    // The secret link is never sent to another site; our own form still carries its real Origin.
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    const body = await res.text();
    expect(body).toContain('<html lang="ja">');
    expect(body).toContain("<h1>会場アンケート（HTML）</h1>");
    expect(body).toMatch(/<form method="post" action="\/answer\/[A-Za-z0-9_-]+" novalidate/);
    expect(keyOf(body)).toMatch(/^[0-9a-f-]{36}$/);
    // The purpose of use (the standard text for a new survey) comes before the consent box and every question.
    const purpose = body.indexOf("回答の利用目的");
    expect(purpose).toBeGreaterThan(0);
    expect(body).toContain("要配慮個人情報");
    expect(body.indexOf('name="textConsent"')).toBeGreaterThan(purpose);
    expect(body.indexOf('name="textConsent"')).toBeLessThan(body.indexOf("質問1"));
    const [single, multiple, scale, short, long] = s.questions;
    expect(body).toContain(`type="radio" id="q-${single?.id}-${single?.options[0]?.id}"`);
    expect(body).toContain(`type="checkbox" id="q-${multiple?.id}-${multiple?.options[2]?.id}"`);
    for (const point of [1, 2, 3, 4, 5]) expect(body).toContain(`id="q-${scale?.id}-${point}"`);
    expect(body).toContain(`<input type="text" id="q-${short?.id}-input"`);
    expect(body).toContain(`<textarea id="q-${long?.id}-input"`);
    expect(body).toContain('<select id="organization-type" name="respondentOrganizationType"');
    expect(body.match(/class="required">必須</g)).toHaveLength(2);
    expect(body.match(/class="optional">任意</g)?.length).toBe(4);
    // The only script is the page's own small one; no dashboard bundle.
    const scripts = [...body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const script = await fetch(`${server.url}${scripts[0]}`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await script.text()).length).toBeLessThan(2000);
    expect(body).not.toContain("/assets/");
    // Every render gets its own idempotency key.
    expect(keyOf(await (await page(s.publicToken)).text())).not.toBe(keyOf(body));
  });

  it("stores a valid answer (tallies move), thanks with the 受付番号, and stores a resent form once", async () => {
    const s = await newSurvey();
    const key = keyOf(await (await page(s.publicToken)).text());
    const res = await post(s.publicToken, validFields(s, key));
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain("ご回答ありがとうございました");
    expect(body).toMatch(/<dt>受付番号<\/dt><dd>1<\/dd>/);
    expect(await responseCount(s.id)).toBe(1);
    const results = (await national.query("survey.results", { id: s.id })).body.result?.data as {
      questions: { choices?: { label: string; count: number }[] }[];
    };
    expect(results.questions[0]?.choices?.find((c) => c.label === "ホームページ")?.count).toBe(1);
    // Stored with the consent given, never tied to the account of the browser.
    const stored = await server.database.db
      .selectFrom("surveyResponse")
      .select(["textConsent", "respondentOrganizationType"])
      .where("surveyId", "=", s.id)
      .execute();
    expect(stored).toEqual([{ textConsent: true, respondentOrganizationType: "patient_group" }]);

    // A reload of the thank-you page (the browser sends the same form again) is stored once.
    const again = await post(s.publicToken, validFields(s, key));
    expect(again.status).toBe(200);
    const againBody = await again.text();
    expect(againBody).toContain("この回答は既に受け付けています");
    expect(againBody).toMatch(/<dd>1<\/dd>/);
    expect(await responseCount(s.id)).toBe(1);
  });

  it("shows the form again with the answers kept and each error beside its question, summarised with links", async () => {
    const s = await newSurvey();
    const [single, multiple, , short] = s.questions;
    const key = keyOf(await (await page(s.publicToken)).text());
    const res = await post(s.publicToken, [
      ["idempotencyKey", key],
      [`q-${multiple?.id}`, multiple?.options[1]?.id ?? ""],
      [`q-${short?.id}`, "一行目"],
      ["textConsent", "yes"],
    ]);
    expect(res.status).toBe(422);
    const body = await res.text();
    expect(body).toContain("<title>エラー: 会場アンケート（HTML）");
    expect(body).toContain("送信できませんでした。次の2件をご確認ください。");
    expect(body).toContain(
      `<a href="#q-${single?.id}-${single?.options[0]?.id}">質問1: この質問は回答必須です。</a>`,
    );
    expect(body).toContain(`<a href="#q-${s.questions[2]?.id}-1">質問3: この質問は回答必須です。</a>`);
    // The message is tied to its group, which is marked invalid.
    expect(body).toContain(
      `<fieldset id="q-${single?.id}" class="question invalid" aria-describedby="q-${single?.id}-error" aria-invalid="true">`,
    );
    expect(body).toMatch(new RegExp(`id="q-${single?.id}-error" class="error">.*この質問は回答必須です。`));
    // What was entered is still there, and the same key is kept for the next try.
    expect(body).toContain(`value="${multiple?.options[1]?.id}" checked`);
    expect(body).toContain('value="一行目"');
    expect(body).toMatch(/id="consent-input" name="textConsent" value="yes" checked/);
    expect(keyOf(body)).toBe(key);
    expect(await responseCount(s.id)).toBe(0);

    // Tampered values are refused with a message too, never a 500.
    const tampered = await post(s.publicToken, [
      ["idempotencyKey", "not-a-key"],
      [`q-${single?.id}`, "no-such-option"],
      [`q-${s.questions[2]?.id}`, "9"],
      ["respondentOrganizationType", "alien"],
      [`q-${short?.id}`, "a".repeat(300)],
      ["textConsent", "yes"],
    ]);
    expect(tampered.status).toBe(422);
    const tamperedBody = await tampered.text();
    expect(tamperedBody).toContain("選択肢の中から選んでください。");
    expect(tamperedBody).toContain("1から5の中から選んでください。");
    expect(tamperedBody).toContain("ご所属の種類: 一覧の中から選んでください。");
    expect(tamperedBody).toContain("200文字以内で入力してください（現在300文字）。");
    expect(keyOf(tamperedBody)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses free text without consent (the whole form, text kept), and takes choices alone without it", async () => {
    const s = await newSurvey();
    const [, , , , long] = s.questions;
    const key = keyOf(await (await page(s.publicToken)).text());
    const withoutConsent = validFields(s, key).filter(([name]) => name !== "textConsent");
    const refused = await post(s.publicToken, withoutConsent);
    expect(refused.status).toBe(422);
    const body = await refused.text();
    expect(body).toContain('<a href="#consent-input">回答の利用目的への同意: 自由記述に回答するには');
    expect(body).toContain(
      `<a href="#q-${long?.id}-input">質問5: 利用目的への同意がないため、この自由記述は受け付けられません。`,
    );
    expect(body).toContain("通院のための休暇を取りやすくしてほしいです。</textarea>");
    expect(await responseCount(s.id)).toBe(0);

    const choicesOnly = withoutConsent.filter(
      ([name]) => name !== `q-${long?.id}` && name !== `q-${s.questions[3]?.id}`,
    );
    const stored = await post(s.publicToken, choicesOnly);
    expect(stored.status).toBe(200);
    expect(await responseCount(s.id)).toBe(1);
    const row = await server.database.db
      .selectFrom("surveyResponse")
      .select("textConsent")
      .where("surveyId", "=", s.id)
      .executeTakeFirstOrThrow();
    expect(row.textConsent).toBe(false);
  });

  it("counts answers against the same limits as the tRPC submit: past them 429 with the form kept", async () => {
    const s = await newSurvey();
    const firstKey = randomUUID();
    expect((await post(s.publicToken, validFields(s, firstKey))).status).toBe(200);
    // This client has used up its allowance on the link (500 in 10 minutes).
    await server.database.db
      .updateTable("rateLimit")
      .set({ hits: 10_000 })
      .where("key", "like", "answer:client:%")
      .execute();
    const limited = await post(s.publicToken, validFields(s, randomUUID()));
    expect(limited.status).toBe(429);
    const body = await limited.text();
    expect(body).toMatch(/送信が多すぎます。\d+分ほど待ってから/);
    expect(body).toContain("通院のための休暇を取りやすくしてほしいです。</textarea>");
    // The form it already sent is still answered from what is stored.
    const again = await post(s.publicToken, validFields(s, firstKey));
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("この回答は既に受け付けています");
    expect(await responseCount(s.id)).toBe(1);
    await server.database.db.deleteFrom("rateLimit").where("key", "like", "answer:%").execute();
  });

  it("says clearly when the survey takes no answers: closed 410, draft, unknown or deleted 404", async () => {
    const s = await newSurvey();
    const key = keyOf(await (await page(s.publicToken)).text());
    await national.mutate("survey.close", { id: s.id, version: s.version });
    const closed = await page(s.publicToken);
    expect(closed.status).toBe(410);
    const closedBody = await closed.text();
    expect(closedBody).toContain("このアンケートの回答受付は終了しました。");
    expect(closedBody).not.toContain("<form");
    // A form left open on a phone and sent after the close is told the same, nothing stored.
    const late = await post(s.publicToken, validFields(s, key));
    expect(late.status).toBe(410);
    expect(await responseCount(s.id)).toBe(0);

    const draft = await newSurvey(false);
    expect((await page(draft.publicToken)).status).toBe(404);
    const unknown = await page("x".repeat(43));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("アンケートが見つかりません");
    expect((await post("x".repeat(43), [["idempotencyKey", randomUUID()]])).status).toBe(404);
    expect((await page("bad token!")).status).toBe(404);

    const removed = await newSurvey();
    await national.mutate("survey.delete", { id: removed.id, version: removed.version });
    expect((await page(removed.publicToken)).status).toBe(404);
    // The QR code still leads to a live page only.
    expect((await fetch(`${server.url}/answer/${s.publicToken}/qr.svg`)).status).toBe(200);
    expect((await fetch(`${server.url}/answer/${removed.publicToken}/qr.svg`)).status).toBe(404);
  });

  it("refuses a form posted from another site", async () => {
    const s = await newSurvey();
    const res = await post(s.publicToken, validFields(s, randomUUID()), {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(res.status).toBe(403);
    expect(await responseCount(s.id)).toBe(0);
  });
});
