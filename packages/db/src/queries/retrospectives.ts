import type { Retrospective } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

const columns = [
  "editionId",
  "venueAttendance",
  "onlineAttendance",
  "surveyUrl",
  "notes",
  "version",
  "updatedAt",
] as const;

type Row = Omit<Retrospective, "updatedAt"> & { updatedAt: Date };
const toRetrospective = (row: Row): Retrospective => ({
  ...row,
  updatedAt: new Date(row.updatedAt).toISOString(),
});

export async function findRetrospective(
  db: Kysely<Database>,
  editionId: string,
): Promise<Retrospective | undefined> {
  const row = await db
    .selectFrom("editionRetrospective")
    .select(columns)
    .where("editionId", "=", editionId)
    .executeTakeFirst();
  return row && toRetrospective(row);
}

export interface RetrospectiveValues {
  venueAttendance: number | null;
  onlineAttendance: number | null;
  surveyUrl: string | null;
  notes: string | null;
}

/**
 * Writes the retrospective the editor saw at `version` (null: none existed yet). Undefined when someone else
 * saved in between: a second first save meets the primary key, a stale version matches no row.
 */
export async function saveRetrospectiveAtVersion(
  db: Kysely<Database>,
  editionId: string,
  version: number | null,
  values: RetrospectiveValues,
): Promise<Retrospective | undefined> {
  const row =
    version === null
      ? await db
          .insertInto("editionRetrospective")
          .values({ ...values, editionId })
          .onConflict((oc) => oc.column("editionId").doNothing())
          .returning(columns)
          .executeTakeFirst()
      : await db
          .updateTable("editionRetrospective")
          .set({ ...values, version: sql`version + 1`, updatedAt: sql`now()` })
          .where("editionId", "=", editionId)
          .where("version", "=", version)
          .returning(columns)
          .executeTakeFirst();
  return row && toRetrospective(row);
}
