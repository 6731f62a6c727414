import { personalCalendar, regionCalendar, resolveFeedToken } from "@kyoso/api";
import { type DB, findPublicRegionFeed } from "@kyoso/db";
import { REGION_SLUG_PATTERN, todayInTokyo } from "@kyoso/domain";
import { type Response, Router } from "express";
import type { Logger } from "pino";
import { atomPath, forumPath } from "../public/routes";
import { renderAtom } from "./atom";
import { renderCalendar } from "./ical";

const SLUG = REGION_SLUG_PATTERN;
const REGION_ICS = /^([a-z0-9-]{1,64})\.ics$/;

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").set("Cache-Control", "no-store").send("見つかりません。");
}

/**
 * Feeds: a region's public Atom feed, and private iCalendar feeds reached by a revocable token in the URL. A
 * calendar is built for the token's user as the permission rules see them at this request: an unknown or
 * revoked token, a disabled user, or a region they may not read all answer the same 404.
 */
export function feedRoutes(db: DB, log: Logger, publicUrl: string): Router {
  const router = Router();

  router.get("/feeds/regions/:slug/atom.xml", async (req, res, next) => {
    const { slug } = req.params;
    if (!SLUG.test(slug)) return notFound(res);
    try {
      const feed = await findPublicRegionFeed(db, slug);
      if (!feed) return notFound(res);
      const base = publicUrl;
      const page = feed.latestEdition ? `${base}${forumPath(slug, feed.latestEdition.year)}` : null;
      res
        .type("application/atom+xml; charset=utf-8")
        .set("Cache-Control", "public, max-age=300")
        .send(renderAtom(feed, { self: `${base}${atomPath(slug)}`, page }));
    } catch (error) {
      log.error({ err: error, slug }, "atom feed failed");
      // The final error handler answers: 503 while the database is away, else 500, never a stack.
      next(error);
    }
  });

  const sendCalendar = (res: Response, body: string) => {
    res
      .type("text/calendar; charset=utf-8")
      // Personal data behind a secret URL: not for shared caches, not for search engines.
      .set({ "Cache-Control": "no-store", "X-Robots-Tag": "noindex" })
      .send(body);
  };

  router.get("/feeds/ical/:token/mine.ics", async (req, res, next) => {
    try {
      const now = new Date();
      const actor = await resolveFeedToken(db, req.params.token, now);
      if (!actor) return notFound(res);
      sendCalendar(res, renderCalendar(await personalCalendar(db, actor, todayInTokyo(now)), publicUrl));
    } catch (error) {
      log.error({ err: error }, "personal calendar failed");
      // The final error handler answers: 503 while the database is away, else 500, never a stack.
      next(error);
    }
  });

  router.get("/feeds/ical/:token/regions/:file", async (req, res, next) => {
    const slug = REGION_ICS.exec(req.params.file)?.[1];
    if (!slug) return notFound(res);
    try {
      const now = new Date();
      const actor = await resolveFeedToken(db, req.params.token, now);
      if (!actor) return notFound(res);
      const calendar = await regionCalendar(db, actor, slug, todayInTokyo(now));
      if (!calendar) return notFound(res);
      sendCalendar(res, renderCalendar(calendar, publicUrl));
    } catch (error) {
      log.error({ err: error, slug }, "region calendar failed");
      // The final error handler answers: 503 while the database is away, else 500, never a stack.
      next(error);
    }
  });

  router.get("/feeds/{*rest}", (_req, res) => notFound(res));
  return router;
}
