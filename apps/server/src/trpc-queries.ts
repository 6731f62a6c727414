import type { IncomingHttpHeaders } from "node:http";
import { gzipSync } from "node:zlib";
import { appRouter, type Context, keptAnswerJson } from "@kyoso/api";
import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  getErrorShape,
  getTRPCErrorFromUnknown,
  type TRPCError,
} from "@trpc/server";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { NextFunction, Request, Response } from "express";
import { securityHeaderValues } from "./security";

export type CreateContext = (req: Request, res: Response, paths: readonly string[]) => Promise<Context>;

interface Options {
  createContext: CreateContext;
  onError: (opts: { error: TRPCError; path: string | undefined }) => void;
}

const PREFIX = "/trpc/";
const config = (appRouter as AnyTRPCRouter)._def._config;
const procedures = (appRouter as AnyTRPCRouter)._def.procedures as Record<
  string,
  AnyTRPCProcedure | undefined
>;

interface Call {
  path: string;
  procedure: AnyTRPCProcedure;
  input: unknown;
}

/**
 * The dashboard's reads (GET /trpc queries) answered before Express's other middleware: every page makes
 * several, and per call the middleware chain, a web Request/Response pair and tRPC's stream handling cost more
 * than the SQL. It speaks tRPC's own protocol with tRPC's own pieces (procedure call, error shape, HTTP
 * status), and sends the headers the full path sends, computed once. Anything out of the ordinary — a body, a
 * streaming or subscription request, an unknown procedure, input that does not parse — goes on to the full
 * tRPC handler, so its refusals stay exactly tRPC's.
 */
export function trpcQueries(options: Options) {
  const headers = { ...securityHeaderValues(), ...ANSWER_HEADERS };
  return (req: Request, res: Response, next: NextFunction): void => {
    const calls =
      req.method === "GET" && req.url.startsWith(PREFIX) ? plainQueries(req.url, req.headers) : null;
    if (!calls) {
      next();
      return;
    }
    answer(calls, req, res, options).then(
      ({ status, body }) => {
        if (typeof body === "string") {
          headers["content-length"] = String(Buffer.byteLength(body));
          res.writeHead(status, headers);
          // A string, not a Buffer: Node then sends the headers and the body in one write, not a writev of two.
          res.end(body);
          return;
        }
        const gzip = req.headers["accept-encoding"]?.includes("gzip") ?? false;
        const bytes = gzip ? body.gzip() : body.plain;
        res.writeHead(status, {
          ...headers,
          vary: `${headers.vary}, accept-encoding`,
          ...(gzip ? { "content-encoding": "gzip" } : {}),
          "content-length": String(bytes.byteLength),
        });
        res.end(bytes);
      },
      (error: unknown) => next(error),
    );
  };
}

// What the full tRPC path sends with every answer, besides the security headers: answers depend on the
// session, so never kept by a browser or shared cache.
const ANSWER_HEADERS: Record<string, string> = {
  "cache-control": "no-store",
  vary: "trpc-accept, accept",
  "content-type": "application/json",
};

/** The calls of a GET carrying only queries that exist, with input that parses; null for anything else. */
function plainQueries(url: string, headers: IncomingHttpHeaders): Call[] | null {
  if (headers["content-length"] || headers["transfer-encoding"] || headers["content-type"]) return null;
  if (headers["trpc-accept"]) return null;
  if (headers.accept?.includes("jsonl")) return null;
  const q = url.indexOf("?");
  const params = new URLSearchParams(q === -1 ? "" : url.slice(q + 1));
  let path: string;
  let inputs: unknown;
  try {
    path = decodeURIComponent(url.slice(PREFIX.length, q === -1 ? undefined : q));
    const input = params.get("input");
    inputs = input ? JSON.parse(input) : undefined;
  } catch {
    return null;
  }
  for (const key of params.keys()) if (key !== "input" && key !== "batch") return null;
  const batch = params.get("batch");
  if (batch !== null && batch !== "1") return null;
  const paths = batch ? path.split(",") : [path];
  if (
    batch &&
    inputs !== undefined &&
    (typeof inputs !== "object" || inputs === null || Array.isArray(inputs))
  )
    return null;
  const calls: Call[] = [];
  for (const [index, name] of paths.entries()) {
    const procedure = Object.hasOwn(procedures, name) ? procedures[name] : undefined;
    if (procedure?._def.type !== "query") return null;
    const input = batch ? (inputs as Record<string, unknown> | undefined)?.[index] : inputs;
    calls.push({ path: name, procedure, input });
  }
  return batch ? Object.assign(calls, { batch: true }) : calls;
}

async function answer(calls: Call[] & { batch?: true }, req: Request, res: Response, options: Options) {
  let ctx: Context | undefined;
  let ctxError: unknown;
  try {
    ctx = await options.createContext(
      req,
      res,
      calls.map((call) => call.path),
    );
  } catch (error) {
    ctxError = error;
  }
  const results = await Promise.all(
    calls.map(async ({ path, procedure, input }, batchIndex) => {
      try {
        if (!ctx) throw ctxError;
        const data: unknown = await procedure({
          path,
          getRawInput: async () => input,
          ctx,
          type: "query",
          signal: undefined,
          batchIndex,
        });
        return { result: { data: config.transformer.output.serialize(data) } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        options.onError({ error, path });
        return {
          error: config.transformer.output.serialize(
            getErrorShape({ config, error, type: "query", path, input, ctx }),
          ),
        };
      }
    }),
  );
  const status = getHTTPStatusCode(results);
  const only = calls.batch ? undefined : results[0];
  const kept = only?.result ? keptBody(only.result.data) : null;
  if (kept) return { status, body: kept };
  const items = results.map(serializedItem);
  const body = calls.batch ? `[${items.join(",")}]` : (items[0] as string);
  return { status, body };
}

interface KeptBody {
  plain: Buffer;
  gzip(): Buffer;
}

const keptBodies = new WeakMap<object, KeptBody>();

/**
 * The whole answer to a single call of an answer a cache hands out unchanged (keptAnswerJson), as bytes, and
 * gzipped when a client first accepts it: the national overview is large and the same for everyone in its
 * scope until the next write, so it is compressed once per data version, not per call.
 */
function keptBody(data: unknown): KeptBody | null {
  const json = keptAnswerJson(data);
  if (json === null) return null;
  const key = data as object;
  let body = keptBodies.get(key);
  if (!body) {
    const plain = Buffer.from(`{"result":{"data":${json}}}`);
    let gzipped: Buffer | undefined;
    body = { plain, gzip: () => (gzipped ??= gzipSync(plain)) };
    keptBodies.set(key, body);
  }
  return body;
}

/** One answer's JSON; an answer a cache hands out unchanged is serialized once (keptAnswerJson). */
function serializedItem(item: { result: { data: unknown } } | { error: unknown }): string {
  if ("error" in item) return JSON.stringify(item);
  const kept = keptAnswerJson(item.result.data);
  return kept === null ? JSON.stringify(item) : `{"result":{"data":${kept}}}`;
}
