import { personalCalendar, regionCalendar, resolveFeedToken } from "@kyoso/api";
import { type DB, findPublicNationalFeed, findPublicRegionFeed } from "@kyoso/db";
import { REGION_SLUG_PATTERN, todayInTokyo } from "@kyoso/domain";
import { type Response, Router } from "express";
import { atomPath, FORUMS_PATH, forumPath, NATIONAL_ATOM_PATH, regionPath } from "../public/routes";
import { renderAtom, renderNationalAtom } from "./atom";
import { renderCalendar } from "./ical";

const SLUG = REGION_SLUG_PATTERN;

/** `saitama.ics` → `saitama`; undefined for anything else. */
const icsSlug = (file: string) => {
  const slug = file.endsWith(".ics") ? file.slice(0, -".ics".length) : "";
  return SLUG.test(slug) ? slug : undefined;
};

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").set("Cache-Control", "no-store").send("見つかりません。");
}

/**
 * Feeds: a region's public Atom feed, and private iCalendar feeds reached by a revocable token in the URL. A
 * calendar is built for the token's user as the permission rules see them at this request: an unknown or
 * revoked token, a disabled user, or a region they may not read all answer the same 404. Errors (a database
 * away) go to the final error handler: 503, else 500, never a stack.
 */
export function feedRoutes(db: DB, publicUrl: string): Router {
  const router = Router();

  router.get(NATIONAL_ATOM_PATH, async (_req, res) => {
    const feed = await findPublicNationalFeed(db);
    const base = publicUrl;
    res
      .type("application/atom+xml; charset=utf-8")
      .set("Cache-Control", "public, max-age=300")
      .send(
        renderNationalAtom(feed, {
          self: `${base}${NATIONAL_ATOM_PATH}`,
          page: `${base}${FORUMS_PATH}`,
          forum: (slug, year) => `${base}${forumPath(slug, year)}`,
          region: (slug) => `${base}${regionPath(slug)}`,
        }),
      );
  });

  router.get("/feeds/regions/:slug/atom.xml", async (req, res) => {
    const { slug } = req.params;
    if (!SLUG.test(slug)) return notFound(res);
    const feed = await findPublicRegionFeed(db, slug);
    if (!feed) return notFound(res);
    const base = publicUrl;
    const page = feed.latestEdition ? `${base}${forumPath(slug, feed.latestEdition.year)}` : null;
    res
      .type("application/atom+xml; charset=utf-8")
      .set("Cache-Control", "public, max-age=300")
      .send(renderAtom(feed, { self: `${base}${atomPath(slug)}`, page }));
  });

  const sendCalendar = (res: Response, body: string) => {
    res
      .type("text/calendar; charset=utf-8")
      // Personal data behind a secret URL: not for shared caches, not for search engines.
      .set({ "Cache-Control": "no-store", "X-Robots-Tag": "noindex" })
      .send(body);
  };

  router.get("/feeds/ical/:token/mine.ics", async (req, res) => {
    const now = new Date();
    const actor = await resolveFeedToken(db, req.params.token, now);
    if (!actor) return notFound(res);
    sendCalendar(res, renderCalendar(await personalCalendar(db, actor, todayInTokyo(now)), publicUrl));
  });

  router.get("/feeds/ical/:token/regions/:file", async (req, res) => {
    const slug = icsSlug(req.params.file);
    if (!slug) return notFound(res);
    const now = new Date();
    const actor = await resolveFeedToken(db, req.params.token, now);
    if (!actor) return notFound(res);
    const calendar = await regionCalendar(db, actor, slug, todayInTokyo(now));
    if (!calendar) return notFound(res);
    sendCalendar(res, renderCalendar(calendar, publicUrl));
  });

  router.get("/feeds/{*rest}", (_req, res) => notFound(res));
  return router;
}
