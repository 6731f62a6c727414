import { timingSafeEqual } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createContextInner, inviteUser } from "@kyoso/api";
import { CONTROL_FILE, type DatabaseHandle, dumpEmbeddedDatabase } from "@kyoso/db";
import { isDomainError, userInviteSchema } from "@kyoso/domain";
import express, { type Request, Router } from "express";
import type { Logger } from "pino";

// The embedded database belongs to the one server process that holds its folder's lock, so the command-line
// tools that need it while the server runs (create-admin, db:backup) ask that process. The server writes its
// address and a random token into the data folder (mode 0600): whoever can read the folder may already read
// the database, so the token gives nothing more, and the routes answer only connections from this machine.

export interface ControlFile {
  url: string;
  token: string;
  pid: number;
}

export async function writeControlFile(dataDir: string, control: ControlFile): Promise<void> {
  await writeFile(path.join(dataDir, CONTROL_FILE), `${JSON.stringify(control)}\n`, { mode: 0o600 });
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function allowed(req: Request, token: string): boolean {
  // The socket's own addresses, not req.ip: a proxy's X-Forwarded-For must not make a remote client "local".
  const { remoteAddress, localAddress } = req.socket;
  const local =
    remoteAddress !== undefined && (LOOPBACK.has(remoteAddress) || remoteAddress === localAddress);
  const given = Buffer.from(req.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(token);
  return local && given.length === expected.length && timingSafeEqual(given, expected);
}

export function localControlRoutes(options: {
  database: DatabaseHandle;
  log: Logger;
  publicUrl: string;
  token: string;
}): Router {
  const { database, log, publicUrl, token } = options;
  const router = Router();
  router.use("/_local", (req, res, next) => {
    res.set("Cache-Control", "no-store");
    if (req.method !== "POST" || !allowed(req, token)) {
      res.status(404).type("text/plain; charset=utf-8").send("見つかりません。");
      return;
    }
    next();
  });

  router.post("/_local/create-admin", express.json({ limit: "4kb" }), async (req, res) => {
    const input = userInviteSchema.safeParse({
      email: req.body?.email,
      displayName: req.body?.name,
      role: "national",
    });
    if (!input.success) {
      res.status(400).json({ message: input.error.issues.map((i) => i.message).join("\n") });
      return;
    }
    try {
      const ctx = createContextInner({ db: database.db, engine: database.engine, publicUrl });
      const invitation = await inviteUser(ctx, input.data);
      log.info({ userId: invitation.user.id }, "national-team account created from the command line");
      res.json({ email: invitation.user.email, invitationUrl: invitation.invitationUrl });
    } catch (error) {
      if (isDomainError(error)) {
        res.status(409).json({ message: error.message });
        return;
      }
      log.error({ err: error }, "create-admin failed");
      res.status(500).json({ message: "サーバーでエラーが発生しました。" });
    }
  });

  router.post("/_local/backup", async (_req, res) => {
    try {
      const dump = await dumpEmbeddedDatabase(database);
      res.type("application/gzip").send(Buffer.from(await dump.arrayBuffer()));
      log.info({ bytes: dump.size }, "backup taken from the command line");
    } catch (error) {
      log.error({ err: error }, "backup failed");
      res.status(500).json({ message: "バックアップに失敗しました (backup failed)" });
    }
  });
  return router;
}
