import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

export async function listMilestoneTemplate(db: Kysely<Database>) {
  return db
    .selectFrom("milestoneTemplate")
    .select(["key", "labelJa", "labelEn", "offsetDays", "position", "version"])
    .orderBy("position")
    .execute();
}

export async function findTemplateItem(db: Kysely<Database>, key: string) {
  return db
    .selectFrom("milestoneTemplate")
    .select(["key", "labelJa", "labelEn", "offsetDays", "position", "version"])
    .where("key", "=", key)
    .executeTakeFirst();
}

export async function insertTemplateItem(
  db: Kysely<Database>,
  item: { key: string; labelJa: string; labelEn: string; offsetDays: number },
): Promise<void> {
  await db
    .insertInto("milestoneTemplate")
    .values((eb) => ({
      ...item,
      position: eb
        .selectFrom("milestoneTemplate")
        .select(eb.fn.coalesce(eb.fn.max("position"), eb.lit(0)).as("p")),
    }))
    .execute();
}

export async function updateTemplateItemAtVersion(
  db: Kysely<Database>,
  key: string,
  version: number,
  patch: { labelJa: string; labelEn: string; offsetDays: number },
): Promise<boolean> {
  const result = await db
    .updateTable("milestoneTemplate")
    .set({ ...patch, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("key", "=", key)
    .where("version", "=", version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function listEditionMilestoneOverrides(db: Kysely<Database>, editionId: string) {
  const rows = await db
    .selectFrom("editionMilestone")
    .select(["templateKey as key", "shiftDays", "doneOn", "version"])
    .where("editionId", "=", editionId)
    .execute();
  return rows;
}

/** Sets an edition's shift and done date for one milestone (creating the override on first change). */
export async function upsertEditionMilestone(
  db: Kysely<Database>,
  value: { editionId: string; templateKey: string; shiftDays: number; doneOn: string | null },
): Promise<void> {
  await db
    .insertInto("editionMilestone")
    .values(value)
    .onConflict((oc) =>
      oc.columns(["editionId", "templateKey"]).doUpdateSet({
        shiftDays: value.shiftDays,
        doneOn: value.doneOn,
        version: sql`edition_milestone.version + 1`,
        updatedAt: sql`now()`,
      }),
    )
    .execute();
}
