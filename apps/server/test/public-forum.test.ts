import { addDays, fiscalYear, todayInTokyo } from "@kyoso/domain";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "./http-client";
import { decodeQrSvg } from "./qr-decode";
import { startTestServer, type TestServer } from "./test-server";

// The public forum page and the feeds over HTTP, on a real server with the demo data. Distinctive strings are
// written where the public must never see them, then searched for in everything the public can fetch.

let server: TestServer;

const SECRET = {
  draft: "DRAFT-ANNOUNCEMENT-7f3a",
  unpublished: "WAS-PUBLISHED-ONCE-2b9c",
  note: "PRIVATE-NOTE-91c2",
  minutes: "MEETING-MINUTES-5d8e",
  hiddenEntry: "MADE-PRIVATE-AGAIN-44e1",
  retrospective: "RETROSPECTIVE-NOTE-c0de",
  capacity: "9137",
};
const HOSTILE_TITLE = `<script>alert("kyoso")</script> & 'quotes'`;

beforeAll(async () => {
  server = await startTestServer("public", { onPostgres: true });
  await writeThingsThePublicMustNotSee();
});

afterAll(async () => {
  await server?.close();
});

async function ok<T>(reply: Promise<{ status: number; body: { result?: { data: unknown } } }>): Promise<T> {
  const { status, body } = await reply;
  if (status !== 200) throw new Error(`call failed: ${status} ${JSON.stringify(body)}`);
  return body.result?.data as T;
}

async function writeThingsThePublicMustNotSee(): Promise<void> {
  const client = httpClient(server);
  await client.signIn();
  const region = await ok<{ id: string; currentEdition: { id: string; version: number } }>(
    client.query("region.bySlug", { slug: "saitama" }),
  );
  const editionId = region.currentEdition.id;
  const announce = (title: string) =>
    ok<{ id: string; version: number }>(
      client.mutate("announcement.create", {
        editionId,
        announcedOn: "2026-02-01",
        title,
        body: `${title} の本文`,
      }),
    );
  await announce(SECRET.draft);
  const once = await announce(SECRET.unpublished);
  const published = await ok<{ version: number }>(
    client.mutate("announcement.publish", { id: once.id, version: 1 }),
  );
  await ok(client.mutate("announcement.unpublish", { id: once.id, version: published.version }));
  const hostile = await announce(HOSTILE_TITLE);
  await ok(client.mutate("announcement.publish", { id: hostile.id, version: hostile.version }));

  await ok(
    client.mutate("timeline.createNote", {
      regionId: region.id,
      occurredOn: { date: "2026-02-10", precision: "day" },
      title: SECRET.note,
      body: `${SECRET.note} の本文`,
    }),
  );
  const entry = await ok<{ id: string }>(
    client.mutate("timeline.createNote", {
      regionId: region.id,
      occurredOn: { date: "2026-02-11", precision: "day" },
      title: SECRET.hiddenEntry,
      isPublic: true,
    }),
  );
  await ok(client.mutate("timeline.setPublic", { id: entry.id, isPublic: false }));
  // A public meeting: its title and decisions are public by choice, its minutes never are.
  await ok(
    client.mutate("meeting.create", {
      regionId: region.id,
      editionId,
      kind: "committee",
      heldOn: "2026-12-05",
      startTime: "14:00",
      endTime: "15:30",
      title: "埼玉 実行委員会（公開）",
      place: "さいたま市内",
      minutes: SECRET.minutes,
      decisions: "次回は1月に開催",
      isPublic: true,
    }),
  );
  await ok(
    client.mutate("retrospective.save", {
      editionId,
      version: null,
      venueAttendance: Number(SECRET.capacity),
      notes: SECRET.retrospective,
    }),
  );
}

const get = (pathname: string) => fetch(`${server.url}${pathname}`);

function expectNoSecrets(text: string) {
  for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
}

