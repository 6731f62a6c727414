import {
  findAgreement,
  findEdition,
  findRecordRegionId,
  findRegionBySlug,
  regionIdsForOrganization,
} from "@kyoso/db";
import type { Scope } from "@kyoso/domain";
import { z } from "zod";
import type { Context } from "./context";

/**
 * Where a procedure finds the region it acts on, read from its raw input before the input is validated:
 * "none" for lists and account procedures; else the input field holding a region id, a region slug, a
 * forum edition id, or the id of a record that belongs to a region.
 */
export type ScopeSource =
  | "none"
  | { regionId: string }
  | { regionSlug: string }
  | { editionId: string }
  | { agreementId: string }
  | { meetingId: string }
  | { hearingId: string }
  | { timelineEntryId: string }
  /** Organizations belong to a prefecture: any region covering it will do. */
  | { organizationId: string };

const idField = z.uuid();
const slugField = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** A scope no regional role matches (a malformed or unknown reference): only the national team passes. */
const NOWHERE: Scope[] = [{ regionId: "" }];

/** The scopes a call may be authorized under; the caller needs the permission in at least one. */
export async function resolveScopes(ctx: Context, source: ScopeSource, rawInput: unknown): Promise<Scope[]> {
  if (source === "none") return [{}];
  const [kind, field] = Object.entries(source)[0] as [string, string];
  const value = ((rawInput ?? {}) as Record<string, unknown>)[field];
  const parsed = (kind === "regionSlug" ? slugField : idField).safeParse(value);
  if (!parsed.success) return NOWHERE;
  const id = parsed.data;
  const region = (regionId: string | undefined, extra: Scope = {}): Scope[] =>
    regionId ? [{ regionId, ...extra }] : NOWHERE;
  switch (kind) {
    case "regionId":
      return region(id);
    case "regionSlug":
      return region((await findRegionBySlug(ctx.db, id))?.id);
    case "editionId":
      return region((await findEdition(ctx.db, id))?.regionId, { editionId: id });
    case "agreementId": {
      const agreement = await findAgreement(ctx.db, id);
      return region(agreement?.regionId, agreement ? { editionId: agreement.editionId } : {});
    }
    case "meetingId":
      return region(await findRecordRegionId(ctx.db, "meeting", id));
    case "hearingId":
      return region(await findRecordRegionId(ctx.db, "hearing", id));
    case "timelineEntryId":
      return region(await findRecordRegionId(ctx.db, "timelineEntry", id));
    case "organizationId": {
      const regionIds = await regionIdsForOrganization(ctx.db, id);
      return regionIds.length > 0 ? regionIds.map((regionId) => ({ regionId })) : NOWHERE;
    }
    default:
      return NOWHERE;
  }
}
