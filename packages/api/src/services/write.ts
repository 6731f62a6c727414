import { type Database, recordAudits } from "@kyoso/db";
import type { AuditAction, AuditRecordType } from "@kyoso/domain";
import type { Transaction } from "kysely";
import type { Context } from "../context";

/** One changed record, as the audit log keeps it. The actor comes from the context (but see `actorId`). */
export interface AuditEntry {
  action: AuditAction;
  recordType: AuditRecordType;
  recordId: string;
  regionId: string | null;
  before: unknown;
  after: unknown;
  /**
   * Set only where the write itself establishes who acts, whoever's browser sends it: the invited user whose
   * token sets the password, or nobody for a public survey answer (never tied to an account). Otherwise the
   * actor is the context's.
   */
  actorId?: string | null;
}

/** The writable handle a service gets: the transaction and the audit log bound to it and to the actor. */
export interface Write {
  tx: Transaction<Database>;
  actorId: string | null;
  /** Records one or more audit rows in this transaction. */
  audit(entry: AuditEntry | readonly AuditEntry[]): Promise<void>;
}

/**
 * The one way a service writes: opens the transaction, takes the actor from the context and hands out the
 * audit log bound to both, so the change and its audit rows commit together or not at all. Biome refuses
 * `.transaction()` and the audit queries anywhere else in services and routers (tooling/biome/audited-writes.grit).
 */
export async function audited<T>(ctx: Context, run: (write: Write) => Promise<T>): Promise<T> {
  const actorId = ctx.actor?.id ?? null;
  const result = await ctx.db.transaction().execute((tx) =>
    run({
      tx,
      actorId,
      audit: (entry) =>
        recordAudits(
          tx,
          (Array.isArray(entry) ? entry : [entry]).map((e: AuditEntry) => ({
            ...e,
            actorId: e.actorId === undefined ? actorId : e.actorId,
          })),
        ),
    }),
  );
  // A write may have disabled an account, changed a role or a region, or ended sessions: this server looks
  // every session up afresh (other servers within SESSION_CACHE_MS).
  ctx.caches?.sessions.clear();
  return result;
}
