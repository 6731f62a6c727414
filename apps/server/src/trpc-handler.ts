import { type AppRouter, appRouter } from "@kyoso/api";
import type { TRPCError } from "@trpc/server";
import { incomingMessageToRequest, internal_exceptionHandler } from "@trpc/server/adapters/node-http";
import { resolveResponse } from "@trpc/server/http";
import type { Request, Response } from "express";
import type { CreateContext } from "./trpc-queries";

interface Options {
  maxBodySize: number;
  createContext: CreateContext;
  onError: (opts: { error: TRPCError; path: string | undefined }) => void;
}

/**
 * tRPC over Express, answering in one write. tRPC's own adapter pipes every answer through a web stream into
 * a chunked response (several writes per call); our answers are plain JSON, never streamed, so the body is
 * read whole and sent with its length. Same request conversion, body limit, context and error handling.
 */
export function trpcHandler(options: Options) {
  return (req: Request, res: Response): void => {
    const path = req.path.slice(req.path.lastIndexOf("/") + 1);
    const fail = internal_exceptionHandler({
      req,
      res,
      path,
      router: appRouter,
      // Not called here: only what the error handler reads.
      createContext: options.createContext as never,
      onError: ({ error }) => options.onError({ error, path }),
    });
    (async () => {
      const request = incomingMessageToRequest(req, res, { maxBodySize: options.maxBodySize });
      const response = await resolveResponse<AppRouter>({
        router: appRouter,
        req: request,
        path,
        error: null,
        createContext: ({ info }) =>
          options.createContext(
            req,
            res,
            info.calls.map((call) => call.path),
          ),
        onError: ({ error, path: procedure }) => options.onError({ error, path: procedure }),
      });
      const body = Buffer.from(await response.arrayBuffer());
      res.statusCode = response.status;
      for (const [key, value] of response.headers) {
        if (key !== "set-cookie") res.setHeader(key, value);
      }
      for (const cookie of response.headers.getSetCookie()) res.append("Set-Cookie", cookie);
      res.setHeader("content-length", body.byteLength);
      res.end(body);
    })().catch(fail);
  };
}
