import {
  findAgreement,
  findAnnouncementScope,
  findEdition,
  findProgramScope,
  findRecordRegionId,
  findRegionBySlug,
  findTaskScopes,
  regionIdsForOrganization,
} from "@kyoso/db";
import { regionSlugSchema, type Scope } from "@kyoso/domain";
import { z } from "zod";
import type { Context } from "./context";
import { trashKindOf } from "./services/trash/index";

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
  /** A program session, a session's speaker, an announcement: each belongs to a forum edition. */
  | { sessionId: string }
  | { speakerId: string }
  | { announcementId: string }
  | { surveyId: string }
  /** Organizations belong to a prefecture: any region covering it will do. */
  | { organizationId: string }
  | { taskId: string }
  /** Several tasks at once (bulk changes): the caller needs the permission for every one of them. */
  | { taskIds: string }
  /**
   * A record of any kind that can be deleted softly, named by `recordType` beside the id field (the trash, a
   * record's change history): the region it belongs to, deleted or not.
   */
  | { recordRef: string };

export interface ResolvedScopes {
  /** "any": one scope passing is enough (alternatives); "all": every scope must pass (several records). */
  mode: "any" | "all";
  scopes: Scope[];
}

const idField = z.uuid();
const slugField = regionSlugSchema;

/** A scope no regional role matches (a malformed or unknown reference): only the national team passes. */
const NOWHERE: Scope[] = [{ regionId: "" }];

/** The scopes a call is authorized under. */
export async function resolveScopes(
  ctx: Context,
  source: ScopeSource,
  rawInput: unknown,
): Promise<ResolvedScopes> {
  if (source === "none") return { mode: "any", scopes: [{}] };
  const [kind, field] = Object.entries(source)[0] as [string, string];
  const value = ((rawInput ?? {}) as Record<string, unknown>)[field];
  if (kind === "taskIds") return { mode: "all", scopes: await taskScopes(ctx, value) };
  if (kind === "recordRef") {
    const recordType = ((rawInput ?? {}) as Record<string, unknown>).recordType;
    return { mode: "any", scopes: await recordRefScope(ctx, recordType, value) };
  }
  return { mode: "any", scopes: await singleScope(ctx, kind, value) };
}

async function taskScopes(ctx: Context, value: unknown): Promise<Scope[]> {
  const ids = z.array(idField).min(1).max(500).safeParse(value);
  if (!ids.success) return NOWHERE;
  const found = await findTaskScopes(ctx.db, [...new Set(ids.data)]);
  if (found.length !== new Set(ids.data).size) return NOWHERE;
  return found.map((t) => ({ regionId: t.regionId, assigneeId: t.assigneeId }));
}

async function recordRefScope(ctx: Context, recordType: unknown, value: unknown): Promise<Scope[]> {
  const id = idField.safeParse(value);
  const kind = typeof recordType === "string" ? trashKindOf(recordType) : undefined;
  if (!id.success || !kind) return NOWHERE;
  const regionId = await kind.regionOf(ctx.db, id.data);
  return regionId ? [{ regionId }] : NOWHERE;
}

async function singleScope(ctx: Context, kind: string, value: unknown): Promise<Scope[]> {
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
    case "sessionId":
    case "speakerId":
    case "announcementId": {
      const found =
        kind === "announcementId"
          ? await findAnnouncementScope(ctx.db, id)
          : await findProgramScope(ctx.db, kind === "sessionId" ? { sessionId: id } : { speakerId: id });
      return region(found?.regionId, found ? { editionId: found.editionId } : {});
    }
    case "surveyId":
      return region(await findRecordRegionId(ctx.db, "survey", id));
    case "taskId": {
      const [task] = await findTaskScopes(ctx.db, [id]);
      return task ? [{ regionId: task.regionId, assigneeId: task.assigneeId }] : NOWHERE;
    }
    case "organizationId": {
      const regionIds = await regionIdsForOrganization(ctx.db, id);
      return regionIds.length > 0 ? regionIds.map((regionId) => ({ regionId })) : NOWHERE;
    }
    default:
      return NOWHERE;
  }
}
