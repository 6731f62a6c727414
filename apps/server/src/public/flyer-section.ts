import { type Html, html } from "./html";

// The forum page's 「チラシ」 section: the edition's files its committee offered as the public flyer
// (「チラシとして公開」), each downloadable without signing in from /public-files/<id>.

export interface PublicFlyer {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
}

export const publicFlyerPath = (id: string) => `/public-files/${id}`;

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG画像",
  "image/jpeg": "JPEG画像",
  "image/gif": "GIF画像",
  "image/webp": "WebP画像",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
};

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))}KB`
    : `${(bytes / 1024 / 1024).toFixed(1)}MB`;

/** Nothing when no flyer is public. */
export function flyerSection(flyers: readonly PublicFlyer[]): Html {
  if (flyers.length === 0) return html``;
  return html`<section aria-labelledby="flyer"><h2 id="flyer">チラシ</h2><ul class="flyers">${flyers.map(
    (f) =>
      html`<li><a href="${publicFlyerPath(f.id)}" download="${f.name}">チラシをダウンロード</a>（${f.name}、${
        TYPE_LABELS[f.contentType] ?? "ファイル"
      }、${size(f.sizeBytes)}）</li>`,
  )}</ul></section>`;
}
