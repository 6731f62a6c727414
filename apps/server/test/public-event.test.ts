import type { PublicForumPage } from "@kyoso/domain";
import { describe, expect, it } from "vitest";
import { renderForumPage } from "../src/public/forum-page";

// The forum page as rendered from its public data on a given Tokyo day: its schema.org Event (JSON-LD) and what
// tops the page before and after the forum day.

const BASE = "https://forum.example.jp";

const urls = {
  canonical: `${BASE}/forums/osaka/2027`,
  atom: `${BASE}/feeds/regions/osaka/atom.xml`,
  edition: (y: number) => `/forums/osaka/${y}`,
  region: `${BASE}/forums/osaka`,
  forums: "/forums",
  qr: "/forums/osaka/2027/qr.svg",
  ogImage: `${BASE}/forums/osaka/2027/og.png`,
};

function page(edition: Partial<PublicForumPage["edition"]> = {}): PublicForumPage {
  return {
    region: { slug: "osaka", nameJa: "大阪府", nameEn: "Osaka" },
    edition: {
      year: 2027,
      title: "難病・慢性疾患就労支援ネットワークフォーラムOSAKA2027",
      stage: "accepting",
      heldOn: "2027-02-20",
      venueName: "大阪府立国際会議場",
      venueFullFrom: null,
      onlineFull: false,
      startsAt: null,
      endsAt: null,
      venueAddress: null,
      onlineInfo: null,
      contact: { organization: null, email: null, phone: null },
      registrationUrl: null,
      organizerName: null,
      report: null,
      ...edition,
    },
    sessions: [
      {
        kind: "keynote",
        title: "基調講演</script><script>alert(1)</script>",
        subtitle: null,
        startsAt: "13:30",
        endsAt: "14:30",
        speakers: [{ name: "朝日雅也", affiliation: "埼玉県立大学", title: "名誉教授" }],
      },
      {
        kind: "panel",
        title: "パネルディスカッション",
        subtitle: null,
        startsAt: "14:40",
        endsAt: "16:30",
        speakers: [
          { name: "大竹祐貴", affiliation: "JEED 障害者職業総合センター", title: null },
          { name: "朝日雅也", affiliation: "埼玉県立大学", title: "名誉教授" },
        ],
      },
    ],
    cohosts: [],
    announcements: [],
    timeline: [],
    otherEditions: [],
  };
}

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? "") as Record<string, unknown>,
  );
}

describe("the forum's schema.org Event", () => {
  it("gives name, Japan times from the first session start to the last end, a mixed event at a Place and online", () => {
    const [event, ...more] = jsonLd(renderForumPage(page(), urls, "2026-12-02"));
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "難病・慢性疾患就労支援ネットワークフォーラムOSAKA2027",
      url: `${BASE}/forums/osaka/2027`,
      startDate: "2027-02-20T13:30:00+09:00",
      endDate: "2027-02-20T16:30:00+09:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      location: [
        { "@type": "Place", name: "大阪府立国際会議場" },
        { "@type": "VirtualLocation", url: `${BASE}/forums/osaka/2027` },
      ],
      organizer: {
        "@type": "Organization",
        name: "大阪府 フォーラム実行委員会",
        url: `${BASE}/forums/osaka`,
      },
    });
    // Each speaker once, however many sessions they speak in.
    expect(event?.performer).toEqual([
      {
        "@type": "Person",
        name: "朝日雅也",
        jobTitle: "名誉教授",
        affiliation: { "@type": "Organization", name: "埼玉県立大学" },
      },
      {
        "@type": "Person",
        name: "大竹祐貴",
        affiliation: { "@type": "Organization", name: "JEED 障害者職業総合センター" },
      },
    ]);
  });

  it("is online-only, without the venue, once the venue is full", () => {
    const [event] = jsonLd(renderForumPage(page({ venueFullFrom: "2027-01-27" }), urls, "2027-01-28"));
    expect(event?.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(event?.location).toEqual([{ "@type": "VirtualLocation", url: `${BASE}/forums/osaka/2027` }]);
  });

  it("gives the day alone when no session has a time, and no Event before the forum is decided", () => {
    const untimed = page();
    untimed.sessions = untimed.sessions.map((s) => ({ ...s, startsAt: null, endsAt: null }));
    expect(jsonLd(renderForumPage(untimed, urls, "2026-12-02"))[0]).toMatchObject({
      startDate: "2027-02-20",
      endDate: "2027-02-20",
    });
    expect(
      jsonLd(renderForumPage(page({ stage: "coordinating", heldOn: null }), urls, "2026-12-02")),
    ).toEqual([]);
  });

  it("cannot be closed early by a title holding </script>", () => {
    const html = renderForumPage(page(), urls, "2026-12-02");
    expect(html).not.toContain("<script>alert(1)");
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe("the full-venue banner", () => {
  const full = page({ venueFullFrom: "2027-01-27" });

  it("tops the page up to the forum day", () => {
    const html = renderForumPage(full, urls, "2027-02-20");
    expect(html).toContain("会場参加枠は定員となりました。");
    expect(html).not.toContain("開催しました");
  });

  it("is gone the day after the forum, which the page says was held", () => {
    const html = renderForumPage(full, urls, "2027-02-21");
    expect(html).not.toContain("会場参加枠は定員となりました。");
    expect(html).not.toContain("オンライン（会場参加は定員）");
    expect(html).toContain("このフォーラムは2027年2月20日(土)に開催しました。");
  });
});