describe("the public forum page", () => {
  it("shows only what was published, escaped, with its metadata", async () => {
    const res = await get("/forums/saitama/2026");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await res.text();
    expectNoSecrets(page);
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain(
      "<title>難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026｜2026年2月21日(土)開催</title>",
    );
    expect(page).toContain(`<link rel="canonical" href="${server.url}/forums/saitama/2026">`);
    expect(page).toContain('<meta property="og:title"');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain(`href="${server.url}/feeds/regions/saitama/atom.xml"`);
    // Held months ago: the page says so, and the full-venue banner no longer tops it.
    expect(page).toContain("このフォーラムは2026年2月21日(土)に開催しました。");
    expect(page).not.toContain("からは、オンラインでのご参加のみ受付となります。");
    expect(page).toContain("朝日雅也");
    // The hostile title is text, not markup.
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;alert(&quot;kyoso&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
    // The public meeting's decisions are there (the committee chose to publish it), its minutes are not.
    expect(page).toContain("埼玉 実行委員会（公開）");
  });

  it("lists announcements newest first, and the retrospective stage keeps the page public", async () => {
    const page = await (await get("/forums/saitama/2026")).text();
    const at = (text: string) => page.indexOf(text);
    expect(at("&lt;script&gt;")).toBeGreaterThan(0);
    expect(at("&lt;script&gt;")).toBeLessThan(at("当日会場参加枠は、定員となりました"));
    expect(at("当日会場参加枠は、定員となりました")).toBeLessThan(at("基調講演のテーマが決まりました"));
  });

  it("carries the forum as a schema.org Event in JSON-LD, with links on PUBLIC_URL", async () => {
    const page = await (await get("/forums/saitama/2026")).text();
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const event = JSON.parse(blocks[0]?.[1] ?? "") as Record<string, unknown>;
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026",
      url: `${server.url}/forums/saitama/2026`,
      // The demo's sessions have no times: the forum day alone.
      startDate: "2026-02-21",
      endDate: "2026-02-21",
      eventStatus: "https://schema.org/EventScheduled",
      // The venue filled on 1/27: from then on one could only take part online.
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: [{ "@type": "VirtualLocation", url: `${server.url}/forums/saitama/2026` }],
      organizer: {
        "@type": "Organization",
        name: "埼玉県 フォーラム実行委員会",
        url: `${server.url}/forums/saitama`,
      },
    });
    expect((event.performer as { name: string }[]).map((p) => p.name)).toEqual(["朝日雅也", "大竹祐貴"]);
    expectNoSecrets(JSON.stringify(event));
  });

  it("gives a region still preparing its forum a page with its public log only, from its first public entry", async () => {
    const res = await get("/forums/shutoken/2026");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("<h1>首都圏 難病・慢性疾患就労支援ネットワークフォーラム2026</h1>");
    expect(page).toContain("開催に向けて");
    expect(page).toContain("フォーラム準備の記録");
    // No program, announcements or Event before 開催決定.
    expect(page).not.toContain("application/ld+json");
    expect(page).not.toContain('id="program"');
    expect(page).not.toContain('id="announcements"');
    const redirect = await fetch(`${server.url}/forums/shutoken`, { redirect: "manual" });
    expect(redirect.headers.get("location")).toBe("/forums/shutoken/2026");
  });

  it("answers 404 in Japanese for an unknown edition, an edition not yet public, and a bad address", async () => {
    for (const pathname of ["/forums/saitama/2031", "/forums/nowhere/2026", "/forums/x/y/z"]) {
      const res = await get(pathname);
      expect(res.status, pathname).toBe(404);
      expect(await res.text()).toContain("ページが見つかりません");
    }
  });

  it("shows an edition decided but not yet announced without its program, and with it once announced", async () => {
    const client = httpClient(server);
    await client.signIn();
    const edition = (
      await ok<{ currentEdition: { id: string; version: number } }>(
        client.query("region.bySlug", { slug: "fukuoka" }),
      )
    ).currentEdition;
    await ok(
      client.mutate("program.createSession", {
        editionId: edition.id,
        kind: "keynote",
        title: "PROGRAM-NOT-YET-6a1f",
      }),
    );
    const before = await (await get("/forums/fukuoka/2027")).text();
    expect(before).toContain("FUKUOKA2027");
    expect(before).not.toContain("PROGRAM-NOT-YET-6a1f");
    await ok(
      client.mutate("forumEdition.update", { id: edition.id, version: edition.version, stage: "announced" }),
    );
    expect(await (await get("/forums/fukuoka/2027")).text()).toContain("PROGRAM-NOT-YET-6a1f");
  });

  it("sends /forums/:region to its newest public edition", async () => {
    const res = await fetch(`${server.url}/forums/saitama`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/forums/saitama/2026");
  });
});

