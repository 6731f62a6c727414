import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Download, openDownload, openPublicFlyer, uploadFile } from "@kyoso/api";
import type { DatabaseHandle } from "@kyoso/db";
import {
  ALLOWED_FILE_TYPES,
  DomainError,
  FILE_RECORD_TYPES,
  type FileRecordType,
  idSchema,
} from "@kyoso/domain";
import { type Request, type Response, Router } from "express";
import { rfc5987 } from "./exports";
import { requestContext } from "./request-context";
import { rejectCrossSiteMutations } from "./security";
import { sessionFromRequest } from "./session-cookie";

// File attachments over plain HTTP, streamed both ways (the tRPC router lists and deletes them):
//   POST /files/:recordType/:recordId?name=…   the file's bytes as the body (application/octet-stream)
//   GET  /files/:id                            download, for those who may read the record
//   GET  /public-files/:id                     an edition's file its committee offered as the public flyer
// These routes come before the general body limit (16 MB): an upload is counted against the file limit (20 MB)
// as it streams in.

async function contextOf(database: DatabaseHandle, req: Request, res: Response, publicUrl: string) {
  const session = await sessionFromRequest(database.db, req, res, new Date(), publicUrl);
  res.set("Cache-Control", "no-store");
  if (!session.actor) throw new DomainError("UNAUTHENTICATED", "サインインしてください。");
  return requestContext(database, req, session, publicUrl);
}

const notFound = () => new DomainError("NOT_FOUND", "ファイルが見つかりません。削除された可能性があります。");

/** ASCII stand-in for clients that cannot read filename* (the Japanese name). */
const asciiName = (name: string) => {
  const ending = name.includes(".")
    ? name
        .split(".")
        .pop()
        ?.replace(/[^A-Za-z0-9]/g, "")
    : "";
  return `file${ending ? `.${ending}` : ""}`;
};

/** Streams a stored file as a download: never shown inline, never sniffed into another type. */
async function send(res: Response, { file, content }: Download, cache: string) {
  const type = file.contentType in ALLOWED_FILE_TYPES ? file.contentType : "application/octet-stream";
  res.set({
    "Content-Type": type,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": `attachment; filename="${asciiName(file.name)}"; filename*=UTF-8''${rfc5987(file.name)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": cache,
  });
  await pipeline(Readable.from(content), res);
}

export function fileRoutes(database: DatabaseHandle, publicUrl: string): Router {
  const router = Router();

  router.post(
    "/files/:recordType/:recordId",
    rejectCrossSiteMutations(publicUrl, "application/octet-stream"),
    async (req, res) => {
      try {
        const ctx = await contextOf(database, req, res, publicUrl);
        const recordType = String(req.params.recordType) as FileRecordType;
        const recordId = idSchema.safeParse(req.params.recordId);
        if (!FILE_RECORD_TYPES.includes(recordType) || !recordId.success)
          throw new DomainError("NOT_FOUND", "添付先の記録が見つかりません。");
        const declared = req.headers["content-length"];
        const name = typeof req.query.name === "string" ? req.query.name : "";
        const stored = await uploadFile(ctx, {
          recordType,
          recordId: recordId.data,
          name,
          declaredBytes: declared === undefined ? null : Number(declared),
          body: req,
        });
        res.status(201).json(stored);
      } catch (error) {
        // A refusal may come before the body is read: close the connection rather than read what is left.
        if (!req.complete) res.set("Connection", "close");
        throw error;
      }
    },
  );

  router.get("/files/:id", async (req, res) => {
    const ctx = await contextOf(database, req, res, publicUrl);
    if (!idSchema.safeParse(req.params.id).success) throw notFound();
    await send(res, await openDownload(ctx, req.params.id), "private, no-store");
  });

  router.get("/public-files/:id", async (req, res) => {
    if (!idSchema.safeParse(req.params.id).success) throw notFound();
    await send(res, await openPublicFlyer(database, req.params.id), "public, max-age=300");
  });

  return router;
}
