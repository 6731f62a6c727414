import {
  createServerCaches,
  type JobQueue,
  mapProcedureError,
  refuseBatchedLimitedCalls,
  type ServerCaches,
} from "@kyoso/api";
import { type DatabaseHandle, pingDatabase } from "@kyoso/db";
import type { TRPCError } from "@trpc/server";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { exportRoutes } from "./exports";
import { feedRoutes } from "./feeds/routes";
import { fileRoutes } from "./files";
import { BODY_LIMIT_BYTES, finalErrorHandler, notFound, refuseOversizeBodies } from "./http-errors";
import { localControlRoutes } from "./local-control";
import { answerRoutes } from "./public/answer/routes";
import { publicForumRoutes } from "./public/routes";
import { requestContext } from "./request-context";
import { rejectCrossSiteMutations, securityHeaders } from "./security";
import { sessionFromRequest } from "./session-cookie";
import { staticAssets } from "./static-assets";
import { surveyExportHandler } from "./survey-export";
import { trpcHandler } from "./trpc-handler";
import { type CreateContext, trpcQueries } from "./trpc-queries";

export interface AppOptions {
  database: DatabaseHandle;
  webDist: string;
  log: Logger;
  /** The origin of every absolute link (PUBLIC_URL). */
  publicUrl: string;
  /** The job queue, handed to each request's context so a service can ask for a job after its write. */
  jobs?: JobQueue;
  /** Express's "trust proxy" (TRUST_PROXY): which X-Forwarded-* headers to believe for req.ip. */
  trustProxy?: boolean | number | string[];
  /** Token of the local-only control routes the command-line tools use (embedded database only). */
  localControlToken?: string;
  /** The server's caches (sessions, the overview); one set per app unless given. */
  caches?: ServerCaches;
}

export function createApp(options: AppOptions): Express {
  const { database, webDist, log, publicUrl } = options;
  const caches = options.caches ?? createServerCaches();
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);

  // Limits (sign-in, public answers) are counted per call inside the procedures, in the database.
  const createContext: CreateContext = async (req, res, paths) => {
    refuseBatchedLimitedCalls(paths);
    const now = new Date();
    // The session lookup is the first database call of a request: a lost database answers 503 here too.
    const session = await sessionFromRequest(database.db, req, res, now, publicUrl, caches.sessions).catch(
      (error: unknown) => {
        throw mapProcedureError(error) ?? error;
      },
    );
    return requestContext(database, req, session, publicUrl, { jobs: options.jobs ?? null, caches });
  };
  const onError = ({ error, path: procedure }: { error: TRPCError; path: string | undefined }) => {
    if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error, procedure }, "procedure failed");
  };
  // First: the dashboard's reads, with the headers below computed once (trpc-queries.ts).
  app.use(trpcQueries({ createContext, onError }));
  app.use(securityHeaders);
  // Attachments stream in under their own limit (20 MB a file), counted as they arrive.
  app.use(fileRoutes(database, publicUrl));
  app.use(refuseOversizeBodies);
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
  app.use(
    "/trpc",
    trpcHandler({
      // Also caps chunked bodies that declare no length, while they stream in.
      maxBodySize: BODY_LIMIT_BYTES,
      createContext,
      onError,
    }),
  );

  app.get("/exports/surveys/:id/answers.csv", surveyExportHandler(database, publicUrl));
  app.use(exportRoutes(database, publicUrl));

  // Public forum pages and feeds: rendered here, before the app shell claims every other path.
  app.use(answerRoutes(database, publicUrl));
  app.use(publicForumRoutes(database.db, publicUrl));
  app.use(feedRoutes(database.db, publicUrl));

  app.use(staticAssets(webDist));
  app.use(notFound);
  app.use(finalErrorHandler(log));
  return app;
}