describe("the national page and feed", () => {
  it("lists upcoming forums (and those being prepared) before past ones, each linking to its page", async () => {
    const res = await get("/forums");
    expect(res.status).toBe(200);
    const page = await res.text();
    expectNoSecrets(page);
    const upcoming = page.slice(page.indexOf('id="upcoming"'), page.indexOf('id="past"'));
    const past = page.slice(page.indexOf('id="past"'));
    expect(upcoming).toContain('href="/forums/shutoken/2026"');
    expect(upcoming).toContain("開催に向けて準備中");
    expect(upcoming).toContain('href="/forums/fukuoka/2027"');
    expect(past).toContain('href="/forums/saitama/2026"');
    expect(past).toContain("2026年2月21日(土)");
    expect(page).toContain(`href="${server.url}/feeds/atom.xml"`);
  });

  it("gives every region's published entries in one valid Atom feed, each title naming its region", async () => {
    const res = await get("/feeds/atom.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expectNoSecrets(xml);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as {
      feed: { id: string; entry: { id: string; title: { "#text": string }; link: { "@href": string } }[] };
    };
    expect(parsed.feed.id).toBe(`${server.url}/feeds/atom.xml`);
    const titles = parsed.feed.entry.map((e) => e.title["#text"]);
    expect(titles).toContain(`【埼玉県】${HOSTILE_TITLE}`);
    expect(titles.some((t) => t.startsWith("【首都圏】"))).toBe(true);
    expect(new Set(parsed.feed.entry.map((e) => e.id)).size).toBe(parsed.feed.entry.length);
    for (const entry of parsed.feed.entry)
      expect(entry.link["@href"].startsWith(`${server.url}/forums/`)).toBe(true);
  });

  it("shows a region's page from its first public entry, and no longer once that entry is deleted", async () => {
    const client = httpClient(server);
    await client.signIn();
    // MIYAGI is at 打診・説明 with no public entry; KOCHI's forum was postponed (見送り), which withdraws it.
    const regionId = async (slug: string) =>
      (await ok<{ id: string }>(client.query("region.bySlug", { slug }))).id;
    const [miyagi, kochi] = [await regionId("miyagi"), await regionId("kochi")];
    const listed = async () => (await (await get("/forums")).text()).includes("/forums/miyagi/2027");
    expect((await get("/forums/miyagi/2027")).status).toBe(404);
    expect(await listed()).toBe(false);
    const note = (regionId: string, title: string) =>
      ok<{ id: string }>(
        client.mutate("timeline.createNote", {
          regionId,
          occurredOn: { date: "2026-11-20", precision: "day" },
          title,
          isPublic: true,
        }),
      );
    const entry = await note(miyagi, "宮城県の支援機関の皆さまへ説明会");
    await note(kochi, "高知県は今年度の開催を見送ります");
    const res = await get("/forums/miyagi/2027");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("宮城県の支援機関の皆さまへ説明会");
    expect(await listed()).toBe(true);
    expect(await (await get("/feeds/atom.xml")).text()).toContain(
      "【宮城県】宮城県の支援機関の皆さまへ説明会",
    );
    expect((await get("/forums/kochi/2027")).status).toBe(404);
    // A new entry is at version 1.
    await ok(client.mutate("timeline.deleteNote", { id: entry.id, version: 1 }));
    expect((await get("/forums/miyagi/2027")).status).toBe(404);
    expect(await listed()).toBe(false);
    expect(await (await get("/feeds/atom.xml")).text()).not.toContain("宮城県の支援機関の皆さまへ説明会");
  });
});

