import type { DatePrecision, TimelineEntry, TimelineKind } from "@kyoso/domain";
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { toTimelineEntry } from "./mappers";

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
