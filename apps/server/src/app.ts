import { appRouter, createContextInner, mapProcedureError, refuseBatchedLimitedCalls } from "@kyoso/api";
import { type DatabaseHandle, pingDatabase } from "@kyoso/db";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { exportRoutes } from "./exports";
import { feedRoutes } from "./feeds/routes";
import { BODY_LIMIT_BYTES, finalErrorHandler, notFound, refuseOversizeBodies } from "./http-errors";
import { publicForumRoutes } from "./public/routes";
import { rejectCrossSiteMutations, securityHeaders } from "./security";
import { sessionFromRequest } from "./session-cookie";
import { staticAssets } from "./static-assets";
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
  app.use(
    "/trpc",
    createExpressMiddleware({
      router: appRouter,
      // Also caps chunked bodies that declare no length, while they stream in.
      maxBodySize: BODY_LIMIT_BYTES,
      // Limits (sign-in, public answers) are counted per call inside the procedures, in the database.
      createContext: async ({ req, res, info }) => {
        refuseBatchedLimitedCalls(info.calls.map((call) => call.path));
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
          clientAddress: req.ip ?? null,
        });
      },
      onError: ({ error, path: procedure }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error, procedure }, "procedure failed");
      },
    }),
  );

  app.get("/exports/surveys/:id/answers.csv", surveyExportHandler(database, log));
  app.use(exportRoutes(database, log));

  // Public forum pages and feeds: rendered here, before the app shell claims every other path.
  app.use(publicForumRoutes(database.db, log));
  app.use(feedRoutes(database.db, log));

  app.use(staticAssets(webDist));
  app.use(notFound);
  app.use(finalErrorHandler(log));
  return app;
}