describe("QR codes to print", () => {
  async function svgOf(pathname: string) {
    const res = await get(pathname);
    expect(res.status, pathname).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    return { res, svg };
  }

  it("encodes the forum page's address on PUBLIC_URL, linked from the page itself", async () => {
    const page = await (await get("/forums/saitama/2026")).text();
    expect(page).toContain('href="/forums/saitama/2026/qr.svg"');
    const { svg } = await svgOf("/forums/saitama/2026/qr.svg");
    expect(decodeQrSvg(svg)).toBe(`${server.url}/forums/saitama/2026`);
    expect((await get("/forums/miyagi/2027/qr.svg")).status).toBe(404);
  });

  it("encodes a published or closed survey's answer link, never kept by caches, none for a draft's or a deleted one's", async () => {
    const client = httpClient(server);
    await client.signIn();
    const surveyOf = async (slug: string) => {
      const [listed] = await ok<{ id: string }[]>(client.query("survey.forRegion", { slug }));
      return ok<{ publicToken: string; answerUrl: string; status: string }>(
        client.query("survey.byId", { id: listed?.id }),
      );
    };
    // 首都圏's survey is open; SAITAMA's closed one still leads to its page, which says it is closed.
    const [open, closed] = [await surveyOf("shutoken"), await surveyOf("saitama")];
    expect([open.status, closed.status]).toEqual(["published", "closed"]);
    const { res, svg } = await svgOf(`/answer/${open.publicToken}/qr.svg`);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(decodeQrSvg(svg)).toBe(`${server.url}/answer/${open.publicToken}`);
    expect(open.answerUrl).toBe(`${server.url}/answer/${open.publicToken}`);
    expect(decodeQrSvg((await svgOf(`/answer/${closed.publicToken}/qr.svg`)).svg)).toBe(closed.answerUrl);

    const region = await ok<{ id: string }>(client.query("region.bySlug", { slug: "saitama" }));
    const draft = await ok<{ id: string; version: number; publicToken: string }>(
      client.mutate("survey.create", {
        regionId: region.id,
        title: "下書きのアンケート",
        opensOn: "2026-11-01",
        closesOn: "2026-12-31",
        questions: [{ kind: "longText", label: "ご意見", required: false }],
      }),
    );
    expect((await get(`/answer/${draft.publicToken}/qr.svg`)).status).toBe(404);
    const published = await ok<{ version: number }>(
      client.mutate("survey.publish", { id: draft.id, version: draft.version }),
    );
    expect((await get(`/answer/${draft.publicToken}/qr.svg`)).status).toBe(200);
    // Deleted (restorable for 30 days): its link leads nowhere, so neither does its code.
    await ok(client.mutate("survey.delete", { id: draft.id, version: published.version }));
    expect((await get(`/answer/${draft.publicToken}/qr.svg`)).status).toBe(404);
    expect((await get(`/answer/${"A".repeat(43)}/qr.svg`)).status).toBe(404);
  });
});

