import { type DB, findLatestPublicEditionYear, findPublicForumPage, listPublicForums } from "@kyoso/db";
import { REGION_SLUG_PATTERN, todayInTokyo } from "@kyoso/domain";
import { type Response, Router } from "express";
import { renderForumPage, renderNotFound } from "./forum-page";
import { renderForumsPage } from "./forums-page";

const SLUG = REGION_SLUG_PATTERN;
const YEAR = /^\d{4}$/;

export const forumPath = (slug: string, year: number) => `/forums/${slug}/${year}`;
export const atomPath = (slug: string) => `/feeds/regions/${slug}/atom.xml`;
export const regionPath = (slug: string) => `/forums/${slug}`;
export const FORUMS_PATH = "/forums";
export const NATIONAL_ATOM_PATH = "/feeds/atom.xml";

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
    const forums = await listPublicForums(db);
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
        ),
      );
  });

  router.get("/forums/:slug/:year", async (req, res) => {
    const { slug, year } = req.params;
    if (!SLUG.test(slug) || !YEAR.test(year)) return notFound(res);
    const page = await findPublicForumPage(db, slug, Number(year));
    if (!page) return notFound(res);
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
            forums: FORUMS_PATH,
          },
          todayInTokyo(now()),
        ),
      );
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
