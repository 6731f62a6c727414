import type { DatePrecision, TimelineEntry, TimelineKind } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import { notOfDeletedAgreement } from "./agreements";
import { toTimelineEntry } from "./mappers";
import { updateLiveAtVersion } from "./soft-delete";

export interface NewTimelineEntry {
  regionId: string;
  occurredOn: string;
  precision?: DatePrecision;
  kind: TimelineKind;
  title: string;
  body?: string | null;
  isPublic?: boolean;
  sourceType?: string | null;
  sourceId?: string | null;
}

export async function insertTimelineEntry(
  db: Kysely<Database>,
  entry: NewTimelineEntry,
): Promise<TimelineEntry> {
  const row = await db
    .insertInto("timelineEntry")
    .values(entry)
    .returning(["id", "occurredOn", "precision", "kind", "title", "body", "isPublic"])
    .executeTakeFirstOrThrow();
  return toTimelineEntry(row);
}

/** One page of a region's timeline, newest first, optionally only some kinds. */
export async function listTimeline(
  db: Kysely<Database>,
  filter: {
    regionId: string;
    kinds?: TimelineKind[] | undefined;
    publicOnly?: boolean;
    page: number;
    pageSize: number;
  },
) {
  let query = db
    .selectFrom("timelineEntry")
    .where("regionId", "=", filter.regionId)
    .where("deletedAt", "is", null)
    .where(notOfDeletedAgreement);
  if (filter.kinds && filter.kinds.length > 0) query = query.where("kind", "in", filter.kinds);
  if (filter.publicOnly) query = query.where("isPublic", "=", true);
  // The count rides along as a scalar subquery: one statement (a page past the end asks for it alone).
  const count = query.select((eb) => eb.fn.countAll<string>().as("n"));
  const rows = await query
    .select([
      "id",
      "occurredOn",
      "precision",
      "kind",
      "title",
      "body",
      "isPublic",
      "sourceType",
      "sourceId",
      "version",
    ])
    .select(count.as("total"))
    .orderBy("occurredOn", "desc")
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  const total = rows[0] ? { n: rows[0].total ?? "0" } : await count.executeTakeFirstOrThrow();
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
      ...toTimelineEntry(r),
      sourceType: r.sourceType,
      sourceId: r.sourceId,
      version: r.version,
    })),
  };
}

export async function findTimelineEntry(
  db: Kysely<Database>,
  id: string,
  options: { withDeleted?: boolean } = {},
) {
  const row = await db
    .selectFrom("timelineEntry")
    .select([
      "id",
      "regionId",
      "occurredOn",
      "precision",
      "kind",
      "title",
      "body",
      "isPublic",
      "sourceType",
      "sourceId",
      "version",
    ])
    .where("id", "=", id)
    .$if(!options.withDeleted, (q) => q.where("deletedAt", "is", null))
    .executeTakeFirst();
  return (
    row && {
      ...toTimelineEntry(row),
      regionId: row.regionId,
      sourceType: row.sourceType,
      sourceId: row.sourceId,
      version: row.version,
    }
  );
}

export async function setTimelineEntryPublic(
  db: Kysely<Database>,
  id: string,
  isPublic: boolean,
): Promise<void> {
  await db
    .updateTable("timelineEntry")
    .set({ isPublic, version: sql`version + 1` })
    .where("id", "=", id)
    .execute();
}

/** Changes a note if it is still at `version` and not deleted; false when someone else changed it first. */
export async function updateNoteAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  note: {
    occurredOn: string;
    precision: DatePrecision;
    title: string;
    body: string | null;
    isPublic: boolean;
  },
): Promise<boolean> {
  return updateLiveAtVersion(db, "timelineEntry", id, version, note, { touch: false });
}

/** A meeting's or hearing's own entry on the log, changed along with its record. */
export async function updateSourceEntry(
  db: Kysely<Database>,
  source: { sourceType: "meeting" | "hearing"; sourceId: string },
  entry: { occurredOn: string; title: string; body: string | null; isPublic: boolean },
): Promise<void> {
  await db
    .updateTable("timelineEntry")
    .set({ ...entry, version: sql`version + 1` })
    .where("sourceType", "=", source.sourceType)
    .where("sourceId", "=", source.sourceId)
    .execute();
}
