import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { formatDate, isEditionPublic, type PublicForumPage } from "@kyoso/domain";
import { Resvg } from "@resvg/resvg-js";
import { escapeHtml } from "./html";
import { SITE_NAME } from "./layout";

// The forum page's link-preview image (og:image): a 1200×630 PNG card with the forum's title, date and venue.
// Most platforms refuse SVG as og:image, so the card is drawn as SVG and rasterised with resvg. Japanese needs a
// Japanese font: IPA Gothic where Debian's fonts-ipafont-gothic put it, else the system's fonts.

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const FONT_FILES = [
  "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
  "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
];
const fontFiles = FONT_FILES.filter((f) => existsSync(f));

/** Splits text into lines of at most `width` characters (Japanese has no spaces to break at), at most `max`. */
function lines(text: string, width: number, max: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length && out.length < max; i += width)
    out.push(chars.slice(i, i + width).join(""));
  if (chars.length > width * max) out[max - 1] = `${[...(out[max - 1] ?? "")].slice(0, width - 1).join("")}…`;
  return out;
}

export function ogCardSvg(page: PublicForumPage): string {
  const { edition, region } = page;
  const title = lines(edition.title, 18, 3);
  const when =
    isEditionPublic(edition.stage) && edition.heldOn
      ? `${formatDate(edition.heldOn)}${edition.startsAt ? ` ${edition.startsAt}${edition.endsAt ? `〜${edition.endsAt}` : "〜"}` : ""}`
      : "開催に向けて準備中";
  const venue = isEditionPublic(edition.stage) && edition.venueName ? edition.venueName : "";
  const t = (s: string) => escapeHtml(s);
  const titleTop = 230 - (title.length - 1) * 34;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#0b4f8a"/>
<rect x="40" y="40" width="${OG_WIDTH - 80}" height="${OG_HEIGHT - 80}" rx="24" fill="#ffffff"/>
<text x="90" y="118" font-size="30" fill="#4a4a4a">${t(region.nameJa)}</text>
${title.map((line, i) => `<text x="90" y="${titleTop + i * 68}" font-size="54" font-weight="bold" fill="#1b1b1b">${t(line)}</text>`).join("\n")}
<rect x="90" y="400" width="120" height="6" fill="#0b4f8a"/>
<text x="90" y="465" font-size="40" fill="#0b4f8a">${t(when)}</text>
${venue ? `<text x="90" y="520" font-size="34" fill="#1b1b1b">${t(lines(venue, 28, 1)[0] ?? "")}</text>` : ""}
<text x="90" y="565" font-size="24" fill="#4a4a4a">${t(SITE_NAME)}</text>
</svg>`;
}

const cache = new Map<string, Buffer>();
const CACHE_SIZE = 64;

/** The card as PNG; the same card (same text) is drawn once per process and kept in a small cache. */
export function ogCardPng(page: PublicForumPage): { png: Buffer; etag: string } {
  const svg = ogCardSvg(page);
  const etag = `"${createHash("sha256").update(svg).digest("base64url").slice(0, 27)}"`;
  let png = cache.get(etag);
  if (!png) {
    png = new Resvg(svg, {
      fitTo: { mode: "original" },
      font: {
        fontFiles,
        loadSystemFonts: fontFiles.length === 0,
        defaultFontFamily: fontFiles.length > 0 ? "IPAGothic" : "sans-serif",
      },
    })
      .render()
      .asPng();
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(etag, png);
  }
  return { png, etag };
}
