import { DATABASE_UNAVAILABLE_MESSAGE, httpStatusOf, PAYLOAD_TOO_LARGE_MESSAGE } from "@kyoso/api";
import { classifyDatabaseError } from "@kyoso/db";
import { isDomainError } from "@kyoso/domain";
import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import type { Logger } from "pino";

/**
 * The largest request body the server reads. It fits the organization CSV import (up to CSV_UPLOAD_MAX_BYTES,
 * sent as base64, which is 4/3 of the file, inside a small JSON wrapper); everything else sends far less.
 */
export const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

const MESSAGES: Record<number, string> = {
  400: "リクエストの形式が正しくありません。",
  404: "ページが見つかりません。",
  413: PAYLOAD_TOO_LARGE_MESSAGE,
  503: DATABASE_UNAVAILABLE_MESSAGE,
};
const FALLBACK_MESSAGE = "サーバーでエラーが発生しました。";

const wantsJson = (req: Request) => req.path.startsWith("/trpc") || !req.accepts("html");

/**
 * Answers with a plain Japanese message only: never a stack trace, a file path or the error's own text
 * (a domain error's message, written for users, excepted), whatever NODE_ENV says. /trpc gets tRPC-shaped
 * JSON; pages and downloads (plain links) get text.
 */
function sendError(req: Request, res: Response, status: number, domainMessage?: string): void {
  const message =
    domainMessage ?? MESSAGES[status] ?? (status >= 500 ? FALLBACK_MESSAGE : (MESSAGES[400] as string));
  res.status(status).set("Cache-Control", "no-store");
  if (wantsJson(req)) {
    res.json({ error: { message, code: -32600, data: { httpStatus: status } } });
  } else {
    res.type("text/plain; charset=utf-8").send(message);
  }
}

/**
 * Refuses a body declared larger than the limit before reading a byte of it. Chunked bodies (no
 * Content-Length) are capped while streaming by tRPC's `maxBodySize` and the answer page's form parser (its own,
 * smaller limit); no other route reads a body.
 */
export const refuseOversizeBodies: RequestHandler = (req, res, next) => {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > BODY_LIMIT_BYTES) {
    // The client may still be sending: close the connection rather than read what is left.
    res.set("Connection", "close");
    sendError(req, res, 413);
    return;
  }
  next();
};

/** The last route: anything no route answered. */
export const notFound: RequestHandler = (req, res) => sendError(req, res, 404);

/**
 * The one error handler for every route, which hand their errors here (`throw` or `next(error)`, Express 5
 * passes on a rejected handler): logs the error and answers with a status and a Japanese message. A domain
 * error (not signed in, refused, not found) answers as it would over tRPC, with its own message.
 */
export function finalErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) {
      // A download cut short (the database went away mid-stream, the reader left): end it, and log why.
      log.error({ err: error, path: req.path }, "response failed after it started");
      res.destroy();
      return;
    }
    if (isDomainError(error)) {
      const status = httpStatusOf(error);
      log.info({ path: req.path, status, code: error.code }, "request refused");
      sendError(req, res, status, error.message);
      return;
    }
    const declared = (error as { status?: unknown; statusCode?: unknown } | null) ?? {};
    const raw = Number(declared.status ?? declared.statusCode);
    const status =
      classifyDatabaseError(error) === "unavailable"
        ? 503
        : Number.isInteger(raw) && raw >= 400 && raw < 600
          ? raw
          : 500;
    if (status >= 500) log.error({ err: error, path: req.path }, "request failed");
    else log.info({ err: error, path: req.path, status }, "request refused");
    sendError(req, res, status);
  };
}
