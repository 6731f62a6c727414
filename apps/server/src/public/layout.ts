import { Html, html } from "./html";
import { PUBLIC_CSS } from "./styles";

export const SITE_NAME = "難病・慢性疾患就労支援ネットワークフォーラム";

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URL of this page; omitted for pages not to be indexed (the 404). */
  canonical?: string;
  /** Absolute URL of the region's Atom feed. */
  atom?: { href: string; title: string };
  /** Absolute URL of the link-preview image (a 1200×630 PNG). */
  image?: string;
  /** More elements for the head, such as JSON-LD. */
  head?: Html;
}

/** The document around a public page: language, metadata for search and link previews, skip link, landmarks. */
export function publicDocument(meta: PageMeta, main: Html, footer: Html): string {
  return html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
${meta.canonical ? html`<link rel="canonical" href="${meta.canonical}">` : html`<meta name="robots" content="noindex">`}
${meta.atom ? html`<link rel="alternate" type="application/atom+xml" title="${meta.atom.title}" href="${meta.atom.href}">` : ""}
<meta property="og:type" content="website">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:locale" content="ja_JP">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
${meta.canonical ? html`<meta property="og:url" content="${meta.canonical}">` : ""}
${
  meta.image
    ? html`<meta property="og:image" content="${meta.image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta name="twitter:image" content="${meta.image}">`
    : ""
}
<meta name="twitter:card" content="${meta.image ? "summary_large_image" : "summary"}">
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${meta.description}">
${meta.head ?? ""}
<style>${new Html(PUBLIC_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">本文へ移動</a>
<header class="site"><div class="wrap"><p>${SITE_NAME}</p></div></header>
<main id="main" tabindex="-1"><div class="wrap">${main}</div></main>
<footer><div class="wrap">${footer}</div></footer>
</body>
</html>
`.value;
}
