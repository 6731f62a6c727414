import type { ManagedRegion } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

const managedRegions = (db: Kysely<Database>) =>
  db.selectFrom("region as r").select([
    "r.id",
    "r.slug",
    "r.nameJa",
    "r.nameEn",
    "r.kind",
    "r.archivedAt",
    "r.version",
    sql<string[]>`coalesce((select array_agg(rp.prefecture_code::text order by rp.prefecture_code)
        from region_prefecture rp where rp.region_id = r.id), '{}')`.as("prefectureCodes"),
    sql<number>`(select count(*)::int from user_region ur where ur.region_id = r.id)`.as("memberCount"),
  ]);

type ManagedRow = Omit<ManagedRegion, "archivedAt"> & { archivedAt: Date | string | null };

const toManagedRegion = (row: ManagedRow): ManagedRegion => ({
  ...row,
  archivedAt: row.archivedAt === null ? null : new Date(row.archivedAt).toISOString(),
});

/** Every region, archived ones last, with its prefectures and member count: the national team's list. */
export async function listManagedRegions(db: Kysely<Database>): Promise<ManagedRegion[]> {
  const rows = await managedRegions(db)
    .orderBy(sql`r.archived_at is not null`)
    .orderBy(sql`(select min(rp.prefecture_code) from region_prefecture rp where rp.region_id = r.id)`)
    .orderBy("r.kind", "desc")
    .orderBy("r.slug")
    .execute();
  return rows.map(toManagedRegion);
}

export async function findManagedRegion(
  db: Kysely<Database>,
  id: string,
): Promise<ManagedRegion | undefined> {
  const row = await managedRegions(db).where("r.id", "=", id).executeTakeFirst();
  return row && toManagedRegion(row);
}

/** The active single-prefecture region already serving one of these prefectures, if any. */
export async function findActivePrefectureRegion(db: Kysely<Database>, prefectureCodes: readonly string[]) {
  if (prefectureCodes.length === 0) return undefined;
  return db
    .selectFrom("region as r")
    .innerJoin("regionPrefecture as rp", "rp.regionId", "r.id")
    .select(["r.id", "r.nameJa", "rp.prefectureCode"])
    .where("r.kind", "=", "prefecture")
    .where("r.archivedAt", "is", null)
    .where("rp.prefectureCode", "in", [...prefectureCodes])
    .executeTakeFirst();
}

export async function insertRegion(
  db: Kysely<Database>,
  region: { slug: string; nameJa: string; nameEn: string; kind: "prefecture" | "area" },
  prefectureCodes: readonly string[],
): Promise<string> {
  const { id } = await db.insertInto("region").values(region).returning("id").executeTakeFirstOrThrow();
  await db
    .insertInto("regionPrefecture")
    .values(prefectureCodes.map((prefectureCode) => ({ regionId: id, prefectureCode })))
    .execute();
  return id;
}

/** Changes a region if it is still at `version`; undefined when it is not (a stale edit) or is gone. */
export async function updateRegionAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: { nameJa?: string; nameEn?: string; archivedAt?: Date | null },
): Promise<{ id: string } | undefined> {
  return db
    .updateTable("region")
    .set({ ...patch, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", id)
    .where("version", "=", version)
    .returning("id")
    .executeTakeFirst();
}
