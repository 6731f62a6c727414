import { existsSync } from "node:fs";
import path from "node:path";
import { appRouter, createContextInner } from "@kyoso/api";
import { type DatabaseHandle, pingDatabase } from "@kyoso/db";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { feedRoutes } from "./feeds/routes";
import { localControlRoutes } from "./local-control";
import { publicForumRoutes } from "./public/routes";
import {
  publicAnswerRateLimit,
  rejectCrossSiteMutations,
  securityHeaders,
  signInRateLimit,
} from "./security";
import { sessionFromRequest } from "./session-cookie";
import { surveyExportHandler } from "./survey-export";

export interface AppOptions {
  database: DatabaseHandle;
  webDist: string;
  log: Logger;
  /** The origin of every absolute link (PUBLIC_URL). */
  publicUrl: string;
  /** Express's "trust proxy" (TRUST_PROXY): which X-Forwarded-* headers to believe for req.ip. */
  trustProxy?: boolean | number | string[];
  /** Token of the local-only control routes the command-line tools use (embedded database only). */
  localControlToken?: string;
}

export function createApp(options: AppOptions): Express {
  const { database, webDist, log, publicUrl } = options;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);
  app.use(securityHeaders);
  if (options.localControlToken) {
    app.use(localControlRoutes({ database, log, publicUrl, token: options.localControlToken }));
  }

  app.get("/healthz", async (_req, res) => {
    try {
      await pingDatabase(database.db);
      res.json({ status: "ok", engine: database.engine });
    } catch (error) {
      log.error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable", engine: database.engine });
    }
  });

  // Answers depend on the session: never kept by a browser or shared cache.
  app.use("/trpc", (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });
  app.use("/trpc", rejectCrossSiteMutations(publicUrl));
  app.use("/trpc", signInRateLimit);
  app.use("/trpc", publicAnswerRateLimit);
  app.use(
    "/trpc",
    createExpressMiddleware({
      router: appRouter,
      createContext: async ({ req, res }) => {
        const now = new Date();
        const session = await sessionFromRequest(database.db, req, res, now, publicUrl);
        return createContextInner({
          db: database.db,
          engine: database.engine,
          actor: session.actor,
          sessionTokenHash: session.tokenHash,
          sessionCookie: session.cookie,
          publicUrl,
        });
      },
      onError: ({ error, path: procedure }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error, procedure }, "procedure failed");
      },
    }),
  );

  app.get("/exports/surveys/:id/answers.csv", surveyExportHandler(database, log, publicUrl));

  // Public forum pages and feeds: rendered here, before the app shell claims every other path.
  app.use(publicForumRoutes(database.db, log, publicUrl));
  app.use(feedRoutes(database.db, log, publicUrl));

  const indexHtml = path.join(webDist, "index.html");
  app.use(express.static(webDist, { index: false, maxAge: "1h" }));
  // Client-side routes: any other GET gets the app shell. It is the same static file for everyone (session data
  // comes through /trpc, which is no-store), so it may be kept as long as it is revalidated.
  app.get("/{*splat}", (_req, res) => {
    if (existsSync(indexHtml)) {
      res.set("Cache-Control", "no-cache").sendFile(indexHtml);
    } else {
      res
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("画面がまだビルドされていません。`pnpm start` で起動してください (the web app is not built).");
    }
  });
  return app;
}
