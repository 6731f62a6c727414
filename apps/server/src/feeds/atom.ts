import type { PublicNationalFeed } from "@kyoso/db";
import type { PublicRegionFeed } from "@kyoso/domain";

// Atom feeds (RFC 4287), a region's and the national one of every region: published announcements and public
// timeline entries, newest first.

// Characters XML 1.0 does not allow at all: dropped, since they cannot even be escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A calendar date as the start of that day in Japan. */
const dayStart = (date: string) => `${date}T00:00:00+09:00`;

interface Entry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  category: { term: string; label: string };
  content: string | null;
}

export interface AtomUrls {
  self: string;
  /** The region's newest public forum page, or null when none is public yet. */
  page: string | null;
}

function entryXml(e: Entry): string {
  return [
    "  <entry>",
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title type="text">${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <published>${e.published}</published>`,
    `    <updated>${e.updated}</updated>`,
    `    <category term="${escapeXml(e.category.term)}" label="${escapeXml(e.category.label)}"/>`,
    e.content ? `    <content type="text">${escapeXml(e.content)}</content>` : "",
    "  </entry>",
  ]
    .filter(Boolean)
    .join("\n");
}

const ANNOUNCEMENT = { term: "announcement", label: "お知らせ" };
const PREPARATION = "フォーラム準備の記録";

function feedXml(head: { self: string; page: string | null; title: string; author: string }, list: Entry[]) {
  const entries = [...list].sort(
    (a, b) => b.published.localeCompare(a.published) || Date.parse(b.updated) - Date.parse(a.updated),
  );
  // The feed changed when its newest entry did; an empty feed keeps a fixed date so it never looks new.
  const newest = Math.max(Date.parse("2000-01-01T00:00:00Z"), ...entries.map((e) => Date.parse(e.updated)));
  const updated = new Date(newest).toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${escapeXml(head.self)}</id>`,
    `  <title type="text">${escapeXml(head.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(head.self)}"/>`,
    head.page ? `  <link rel="alternate" type="text/html" href="${escapeXml(head.page)}"/>` : "",
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(head.author)}</name></author>`,
    ...entries.map(entryXml),
    "</feed>",
  ].filter((line) => line !== "");
  return `${lines.join("\n")}\n`;
}

export function renderAtom(feed: PublicRegionFeed, urls: AtomUrls): string {
  const home = urls.page ?? urls.self;
  return feedXml(
    {
      self: urls.self,
      page: urls.page,
      title: `${feed.region.nameJa}の難病・慢性疾患就労支援ネットワークフォーラム：お知らせと準備の記録`,
      author: `${feed.region.nameJa} フォーラム実行委員会`,
    },
    [
      ...feed.announcements.map((a) => ({
        id: `urn:uuid:${a.id}`,
        title: a.title,
        link: `${home}#announcement-${a.id}`,
        published: dayStart(a.announcedOn),
        updated: new Date(a.updatedAt).toISOString(),
        category: ANNOUNCEMENT,
        content: a.body,
      })),
      ...feed.timeline.map((t) => ({
        id: `urn:uuid:${t.id}`,
        title: t.title,
        link: home,
        published: dayStart(t.occurredOn),
        updated: dayStart(t.occurredOn),
        category: { term: t.kind, label: PREPARATION },
        content: t.body,
      })),
    ],
  );
}

export interface NationalAtomUrls {
  self: string;
  /** The national page listing every forum. */
  page: string;
  /** Absolute URL of a forum's page. */
  forum: (slug: string, year: number) => string;
  /** Absolute URL of a region's page (its newest forum). */
  region: (slug: string) => string;
}

/** Every region's announcements and public entries; each title names its region. */
export function renderNationalAtom(feed: PublicNationalFeed, urls: NationalAtomUrls): string {
  return feedXml(
    {
      self: urls.self,
      page: urls.page,
      title: "難病・慢性疾患就労支援ネットワークフォーラム：全国のお知らせと準備の記録",
      author: "難病・慢性疾患就労支援ネットワークフォーラム",
    },
    [
      ...feed.announcements.map((a) => ({
        id: `urn:uuid:${a.id}`,
        title: `【${a.regionNameJa}】${a.title}`,
        link: `${urls.forum(a.regionSlug, a.editionYear)}#announcement-${a.id}`,
        published: dayStart(a.announcedOn),
        updated: new Date(a.updatedAt).toISOString(),
        category: ANNOUNCEMENT,
        content: a.body,
      })),
      ...feed.timeline.map((t) => ({
        id: `urn:uuid:${t.id}`,
        title: `【${t.regionNameJa}】${t.title}`,
        link: urls.region(t.regionSlug),
        published: dayStart(t.occurredOn),
        updated: dayStart(t.occurredOn),
        category: { term: t.kind, label: PREPARATION },
        content: t.body,
      })),
    ],
  );
}
