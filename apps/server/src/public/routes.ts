import {
  type DB,
  findLatestPublicEditionYear,
  findPublicForumPage,
  findPublishedNetworkPage,
  isSurveyLinkPublic,
  listPublicFlyersOfForum,
  listPublicForums,
  listPublishedNetworkPages,
} from "@kyoso/db";
import { REGION_SLUG_PATTERN, todayInTokyo } from "@kyoso/domain";
import { type Response, Router } from "express";
import { renderForumPage, renderNotFound } from "./forum-page";
import { renderForumsPage } from "./forums-page";
import { networkPagePath, renderNetworkPage } from "./network-pages";
import { ogCardPng } from "./og-image";
import { qrSvg } from "./qr";

const SLUG = REGION_SLUG_PATTERN;
const YEAR = /^\d{4}$/;

export const forumPath = (slug: string, year: number) => `/forums/${slug}/${year}`;
export const atomPath = (slug: string) => `/feeds/regions/${slug}/atom.xml`;
export const regionPath = (slug: string) => `/forums/${slug}`;
export const FORUMS_PATH = "/forums";
export const NATIONAL_ATOM_PATH = "/feeds/atom.xml";
export const forumQrPath = (slug: string, year: number) => `${forumPath(slug, year)}/qr.svg`;
export const forumOgImagePath = (slug: string, year: number) => `${forumPath(slug, year)}/og.png`;
const ABOUT_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const answerPath = (token: string) => `/answer/${token}`;
/** A survey's public token: 32 random bytes in base64url (packages/api newSurveyToken). */
const SURVEY_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

function sendSvg(res: Response, svg: string, filename: string, cacheControl: string): void {
  res
    .type("image/svg+xml; charset=utf-8")
    .set({
      "Cache-Control": cacheControl,
      "Content-Disposition": `inline; filename="${filename}"`,
    })
    .send(svg);
}

function notFound(res: Response): void {
  res.status(404).type("html").set("Cache-Control", "no-cache").send(renderNotFound());
}

/**
 * Public forum pages: server-rendered HTML, no sign-in, no script, published content only. Absolute links come
 * from PUBLIC_URL, never the request's Host header, since these pages are cached by shared caches. Errors (a
 * database away) go to the final error handler: 503, else 500, never a stack.
 */
export function publicForumRoutes(db: DB, publicUrl: string, now: () => Date = () => new Date()): Router {
  const router = Router();

  router.get(FORUMS_PATH, async (_req, res) => {
    const [forums, about] = await Promise.all([listPublicForums(db), listPublishedNetworkPages(db)]);
    res
      .type("html")
      .set("Cache-Control", "public, max-age=300")
      .send(
        renderForumsPage(
          forums,
          {
            canonical: `${publicUrl}${FORUMS_PATH}`,
            atom: `${publicUrl}${NATIONAL_ATOM_PATH}`,
            forum: forumPath,
          },
          todayInTokyo(now()),
          about,
        ),
      );
  });

  router.get("/forums/:slug/:year", async (req, res) => {
    const { slug, year } = req.params;
    if (!SLUG.test(slug) || !YEAR.test(year)) return notFound(res);
    const [page, about] = await Promise.all([
      findPublicForumPage(db, slug, Number(year)),
      listPublishedNetworkPages(db),
    ]);
    if (!page) return notFound(res);
    const flyers = await listPublicFlyersOfForum(db, slug, page.edition.year);
    const base = publicUrl;
    res
      .type("html")
      .set("Cache-Control", "public, max-age=300")
      .send(
        renderForumPage(
          page,
          {
            canonical: `${base}${forumPath(slug, page.edition.year)}`,
            atom: `${base}${atomPath(slug)}`,
            edition: (y) => forumPath(slug, y),
            region: `${base}${regionPath(slug)}`,
            qr: forumQrPath(slug, page.edition.year),
            forums: FORUMS_PATH,
            ogImage: `${base}${forumOgImagePath(slug, page.edition.year)}`,
          },
          todayInTokyo(now()),
          about,
          flyers,
        ),
      );
  });

  /** The forum page's address as a QR code, to print on a flyer or show on a slide. */
  router.get("/forums/:slug/:year/qr.svg", async (req, res) => {
    const { slug, year } = req.params;
    if (!SLUG.test(slug) || !YEAR.test(year)) return notFound(res);
    const page = await findPublicForumPage(db, slug, Number(year));
    if (!page) return notFound(res);
    const svg = await qrSvg(`${publicUrl}${forumPath(slug, page.edition.year)}`);
    sendSvg(res, svg, `forum-${slug}-${year}-qr.svg`, "public, max-age=300");
  });

  /**
   * The forum page's link-preview image: a PNG card drawn from what the page shows, cached in the process
   * (by its text) and by shared caches, revalidated by its ETag.
   */
  router.get("/forums/:slug/:year/og.png", async (req, res) => {
    const { slug, year } = req.params;
    if (!SLUG.test(slug) || !YEAR.test(year)) return notFound(res);
    const page = await findPublicForumPage(db, slug, Number(year));
    if (!page) return notFound(res);
    const { png, etag } = ogCardPng(page);
    res.set({ ETag: etag, "Cache-Control": "public, max-age=3600" });
    if (req.headers["if-none-match"] === etag) {
      res.status(304).end();
      return;
    }
    res.type("image/png").send(png);
  });

  /** The network's own pages (開催にあたり, 共有価値, …): published ones only. */
  router.get("/about/:slug", async (req, res) => {
    const { slug } = req.params;
    if (!ABOUT_SLUG.test(slug)) return notFound(res);
    const [page, all] = await Promise.all([
      findPublishedNetworkPage(db, slug),
      listPublishedNetworkPages(db),
    ]);
    if (!page) return notFound(res);
    res
      .type("html")
      .set("Cache-Control", "public, max-age=300")
      .send(
        renderNetworkPage(
          page,
          all.filter((p) => p.slug !== slug),
          { canonical: `${publicUrl}${networkPagePath(slug)}`, forums: FORUMS_PATH },
        ),
      );
  });

  /**
   * A survey's answer link as a QR code, for the paper handed out at the forum. Only a link that leads to the
   * answer page (published or closed, not deleted); the token is as secret as the link itself, so nothing
   * keeps or indexes it.
   */
  router.get("/answer/:token/qr.svg", async (req, res) => {
    const { token } = req.params;
    if (!SURVEY_TOKEN.test(token) || !(await isSurveyLinkPublic(db, token))) {
      res
        .status(404)
        .type("text/plain; charset=utf-8")
        .set("Cache-Control", "no-store")
        .send("見つかりません。");
      return;
    }
    res.set("X-Robots-Tag", "noindex");
    sendSvg(res, await qrSvg(`${publicUrl}${answerPath(token)}`), "survey-qr.svg", "no-store");
  });

  /** A region's forum without a year: its newest public edition. */
  router.get("/forums/:slug", async (req, res) => {
    const { slug } = req.params;
    const year = SLUG.test(slug) ? await findLatestPublicEditionYear(db, slug) : undefined;
    if (year === undefined) return notFound(res);
    res.redirect(302, forumPath(slug, year));
  });

  router.get("/forums/{*rest}", (_req, res) => notFound(res));
  return router;
}
