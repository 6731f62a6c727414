import type { NetworkPage, PublicNetworkPage } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// The network's own pages. The public reads published ones only; the national team's editor reads all.

const columns = ["id", "slug", "title", "body", "position", "published", "version", "updatedAt"] as const;

const toPage = (r: {
  id: string;
  slug: string;
  title: string;
  body: string;
  position: number;
  published: boolean;
  version: number;
  updatedAt: Date;
}): NetworkPage => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() });

export async function listNetworkPages(db: Kysely<Database>): Promise<NetworkPage[]> {
  const rows = await db
    .selectFrom("networkPage")
    .select(columns)
    .orderBy("position")
    .orderBy("slug")
    .execute();
  return rows.map(toPage);
}

export async function findNetworkPage(db: Kysely<Database>, id: string): Promise<NetworkPage | undefined> {
  const row = await db.selectFrom("networkPage").select(columns).where("id", "=", id).executeTakeFirst();
  return row && toPage(row);
}

export async function networkPageSlugTaken(db: Kysely<Database>, slug: string): Promise<boolean> {
  const row = await db.selectFrom("networkPage").select("id").where("slug", "=", slug).executeTakeFirst();
  return row !== undefined;
}

export async function insertNetworkPage(
  db: Kysely<Database>,
  values: { slug: string; title: string; body: string; position: number; published: boolean },
): Promise<NetworkPage> {
  const row = await db.insertInto("networkPage").values(values).returning(columns).executeTakeFirstOrThrow();
  return toPage(row);
}

/** Applies the edit only at `version`; undefined when the page is missing or was changed in between. */
export async function updateNetworkPageAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: { title: string; body: string; position: number; published: boolean },
): Promise<NetworkPage | undefined> {
  const row = await db
    .updateTable("networkPage")
    .set({ ...values, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", id)
    .where("version", "=", version)
    .returning(columns)
    .executeTakeFirst();
  return row && toPage(row);
}

/** Published pages, in their order, for the links on every public page. */
export async function listPublishedNetworkPages(
  db: Kysely<Database>,
): Promise<Pick<PublicNetworkPage, "slug" | "title">[]> {
  return db
    .selectFrom("networkPage")
    .select(["slug", "title"])
    .where("published", "=", true)
    .orderBy("position")
    .orderBy("slug")
    .execute();
}

export async function findPublishedNetworkPage(
  db: Kysely<Database>,
  slug: string,
): Promise<PublicNetworkPage | undefined> {
  const row = await db
    .selectFrom("networkPage")
    .select(["slug", "title", "body", "updatedAt"])
    .where("slug", "=", slug)
    .where("published", "=", true)
    .executeTakeFirst();
  return row && { ...row, updatedAt: new Date(row.updatedAt).toISOString() };
}
