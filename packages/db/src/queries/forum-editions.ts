import type { ForumEdition } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database, ForumEditionPatch, NewForumEdition } from "../schema";
import { editionColumns, toForumEdition } from "./mappers";

export async function findEdition(db: Kysely<Database>, id: string): Promise<ForumEdition | undefined> {
  const row = await db
    .selectFrom("forumEdition")
    .select(editionColumns)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toForumEdition(row);
}

/** Reads the edition and locks its row until the transaction ends. */
export async function findEditionForUpdate(
  db: Kysely<Database>,
  id: string,
): Promise<ForumEdition | undefined> {
  const row = await db
    .selectFrom("forumEdition")
    .select(editionColumns)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  return row && toForumEdition(row);
}

export async function editionExistsForYear(
  db: Kysely<Database>,
  regionId: string,
  year: number,
): Promise<boolean> {
  const row = await db
    .selectFrom("forumEdition")
    .select("id")
    .where("regionId", "=", regionId)
    .where("year", "=", year)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertEdition(db: Kysely<Database>, values: NewForumEdition): Promise<ForumEdition> {
  const row = await db
    .insertInto("forumEdition")
    .values(values)
    .returning(editionColumns)
    .executeTakeFirstOrThrow();
  return toForumEdition(row);
}

/**
 * Applies `patch` only if the stored version is still `version`, bumping it. Returns undefined when the
 * edition is missing or was changed by someone else in between.
 */
export async function updateEditionAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Omit<ForumEditionPatch, "id" | "version" | "updatedAt">,
): Promise<ForumEdition | undefined> {
  const row = await db
    .updateTable("forumEdition")
    .set({ ...patch, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", id)
    .where("version", "=", version)
    .returning(editionColumns)
    .executeTakeFirst();
  return row && toForumEdition(row);
}
