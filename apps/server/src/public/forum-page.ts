import {
  formatDate,
  formatPartialDate,
  type IsoDate,
  isEditionPublic,
  type PublicForumPage,
  type PublicSession,
  participationStatus,
  SESSION_KIND_LABELS_JA,
} from "@kyoso/domain";
import { forumEvent, jsonLdScript } from "./event-json-ld";
import { flyerSection, type PublicFlyer } from "./flyer-section";
import { type Html, html, paragraphs } from "./html";
import { publicDocument, SITE_NAME } from "./layout";

// The public page of one forum edition, like the organizers' own page (shared/seed/forum-site.txt): the forum,
// whether one can still come to the venue, its announcements, its program, and the region's public log.

export interface PageUrls {
  /** Absolute URL of this page. */
  canonical: string;
  /** Absolute URL of the region's Atom feed. */
  atom: string;
  /** Path of another edition's page, by year. */
  edition: (year: number) => string;
  /** Absolute URL of the region's page (its newest forum). */
  region: string;
  /** Path of the national page listing every forum. */
  forums: string;
  /** Path of this page's address as a QR code (SVG). */
  qr: string;
}

const dateText = (date: string) => formatDate(date);
const time = (date: string) => html`<time datetime="${date}">${dateText(date)}</time>`;

function participationNotice(page: PublicForumPage, today: IsoDate): Html {
  const { edition } = page;
  // After the forum day nobody can register any more: the page says it was held instead.
  if (held(page, today)) return html``;
  switch (participationStatus(edition)) {
    case "online_only":
      return html`<div class="notice"><p><strong>会場参加枠は定員となりました。</strong>${
        edition.venueFullFrom ? dateText(edition.venueFullFrom) : ""
      }からは、オンラインでのご参加のみ受付となります。</p></div>`;
    case "full":
      return html`<div class="notice"><p><strong>会場・オンラインとも定員となりました。</strong>たくさんのお申し込みをありがとうございました。</p></div>`;
    case "venue_only":
      return html`<div class="notice"><p><strong>オンライン参加枠は定員となりました。</strong>会場でのご参加は引き続き受け付けています。</p></div>`;
    case "open":
      return html``;
  }
}

/** Held: the committee says so (開催済, 振り返り), or the forum day is past in Tokyo. */
export const held = (page: PublicForumPage, today: IsoDate) =>
  page.edition.stage === "held" ||
  page.edition.stage === "retrospective" ||
  (page.edition.heldOn !== null && page.edition.heldOn < today);

function heldNote(page: PublicForumPage, today: IsoDate): Html {
  const { edition } = page;
  if (!held(page, today)) return html``;
  return html`<p class="done">このフォーラムは${edition.heldOn ? dateText(edition.heldOn) : ""}に開催しました。ご参加いただいた皆さま、ありがとうございました。</p>`;
}

function facts(page: PublicForumPage, today: IsoDate): Html {
  const { edition } = page;
  const venue =
    !held(page, today) && participationStatus(edition) === "online_only"
      ? "オンライン（会場参加は定員）"
      : null;
  return html`<dl class="facts">
<dt>開催日</dt><dd>${edition.heldOn ? time(edition.heldOn) : "調整中"}</dd>
${edition.venueName ? html`<dt>会場</dt><dd>${edition.venueName}</dd>` : ""}
<dt>参加方法</dt><dd>${venue ?? "会場・オンライン"}</dd>
</dl>`;
}

function sessionItem(session: PublicSession): Html {
  const hours = session.startsAt
    ? html`<span class="time">${session.startsAt}${session.endsAt ? `〜${session.endsAt}` : "〜"}</span>`
    : "";
  return html`<li>
<p class="session-head"><span class="kind">${SESSION_KIND_LABELS_JA[session.kind]}</span>${hours}</p>
<h3>「${session.title}」</h3>
${session.subtitle ? html`<p class="subtitle">～${session.subtitle}～</p>` : ""}
${
  session.speakers.length > 0
    ? html`<ul class="speakers">${session.speakers.map(
        (s) =>
          html`<li>${[s.affiliation, s.title].filter(Boolean).join(" ")}${
            s.affiliation || s.title ? " " : ""
          }<span class="speaker-name">${s.name}</span></li>`,
      )}</ul>`
    : ""
}
</li>`;
}

