import { resolveSession, type SessionCache, type SessionCookie } from "@kyoso/api";
import type { DB } from "@kyoso/db";
import { parseCookie, stringifySetCookie } from "cookie";
import type { Request, Response } from "express";

export const SESSION_COOKIE = "kyoso_session";

/**
 * Reads the session cookie into an actor, renewing the session (and the cookie) when it is due. `publicUrl`
 * decides Secure: behind a TLS-terminating proxy the request itself is plain http.
 */
export async function sessionFromRequest(
  db: DB,
  req: Request,
  res: Response,
  now: Date,
  publicUrl: string,
  cache?: SessionCache,
) {
  const token = parseCookie(req.headers.cookie ?? "")[SESSION_COOKIE];
  const cookie = sessionCookie(req, res, publicUrl.startsWith("https:"));
  if (!token) return { actor: null, tokenHash: null, cookie };
  const session = await resolveSession(db, token, now, cache);
  if (!session) {
    cookie.clear();
    return { actor: null, tokenHash: null, cookie };
  }
  if (session.renewedUntil) cookie.set(token, session.renewedUntil);
  return { actor: session.actor, tokenHash: session.tokenHash, cookie };
}

function sessionCookie(req: Request, res: Response, httpsPublicUrl: boolean): SessionCookie {
  // httpOnly: no script reads it; SameSite=Lax: not sent on cross-site POSTs; Secure when served over HTTPS.
  const base = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: httpsPublicUrl || req.secure };
  return {
    set: (token, expires) => {
      res.append("Set-Cookie", stringifySetCookie({ name: SESSION_COOKIE, value: token, ...base, expires }));
    },
    clear: () => {
      res.append(
        "Set-Cookie",
        stringifySetCookie({ name: SESSION_COOKIE, value: "", ...base, expires: new Date(0) }),
      );
    },
  };
}
