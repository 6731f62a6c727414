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
import { markdown } from "./markdown";
import { type NetworkPageLink, networkPageLinks } from "./network-pages";

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
  /** Absolute URL of this page's link-preview image (PNG). */
  ogImage: string;
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

// ── The forum's facts: date and times, venue with address and map, how to take part, 主催, registration ──

/** A map search for the venue's address (OpenStreetMap: no account, no tracking script on our side). */
export const mapUrl = (address: string) =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

const hours = (startsAt: string | null, endsAt: string | null) =>
  startsAt ? `${startsAt}〜${endsAt ?? ""}` : endsAt ? `〜${endsAt}` : "";

function venueFacts(page: PublicForumPage): Html {
  const { edition } = page;
  if (!edition.venueName && !edition.venueAddress) return html``;
  return html`<dt>会場</dt><dd>${edition.venueName ?? ""}${
    edition.venueAddress
      ? html`<span class="address">${edition.venueAddress}</span>
<a href="${mapUrl(edition.venueAddress)}">地図を見る（OpenStreetMap）</a>`
      : ""
  }</dd>`;
}

/** Registration is open until the forum day and while a seat is left; the link is the registration service's. */
function registration(page: PublicForumPage, today: IsoDate): Html {
  const { edition } = page;
  if (!edition.registrationUrl || held(page, today) || participationStatus(edition) === "full") return html``;
  return html`<p class="register"><a class="button" href="${edition.registrationUrl}" rel="external noopener">参加を申し込む（申込ページへ）</a></p>`;
}

function facts(page: PublicForumPage, today: IsoDate): Html {
  const { edition } = page;
  const venue =
    !held(page, today) && participationStatus(edition) === "online_only"
      ? "オンライン（会場参加は定員）"
      : null;
  const day = hours(edition.startsAt, edition.endsAt);
  return html`<dl class="facts">
<dt>開催日</dt><dd>${edition.heldOn ? time(edition.heldOn) : "調整中"}${day ? html` <span class="time">${day}</span>` : ""}</dd>
${venueFacts(page)}
<dt>参加方法</dt><dd>${venue ?? "会場・オンライン"}${
    edition.onlineInfo ? html`<div class="body">${paragraphs(edition.onlineInfo)}</div>` : ""
  }</dd>
${edition.organizerName ? html`<dt>主催</dt><dd>${edition.organizerName}</dd>` : ""}
</dl>
${registration(page, today)}`;
}

// ── 共催・後援・協力: only agreements confirmed (正式決定) and marked publishable reach the page ──

const COHOST_ROLE_JA = { cohost: "共催", sponsor: "後援", cooperation: "協力" } as const;

function cohosts(page: PublicForumPage): Html {
  const roles = (["cohost", "sponsor", "cooperation"] as const)
    .map((role) => ({ role, names: page.cohosts.filter((c) => c.role === role).map((c) => c.name) }))
    .filter((g) => g.names.length > 0);
  if (roles.length === 0) return html``;
  return section(
    "cohosts",
    "共催・後援・協力",
    html`<dl class="facts">${roles.map(
      (g) =>
        html`<dt>${COHOST_ROLE_JA[g.role]}</dt><dd><ul class="names">${g.names.map((n) => html`<li>${n}</li>`)}</ul></dd>`,
    )}</dl>`,
  );
}

// ── お問い合わせ ──

function contact(page: PublicForumPage): Html {
  const { organization, email, phone } = page.edition.contact;
  if (!organization && !email && !phone) return html``;
  return section(
    "contact",
    "お問い合わせ",
    html`<dl class="facts">
${organization ? html`<dt>お問い合わせ先</dt><dd>${organization}</dd>` : ""}
${email ? html`<dt>メール</dt><dd><a href="mailto:${email}">${email}</a></dd>` : ""}
${phone ? html`<dt>電話</dt><dd><a href="tel:${phone.replace(/[^0-9+]/g, "")}">${phone}</a></dd>` : ""}
</dl>`,
  );
}

// ── 開催報告: after the forum, once published, instead of the participation banner ──

function report(page: PublicForumPage, today: IsoDate): Html {
  const { report } = page.edition;
  if (!report || !held(page, today)) return html``;
  return section(
    "report",
    "開催報告",
    html`${
      report.attendance !== null
        ? html`<p class="attendance">参加者数：<strong>${report.attendance.toLocaleString("ja-JP")}名</strong></p>`
        : ""
    }<div class="markdown">${markdown(report.summary)}</div>`,
  );
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
function preparationMain(page: PublicForumPage, about: readonly NetworkPageLink[]): Html {
  const { edition, region } = page;
  return html`<article>
<header class="hero">
<p class="eyebrow">${region.nameJa}</p>
<h1>${edition.title}</h1>
<p class="done">開催に向けて、地域の支援機関、自治体、難病相談支援センターの皆さまとお話を進めています。開催が決まり、内容を公開できる時期となりましたら、このページでお知らせします。</p>
</header>
${section("preparation", "フォーラム準備の記録", preparationLog(page))}
${networkPageLinks(about, "このフォーラムについて", "about")}
</article>`;
}

/** `today` is Tokyo's today: after the forum day the page says it was held instead of who may still come. */
export function renderForumPage(
  page: PublicForumPage,
  urls: PageUrls,
  today: IsoDate,
  about: readonly NetworkPageLink[] = [],
  flyers: readonly PublicFlyer[] = [],
): string {
  const { edition, region } = page;
  const event = forumEvent(page, { page: urls.canonical, region: urls.region, image: urls.ogImage });
  const main = isEditionPublic(edition.stage)
    ? html`<article>
<header class="hero">
<p class="eyebrow">${region.nameJa}</p>
<h1>${edition.title}</h1>
${facts(page, today)}
${participationNotice(page, today)}
${heldNote(page, today)}
</header>
${report(page, today)}
${flyerSection(flyers)}
${section("announcements", "お知らせ", announcements(page))}
${section("program", "プログラム", program(page))}
${cohosts(page)}
${contact(page)}
${section("preparation", "フォーラム準備の記録", preparationLog(page))}
${networkPageLinks(about, "このフォーラムについて", "about")}
</article>`
    : preparationMain(page, about);
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
      image: urls.ogImage,
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
