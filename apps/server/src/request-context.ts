import { type Context, type ContextOptions, createContextInner } from "@kyoso/api";
import type { DatabaseHandle } from "@kyoso/db";
import type { Request } from "express";
import type { sessionFromRequest } from "./session-cookie";

type Session = Awaited<ReturnType<typeof sessionFromRequest>>;

/** The procedures' context for one HTTP request: its session, client address and user agent. */
export function requestContext(
  database: DatabaseHandle,
  req: Request,
  session: Session,
  publicUrl: string,
  extra: Pick<ContextOptions, "jobs" | "caches"> = {},
): Context {
  return createContextInner({
    db: database.db,
    engine: database.engine,
    actor: session.actor,
    sessionTokenHash: session.tokenHash,
    sessionCookie: session.cookie,
    clientAddress: req.ip ?? null,
    userAgent: req.get("user-agent") ?? null,
    publicUrl,
    ...extra,
  });
}
