import { existsSync } from "node:fs";
import path from "node:path";
import { appRouter, createContextInner, mapProcedureError } from "@kyoso/api";
import { type DatabaseHandle, pingDatabase } from "@kyoso/db";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { feedRoutes } from "./feeds/routes";
import { BODY_LIMIT_BYTES, finalErrorHandler, notFound, refuseOversizeBodies } from "./http-errors";
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
}

export function createApp({ database, webDist, log }: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders);
  app.use(refuseOversizeBodies);

  app.get("/healthz", async (_req, res) => {
    try {
      await pingDatabase(database.db);
      res.json({ status: "ok", engine: database.engine });
    } catch (error) {
      log.error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable", engine: database.engine });
    }
  });

  app.use("/trpc", rejectCrossSiteMutations);
  app.use("/trpc", signInRateLimit);
  app.use("/trpc", publicAnswerRateLimit);
  app.use(
    "/trpc",
    createExpressMiddleware({
      router: appRouter,
      // Also caps chunked bodies that declare no length, while they stream in.
      maxBodySize: BODY_LIMIT_BYTES,
      createContext: async ({ req, res }) => {
        const now = new Date();
        // The session lookup is the first database call of a request: a lost database answers 503 here too.
        const session = await sessionFromRequest(database.db, req, res, now).catch((error: unknown) => {
          throw mapProcedureError(error) ?? error;
        });
        return createContextInner({
          db: database.db,
          engine: database.engine,
          actor: session.actor,
          sessionTokenHash: session.tokenHash,
          sessionCookie: session.cookie,
        });
      },
      onError: ({ error, path: procedure }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error, procedure }, "procedure failed");
      },
    }),
  );

  app.get("/exports/surveys/:id/answers.csv", surveyExportHandler(database, log));

  // Public forum pages and feeds: rendered here, before the app shell claims every other path.
  app.use(publicForumRoutes(database.db, log));
  app.use(feedRoutes(database.db, log));

  const indexHtml = path.join(webDist, "index.html");
  app.use(express.static(webDist, { index: false, maxAge: "1h" }));
  // Client-side routes: any other GET gets the app shell.
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
  app.use(notFound);
  app.use(finalErrorHandler(log));
  return app;
}