describe("the region's Atom feed", () => {
  it("is valid XML of content type application/atom+xml, with published entries only, escaped", async () => {
    const res = await get("/feeds/regions/saitama/atom.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expectNoSecrets(xml);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as {
      feed: {
        "@xmlns": string;
        id: string;
        updated: string;
        entry: { id: string; title: { "#text": string } }[];
      };
    };
    expect(parsed.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const titles = parsed.feed.entry.map((e) => e.title["#text"]);
    expect(titles).toContain(HOSTILE_TITLE);
    expect(titles).toContain("当日会場参加枠は、定員となりました");
    expect(titles).toContain("難病相談支援センターとの共催となる都道府県が今回含まれています");
    // Each published announcement appears once, not again as its timeline entry.
    expect(titles.filter((t) => t === "当日会場参加枠は、定員となりました")).toHaveLength(1);
    expect(new Set(parsed.feed.entry.map((e) => e.id)).size).toBe(parsed.feed.entry.length);
  });

  it("answers 404 for an unknown region", async () => {
    expect((await get("/feeds/regions/nowhere/atom.xml")).status).toBe(404);
  });
});

interface ParsedEvent {
  summary: string;
  uid: string;
  allDay: boolean;
  start: string;
  end: string;
}

function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      summary: event.summary,
      uid: event.uid,
      allDay: event.startDate.isDate,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: event.endDate.isDate ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
    };
  });
}

describe("private iCalendar feeds", () => {
  async function tokenFor(email: string) {
    const client = httpClient(server);
    await client.signIn(email);
    const created = await ok<{ id: string; token: string; paths: { mine: string; region: string } }>(
      client.mutate("feedToken.create", { label: "テスト用カレンダー" }),
    );
    return { client, ...created };
  }

  it("gives a region's meetings in Japan time and its milestones as all-day events", async () => {
    const { token } = await tokenFor("saitama@kyoso.example");
    const res = await get(`/feeds/ical/${token}/regions/saitama.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    // Subscribed calendars refresh within the hour; every time is UTC ("Z"), so no VTIMEZONE is needed.
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("refresh-interval")?.toString()).toBe("PT1H");
    expect(calendar.getFirstPropertyValue("x-published-ttl")).toBe("PT1H");
    expect(text).not.toMatch(/DTSTART:\d{8}T\d{6}\r/);
    const events = parseCalendar(text);
    const meeting = events.find((e) => e.summary === "埼玉 実行委員会（公開）（埼玉県）");
    // 14:00–15:30 in Japan is 05:00–06:30 UTC.
    expect(meeting).toMatchObject({
      allDay: false,
      start: "2026-12-05T05:00:00.000Z",
      end: "2026-12-05T06:30:00.000Z",
    });
    const forum = events.find((e) => e.uid.endsWith("-forum@kyoso"));
    expect(forum).toMatchObject({ allDay: true, start: "2026-02-21", end: "2026-02-22" });
  });

  it("gives the user's own due tasks and their regions' meetings", async () => {
    const { token } = await tokenFor("saitama@kyoso.example");
    const events = parseCalendar(await (await get(`/feeds/ical/${token}/mine.ics`)).text());
    expect(events.map((e) => e.summary)).toContain("埼玉 実行委員会（公開）（埼玉県）");
    // The demo's current year is counted from the day the server loaded it: this task is 12 days overdue.
    const today = todayInTokyo(new Date());
    const task = events.find(
      (e) =>
        e.summary === `期限：${fiscalYear(today) + 1}年度の開催について難病相談支援センターと相談（埼玉県）`,
    );
    expect(task).toMatchObject({ allDay: true, start: addDays(today, -12), end: addDays(today, -11) });
  });

  it("answers 404 for a region the user may not read, an unknown token, and a revoked one", async () => {
    const { client, id, token } = await tokenFor("saitama@kyoso.example");
    expect((await get(`/feeds/ical/${token}/regions/shutoken.ics`)).status).toBe(404);
    expect((await get(`/feeds/ical/${"A".repeat(43)}/mine.ics`)).status).toBe(404);
    await ok(client.mutate("feedToken.revoke", { id }));
    expect((await get(`/feeds/ical/${token}/mine.ics`)).status).toBe(404);
    expect((await get(`/feeds/ical/${token}/regions/saitama.ics`)).status).toBe(404);
  });
});
