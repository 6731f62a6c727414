import type { PublicForumListing } from "@kyoso/db";
import { formatDate, type IsoDate, isEditionPublic } from "@kyoso/domain";
import { type Html, html } from "./html";
import { publicDocument, SITE_NAME } from "./layout";
import { type NetworkPageLink, networkPageLinks } from "./network-pages";

// The national page: every forum the public may see, upcoming ones first (by date), then past ones (newest
// first), with the Atom feed of all regions.

export interface ForumsUrls {
  /** Absolute URL of this page. */
  canonical: string;
  /** Absolute URL of the national Atom feed. */
  atom: string;
  /** Path of a forum's page. */
  forum: (slug: string, year: number) => string;
}

/** Past: the committee marked it held, or its day is over in Tokyo. */
export const isPast = (f: PublicForumListing, today: IsoDate) =>
  f.stage === "held" || f.stage === "retrospective" || (f.heldOn !== null && f.heldOn < today);

function when(f: PublicForumListing): Html {
  if (!isEditionPublic(f.stage)) return html`開催に向けて準備中`;
  if (!f.heldOn) return html`日程調整中`;
  return html`<time datetime="${f.heldOn}">${formatDate(f.heldOn)}</time>`;
}

function list(forums: PublicForumListing[], urls: ForumsUrls, empty: string): Html {
  if (forums.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<ol class="plain">${forums.map(
    (f) => html`<li>
<h3><a href="${urls.forum(f.region.slug, f.year)}">${f.title}</a></h3>
<p class="date">${f.region.nameJa}・${when(f)}${f.venueName && isEditionPublic(f.stage) ? `・${f.venueName}` : ""}</p>
</li>`,
  )}</ol>`;
}

export function renderForumsPage(
  forums: PublicForumListing[],
  urls: ForumsUrls,
  today: IsoDate,
  about: readonly NetworkPageLink[] = [],
): string {
  const upcoming = forums.filter((f) => !isPast(f, today));
  const past = forums.filter((f) => isPast(f, today)).reverse();
  const main = html`<article>
<header class="hero">
<h1>全国のフォーラム</h1>
<p>各地域で開催予定のフォーラムと、これまでに開催したフォーラムです。開催が決まり、内容を公開できる時期となりましたら、各フォーラムのページでお知らせします。</p>
</header>
<section aria-labelledby="upcoming"><h2 id="upcoming">開催予定・準備中のフォーラム</h2>${list(upcoming, urls, "現在、開催予定のフォーラムはありません。")}</section>
<section aria-labelledby="past"><h2 id="past">これまでのフォーラム</h2>${list(past, urls, "開催したフォーラムはまだありません。")}</section>
${networkPageLinks(about, "ネットワークについて", "about")}
</article>`;
  return publicDocument(
    {
      title: `全国のフォーラム｜${SITE_NAME}`,
      description: `${SITE_NAME}の開催予定と、これまでに開催したフォーラムの一覧です。`,
      canonical: urls.canonical,
      atom: { href: urls.atom, title: "全国のお知らせと準備の記録" },
    },
    main,
    html`<p><a href="${urls.atom}">全国のお知らせと準備の記録のフィード（Atom）</a></p>
<p>${SITE_NAME}</p>`,
  );
}
