import type { PublicForumPage } from "@kyoso/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderForumPage } from "../src/public/forum-page";
import { httpClient } from "./http-client";
import { startTestServer, type TestServer } from "./test-server";

// What the public forum page shows beyond date and program (issue 16): venue address and map, times, 主催,
// contact, registration, co-hosts confirmed AND publishable, the 開催報告 after the forum, the network's own
// markdown pages, and the link-preview image.

let server: TestServer;
let client: ReturnType<typeof httpClient>;

beforeAll(async () => {
  server = await startTestServer("public-details", { onPostgres: true });
  client = httpClient(server);
  await client.signIn();
});

afterAll(async () => {
  await server?.close();
});

async function ok<T>(reply: Promise<{ status: number; body: { result?: { data: unknown } } }>): Promise<T> {
  const { status, body } = await reply;
  if (status !== 200) throw new Error(`call failed: ${status} ${JSON.stringify(body)}`);
  return body.result?.data as T;
}

const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${pathname}`, { headers });
const forumPage = async () => (await get("/forums/saitama/2026")).text();
const section = (page: string, id: string) =>
  page.match(new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`))?.[1];

async function saitamaEdition() {
  const region = await ok<{ currentEdition: { id: string; version: number } }>(
    client.query("region.bySlug", { slug: "saitama" }),
  );
  return region.currentEdition;
}

describe("co-hosts on the public page", () => {
  it("names an agreement only while it is 正式決定 and marked publishable", async () => {
    const agreements = await ok<
      { id: string; organizationName: string; status: string; publishable: boolean; version: number }[]
    >(client.query("agreement.forRegion", { slug: "saitama" }));
    const confirmed = agreements.find((a) => a.status === "confirmed");
    if (!confirmed) throw new Error("the demo has a confirmed co-host in Saitama");
    // The demo marks it publishable: shown under 共催.
    expect(confirmed.publishable).toBe(true);
    expect(section(await forumPage(), "cohosts")).toContain(
      `<dt>共催</dt><dd><ul class="names"><li>${confirmed.organizationName}</li>`,
    );

    const hidden = await ok<{ version: number }>(
      client.mutate("agreement.setPublishable", {
        id: confirmed.id,
        version: confirmed.version,
        publishable: false,
      }),
    );
    expect(await forumPage()).not.toContain(confirmed.organizationName);

    // Publishable but not confirmed: still not shown.
    const open = agreements.find((a) => a.status !== "confirmed" && a.status !== "declined");
    if (open) {
      await ok(
        client.mutate("agreement.setPublishable", { id: open.id, version: open.version, publishable: true }),
      );
      expect(await forumPage()).not.toContain(open.organizationName);
    }
    await ok(
      client.mutate("agreement.setPublishable", {
        id: confirmed.id,
        version: hidden.version,
        publishable: true,
      }),
    );
    expect(section(await forumPage(), "cohosts")).toContain(confirmed.organizationName);
  });
});