function section(id: string, title: string, content: Html): Html {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${content}</section>`;
}

function announcements(page: PublicForumPage): Html {
  if (page.announcements.length === 0) return html`<p class="empty">現在、お知らせはありません。</p>`;
  return html`<ol class="plain">${page.announcements.map(
    (a) => html`<li id="announcement-${a.id}">
<h3>${a.title}</h3>
<p class="date">${time(a.announcedOn)}</p>
<div class="body">${paragraphs(a.body)}</div>
</li>`,
  )}</ol>`;
}

function program(page: PublicForumPage): Html {
  if (page.sessions.length === 0) return html`<p class="empty">プログラムは決まり次第お知らせします。</p>`;
  return html`<ol class="plain">${page.sessions.map(sessionItem)}</ol>`;
}

function preparationLog(page: PublicForumPage): Html {
  if (page.timeline.length === 0) return html`<p class="empty">公開している記録はまだありません。</p>`;
  return html`<ol class="plain">${page.timeline.map(
    (e) => html`<li>
<h3>${e.title}</h3>
<p class="date"><time datetime="${e.precision === "month" ? e.occurredOn.slice(0, 7) : e.occurredOn}">${formatPartialDate(
      { date: e.occurredOn, precision: e.precision },
    )}</time></p>
${e.body ? html`<div class="body">${paragraphs(e.body)}</div>` : ""}
</li>`,
  )}</ol>`;
}

/** Up to about 150 characters for search results and link previews. */
function description(page: PublicForumPage, today: IsoDate): string {
  const { edition } = page;
  if (!isEditionPublic(edition.stage)) {
    return `${edition.title}。開催に向けて、地域の皆さまと準備を進めています。`;
  }
  const parts = [
    `${edition.title}${edition.heldOn ? `（${dateText(edition.heldOn)}開催）` : ""}。`,
    held(page, today)
      ? "開催しました。"
      : participationStatus(edition) === "online_only"
        ? "会場参加枠は定員となり、オンラインでのご参加のみ受付中です。"
        : "",
    page.sessions.length > 0 ? `プログラム：${page.sessions.map((s) => `「${s.title}」`).join("")}` : "",
  ];
  const text = parts.join("");
  return text.length > 150 ? `${text.slice(0, 149)}…` : text;
}

/** The page of an edition before 開催決定: no date, venue or program yet, only the public preparation log. */
function preparationMain(page: PublicForumPage): Html {
  const { edition, region } = page;
  return html`<article>
<header class="hero">
<p class="eyebrow">${region.nameJa}</p>
<h1>${edition.title}</h1>
<p class="done">開催に向けて、地域の支援機関、自治体、難病相談支援センターの皆さまとお話を進めています。開催が決まり、内容を公開できる時期となりましたら、このページでお知らせします。</p>
</header>
${section("preparation", "フォーラム準備の記録", preparationLog(page))}
</article>`;
}

/** `today` is Tokyo's today: after the forum day the page says it was held instead of who may still come. */
export function renderForumPage(
  page: PublicForumPage,
  urls: PageUrls,
  today: IsoDate,
  flyers: readonly PublicFlyer[] = [],
): string {
  const { edition, region } = page;
  const event = forumEvent(page, { page: urls.canonical, region: urls.region });
  const main = isEditionPublic(edition.stage)
    ? html`<article>
<header class="hero">
<p class="eyebrow">${region.nameJa}</p>
<h1>${edition.title}</h1>
${facts(page, today)}
${participationNotice(page, today)}
${heldNote(page, today)}
</header>
${flyerSection(flyers)}
${section("announcements", "お知らせ", announcements(page))}
${section("program", "プログラム", program(page))}
${section("preparation", "フォーラム準備の記録", preparationLog(page))}
</article>`
    : preparationMain(page);
  const footer = html`<p><a href="${urls.atom}">お知らせと準備の記録のフィード（Atom）</a></p>
${
  page.otherEditions.length > 0
    ? html`<nav aria-label="${region.nameJa}のほかの年のフォーラム"><ul>${page.otherEditions.map(
        (e) => html`<li><a href="${urls.edition(e.year)}">${e.title}</a></li>`,
      )}</ul></nav>`
    : ""
}
<p><a href="${urls.qr}">このページのQRコード（SVG、チラシやスライドの印刷用）</a></p>
<p><a href="${urls.forums}">全国のフォーラム一覧</a></p>
<p>${SITE_NAME}</p>`;
  return publicDocument(
    {
      title: `${edition.title}${isEditionPublic(edition.stage) && edition.heldOn ? `｜${dateText(edition.heldOn)}開催` : ""}`,
      description: description(page, today),
      canonical: urls.canonical,
      atom: { href: urls.atom, title: `${region.nameJa}のお知らせと準備の記録` },
      ...(event ? { head: jsonLdScript(event) } : {}),
    },
    main,
    footer,
  );
}

export function renderNotFound(): string {
  return publicDocument(
    {
      title: `ページが見つかりません｜${SITE_NAME}`,
      description: "お探しのフォーラムのページは見つかりませんでした。",
    },
    html`<div class="plain-page"><h1>ページが見つかりません</h1>
<p>お探しのフォーラムのページは見つかりませんでした。URLが正しいか、ご確認ください。</p>
<p>フォーラムのページは、開催が決まり、内容を公開できる時期になりましたら掲載いたします。</p></div>`,
    html`<p>${SITE_NAME}</p>`,
  );
}
