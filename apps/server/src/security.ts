import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";

/** Security headers (CSP, frame, referrer, nosniff …) from helmet; the app loads only its own scripts. */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: { "upgrade-insecure-requests": null },
  },
  strictTransportSecurity: false,
});

/**
 * The headers `securityHeaders` sets, computed once: they depend on no request (no nonces), so the fast path
 * for queries (trpc-queries.ts) sends these same values without running helmet per call.
 */
export function securityHeaderValues(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  securityHeaders({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error("helmet did not finish at once: its headers depend on the request");
  return headers;
}

/**
 * Mutations must come from our own pages. A browser always sends Origin on a cross-site POST (and
 * Sec-Fetch-Site where supported), so a request that names another site is refused; tRPC mutations are also
 * JSON, which a plain HTML form cannot send. Our own pages are PUBLIC_URL's origin; the request's own host is
 * accepted too, for the Vite dev server and direct local access, since a browser never lets a page of another
 * site send our Host with its own Origin. File uploads send their bytes as application/octet-stream, which no
 * plain HTML form can send either.
 */
export function rejectCrossSiteMutations(publicUrl: string, contentType = "application/json") {
  const publicOrigin = new URL(publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") {
      next();
      return;
    }
    if (isCrossSite(req, publicOrigin) || !req.is(contentType)) {
      res
        .status(403)
        .json({ error: { message: "この操作は受け付けられません (cross-site request refused)" } });
      return;
    }
    next();
  };
}

/** A request that names another site than ours (PUBLIC_URL's origin, or the request's own host). */
export function isCrossSite(req: Request, publicOrigin: string): boolean {
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  return (
    (site !== undefined && site !== "same-origin" && site !== "none") ||
    (origin !== undefined && origin !== publicOrigin && urlOf(origin)?.host !== req.get("host"))
  );
}

function urlOf(origin: string): URL | null {
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}