describe("the forum's details and 開催報告", () => {
  it("shows times, address with a map link, 主催, contact; the report only once published, markdown escaped", async () => {
    const edition = await saitamaEdition();
    const updated = await ok<{ version: number }>(
      client.mutate("forumEdition.update", {
        id: edition.id,
        version: edition.version,
        startsAt: "13:00",
        endsAt: "16:30",
        venueName: "浦和コミュニティセンター",
        venueAddress: "埼玉県さいたま市浦和区東高砂町11-1",
        organizerName: "難病・慢性疾患就労支援ネットワークフォーラム実行委員会",
        contactOrganization: "フォーラム事務局",
        contactEmail: "forum@example.jp",
        contactPhone: "048-000-0000",
        registrationUrl: "https://example.jp/apply",
        reportAttendance: 128,
        reportSummary:
          "## 当日の様子\n\n**ご参加ありがとうございました。**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
        reportPublished: false,
      }),
    );
    let page = await forumPage();
    expect(page).toContain('<span class="time">13:00〜16:30</span>');
    expect(page).toContain('<span class="address">埼玉県さいたま市浦和区東高砂町11-1</span>');
    expect(page).toContain(
      `href="https://www.openstreetmap.org/search?query=${encodeURIComponent("埼玉県さいたま市浦和区東高砂町11-1")}"`,
    );
    expect(page).toContain("<dt>主催</dt><dd>難病・慢性疾患就労支援ネットワークフォーラム実行委員会</dd>");
    expect(section(page, "contact")).toContain('<a href="mailto:forum@example.jp">forum@example.jp</a>');
    expect(section(page, "contact")).toContain('<a href="tel:0480000000">048-000-0000</a>');
    // Held months ago: no registration button any more.
    expect(page).not.toContain('class="button" href="https://example.jp/apply"');
    // Not yet published: no report.
    expect(page).not.toContain("開催報告");
    expect(page).not.toContain("128名");

    await ok(
      client.mutate("forumEdition.update", {
        id: edition.id,
        version: updated.version,
        reportPublished: true,
      }),
    );
    page = await forumPage();
    const report = section(page, "report") ?? "";
    expect(report).toContain('<h2 id="report">開催報告</h2>');
    expect(report).toContain("<strong>128名</strong>");
    expect(report).toContain("<h2>当日の様子</h2>");
    expect(report).toContain("<strong>ご参加ありがとうございました。</strong>");
    expect(report).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(report).not.toContain("<script>");
    expect(report).not.toContain("javascript:");
    // The report comes before the announcements, and the full-venue banner is gone.
    expect(page.indexOf('id="report"')).toBeLessThan(page.indexOf('id="announcements"'));
    expect(page).not.toContain("からは、オンラインでのご参加のみ受付となります。");

    const [json] = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    const event = JSON.parse(json?.[1] ?? "{}") as Record<string, unknown>;
    expect(event).toMatchObject({
      startDate: "2026-02-21T13:00:00+09:00",
      endDate: "2026-02-21T16:30:00+09:00",
      organizer: {
        "@type": "Organization",
        name: "難病・慢性疾患就労支援ネットワークフォーラム実行委員会",
        email: "forum@example.jp",
        telephone: "048-000-0000",
      },
    });
  });

  it("refuses a registration link that is not http(s) with a clear message", async () => {
    const edition = await saitamaEdition();
    const reply = await client.mutate("forumEdition.update", {
      id: edition.id,
      version: edition.version,
      registrationUrl: "javascript:alert(1)",
    });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain(
      "申込ページのURLは https:// から始まる形で入力してください。",
    );
  });
});

describe("the network's own pages", () => {
  it("renders a published page from markdown, links it from the forum pages, and escapes what is written", async () => {
    const res = await get("/about/kaisai-ni-atari");
    expect(res.status).toBe(200);
    const about = await res.text();
    expect(about).toContain("<h1>開催にあたり</h1>");
    expect(about).toContain(
      "<li>地域の皆さまの意見やアンケート、ヒアリングなども参考に、地域フォーラムも仕立ててまいります。</li>",
    );
    expect(about).toContain(`<link rel="canonical" href="${server.url}/about/kaisai-ni-atari">`);
    expect(section(await forumPage(), "about")).toContain(
      '<a href="/about/kyoyu-kachi">フォーラム 共有価値</a>',
    );
    expect(section(await (await get("/forums")).text(), "about")).toContain('href="/about/kaisai-ni-atari"');

    const page = await ok<{ id: string; version: number }>(
      client.mutate("networkPage.create", {
        slug: "hostile",
        title: "<b>題名</b>",
        body: '<img src=x onerror="alert(1)">\n\n[link](javascript:alert(1)) and **太字**',
      }),
    );
    // A draft is not public.
    expect((await get("/about/hostile")).status).toBe(404);
    await ok(
      client.mutate("networkPage.update", {
        id: page.id,
        version: page.version,
        title: "<b>題名</b>",
        body: '<img src=x onerror="alert(1)">\n\n[link](javascript:alert(1)) and **太字**',
        position: 9,
        published: true,
      }),
    );
    const hostile = await (await get("/about/hostile")).text();
    expect(hostile).toContain("<h1>&lt;b&gt;題名&lt;/b&gt;</h1>");
    expect(hostile).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(hostile).not.toContain("<img");
    expect(hostile).not.toContain("javascript:");
    expect(hostile).toContain("<strong>太字</strong>");
  });

  it("is edited by the national team only", async () => {
    const committee = httpClient(server);
    await committee.signIn("saitama@kyoso.example");
    const reply = await committee.mutate("networkPage.create", { slug: "mine", title: "私のページ" });
    expect(reply.status).toBe(403);
  });
});

