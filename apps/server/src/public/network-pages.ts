import type { PublicNetworkPage } from "@kyoso/domain";
import { type Html, html } from "./html";
import { publicDocument, SITE_NAME } from "./layout";
import { markdown } from "./markdown";

// The network's own pages (開催にあたり, 共有価値, フォーラム準備), written in markdown by the national team, and
// the links to them that every public forum page carries.

export type NetworkPageLink = Pick<PublicNetworkPage, "slug" | "title">;

export const networkPagePath = (slug: string) => `/about/${slug}`;

/** The links to the network's published pages, for a section or a footer; nothing when there are none. */
export function networkPageLinks(pages: readonly NetworkPageLink[], heading: string, id: string): Html {
  if (pages.length === 0) return html``;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>
<ul class="links">${pages.map((p) => html`<li><a href="${networkPagePath(p.slug)}">${p.title}</a></li>`)}</ul></section>`;
}

export function renderNetworkPage(
  page: PublicNetworkPage,
  others: readonly NetworkPageLink[],
  urls: { canonical: string; forums: string },
): string {
  // The description is the text alone: link targets and tags left out, markdown marks dropped.
  const plain = page.body
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/[#*_>`[\]()-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const main = html`<article class="plain-page">
<p class="eyebrow">${SITE_NAME}</p>
<h1>${page.title}</h1>
<div class="markdown">${markdown(page.body)}</div>
</article>`;
  const footer = html`${
    others.length > 0
      ? html`<nav aria-label="ネットワークについて"><ul>${others.map(
          (p) => html`<li><a href="${networkPagePath(p.slug)}">${p.title}</a></li>`,
        )}</ul></nav>`
      : ""
  }
<p><a href="${urls.forums}">全国のフォーラム一覧</a></p>
<p>${SITE_NAME}</p>`;
  return publicDocument(
    {
      title: `${page.title}｜${SITE_NAME}`,
      description: plain.length > 150 ? `${plain.slice(0, 149)}…` : plain || page.title,
      canonical: urls.canonical,
    },
    main,
    footer,
  );
}
