import { type Kysely, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
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

/**
 * An edition's day with the milestone template and the edition's overrides, in one statement; undefined when
 * the edition does not exist.
 */
export async function findEditionMilestoneInputs(db: Kysely<Database>, editionId: string) {
  return db
    .selectFrom("forumEdition")
    .select((eb) => [
      "forumEdition.heldOn",
      jsonArrayFrom(
        eb
          .selectFrom("milestoneTemplate")
          .select([
            "milestoneTemplate.key",
            "milestoneTemplate.labelJa",
            "milestoneTemplate.labelEn",
            "milestoneTemplate.offsetDays",
            "milestoneTemplate.position",
            "milestoneTemplate.version",
          ])
          .orderBy("milestoneTemplate.position"),
      ).as("template"),
      jsonArrayFrom(
        eb
          .selectFrom("editionMilestone")
          .select([
            "editionMilestone.templateKey as key",
            "editionMilestone.shiftDays",
            "editionMilestone.doneOn",
            "editionMilestone.version",
          ])
          .whereRef("editionMilestone.editionId", "=", "forumEdition.id"),
      ).as("overrides"),
    ])
    .where("forumEdition.id", "=", editionId)
    .executeTakeFirst();
}

/**
 * Sets an edition's shift and done date for one milestone if it is still at `version` (0: no change recorded
 * yet, so the override is created). False when someone else saved first.
 */
export async function saveEditionMilestoneAtVersion(
  db: Kysely<Database>,
  value: {
    editionId: string;
    templateKey: string;
    shiftDays: number;
    doneOn: string | null;
    version: number;
  },
): Promise<boolean> {
  const { version, ...fields } = value;
  if (version === 0) {
    const inserted = await db
      .insertInto("editionMilestone")
      .values(fields)
      .onConflict((oc) => oc.columns(["editionId", "templateKey"]).doNothing())
      .executeTakeFirst();
    return inserted.numInsertedOrUpdatedRows === 1n;
  }
  const updated = await db
    .updateTable("editionMilestone")
    .set({
      shiftDays: fields.shiftDays,
      doneOn: fields.doneOn,
      version: sql`version + 1`,
      updatedAt: sql`now()`,
    })
    .where("editionId", "=", fields.editionId)
    .where("templateKey", "=", fields.templateKey)
    .where("version", "=", version)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

/** Sets an edition's shift and done date for one milestone (creating the override on first change); for the seed. */
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