describe("the link-preview image", () => {
  it("is a 1200×630 PNG named by og:image on PUBLIC_URL, cached and revalidated by its ETag", async () => {
    const page = await forumPage();
    expect(page).toContain(`<meta property="og:image" content="${server.url}/forums/saitama/2026/og.png">`);
    expect(page).toContain(`<meta property="og:url" content="${server.url}/forums/saitama/2026">`);
    const res = await get("/forums/saitama/2026/og.png");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toContain("public");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    const etag = res.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    expect((await get("/forums/saitama/2026/og.png", { "if-none-match": etag })).status).toBe(304);
    expect((await get("/forums/nowhere/2026/og.png")).status).toBe(404);
  });
});

describe("the schema.org Event's place", () => {
  const base: PublicForumPage = {
    region: { slug: "osaka", nameJa: "大阪府", nameEn: "Osaka" },
    edition: {
      year: 2027,
      title: "フォーラムOSAKA2027",
      stage: "accepting",
      heldOn: "2027-02-20",
      venueName: "大阪府立国際会議場",
      venueFullFrom: null,
      onlineFull: false,
      startsAt: "10:00",
      endsAt: "15:00",
      venueAddress: "大阪府大阪市北区中之島5-3-51",
      onlineInfo: null,
      contact: { organization: null, email: null, phone: null },
      registrationUrl: "https://example.jp/osaka",
      organizerName: "大阪フォーラム実行委員会",
      report: null,
    },
    sessions: [],
    cohosts: [{ name: "大阪難病相談支援センター", role: "cohost" }],
    announcements: [],
    timeline: [],
    otherEditions: [],
  };
  const urls = {
    canonical: "https://forum.example.jp/forums/osaka/2027",
    atom: "https://forum.example.jp/feeds/regions/osaka/atom.xml",
    edition: (y: number) => `/forums/osaka/${y}`,
    region: "https://forum.example.jp/forums/osaka",
    forums: "/forums",
    qr: "/forums/osaka/2027/qr.svg",
    ogImage: "https://forum.example.jp/forums/osaka/2027/og.png",
  };

  it("is a Place with a PostalAddress, the end time, the 主催 as organizer and the registration as an offer", () => {
    const html = renderForumPage(base, urls, "2026-12-02");
    const json = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1] ?? "{}";
    const event = JSON.parse(json) as Record<string, unknown>;
    expect(event).toMatchObject({
      startDate: "2027-02-20T10:00:00+09:00",
      endDate: "2027-02-20T15:00:00+09:00",
      image: ["https://forum.example.jp/forums/osaka/2027/og.png"],
      location: [
        {
          "@type": "Place",
          name: "大阪府立国際会議場",
          address: {
            "@type": "PostalAddress",
            streetAddress: "大阪府大阪市北区中之島5-3-51",
            addressCountry: "JP",
          },
        },
        { "@type": "VirtualLocation", url: urls.canonical },
      ],
      organizer: { "@type": "Organization", name: "大阪フォーラム実行委員会", url: urls.region },
      offers: {
        "@type": "Offer",
        url: "https://example.jp/osaka",
        availability: "https://schema.org/InStock",
      },
    });
    // Before the forum the registration link is a button on the page.
    expect(html).toContain('<a class="button" href="https://example.jp/osaka" rel="external noopener">');
  });
});
