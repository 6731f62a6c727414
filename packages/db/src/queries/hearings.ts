import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { updateLiveAtVersion } from "./soft-delete";

export async function listHearingThemes(db: Kysely<Database>, includeArchived = false) {
  let query = db
    .selectFrom("hearingTheme")
    .select(["id", "nameJa", "nameEn", "archived"])
    .orderBy("position");
  if (!includeArchived) query = query.where("archived", "=", false);
  return query.execute();
}

export async function insertHearingTheme(
  db: Kysely<Database>,
  theme: { nameJa: string; nameEn: string },
): Promise<string> {
  const row = await db
    .insertInto("hearingTheme")
    .values((eb) => ({
      ...theme,
      position: eb
        .selectFrom("hearingTheme")
        .select(eb.fn.coalesce(eb.fn.max("position"), eb.lit(0)).as("p")),
    }))
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertHearing(
  db: Kysely<Database>,
  hearing: {
    regionId: string;
    organizationId: string;
    heldOn: string;
    interviewer: string;
    respondent: string | null;
    summary: string | null;
  } & HearingConsentColumns,
  findings: { themeId: string; body: string }[],
): Promise<string> {
  const row = await db.insertInto("hearing").values(hearing).returning("id").executeTakeFirstOrThrow();
  if (findings.length === 0) return row.id;
  await db
    .insertInto("hearingFinding")
    .values(findings.map((f, i) => ({ ...f, hearingId: row.id, position: i + 1 })))
    .execute();
  return row.id;
}

/** The interviewee's consent as a hearing keeps it (null consent: recorded before consent was asked). */
export interface HearingConsentColumns {
  consent: "written" | "verbal" | "none";
  consentOn: string | null;
  purposeOfUse: string | null;
}

const hearingColumns = [
  "hearing.id",
  "hearing.regionId",
  "hearing.heldOn",
  "hearing.interviewer",
  "hearing.respondent",
  "hearing.summary",
  "hearing.version",
  "hearing.consent",
  "hearing.consentOn",
  "hearing.purposeOfUse",
  "organization.id as organizationId",
  "organization.name as organizationName",
] as const;

async function findingsOf(db: Kysely<Database>, hearingIds: string[]) {
  if (hearingIds.length === 0) return [];
  return db
    .selectFrom("hearingFinding")
    .innerJoin("hearingTheme", "hearingTheme.id", "hearingFinding.themeId")
    .select([
      "hearingFinding.hearingId",
      "hearingFinding.body",
      "hearingTheme.id as themeId",
      "hearingTheme.nameJa as themeJa",
      "hearingTheme.nameEn as themeEn",
    ])
    .where("hearingFinding.hearingId", "in", hearingIds)
    .orderBy("hearingFinding.hearingId")
    .orderBy("hearingFinding.position")
    .execute();
}

/** One page of a region's hearings with their findings, newest first. */
export async function listRegionHearings(
  db: Kysely<Database>,
  regionId: string,
  page: number,
  pageSize: number,
) {
  const query = db
    .selectFrom("hearing")
    .innerJoin("organization", "organization.id", "hearing.organizationId")
    .where("hearing.regionId", "=", regionId)
    .where("hearing.deletedAt", "is", null);
  const [rows, total] = await Promise.all([
    query
      .select(hearingColumns)
      .orderBy("hearing.heldOn", "desc")
      .orderBy("hearing.createdAt", "desc")
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const findings = await findingsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({ ...r, findings: findings.filter((f) => f.hearingId === r.id) })),
  };
}

export async function findHearing(db: Kysely<Database>, id: string, options: { withDeleted?: boolean } = {}) {
  const row = await db
    .selectFrom("hearing")
    .innerJoin("organization", "organization.id", "hearing.organizationId")
    .select(hearingColumns)
    .select((eb) =>
      eb
        .selectFrom("timelineEntry")
        .select("timelineEntry.isPublic")
        .where("timelineEntry.sourceType", "=", "hearing")
        .whereRef("timelineEntry.sourceId", "=", "hearing.id")
        .limit(1)
        .as("isPublic"),
    )
    .where("hearing.id", "=", id)
    .$if(!options.withDeleted, (q) => q.where("hearing.deletedAt", "is", null))
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, isPublic: row.isPublic ?? false, findings: await findingsOf(db, [id]) };
}

/** Findings across regions for one theme (or all), newest first, with who said it where. */
export async function listFindingsByTheme(
  db: Kysely<Database>,
  filter: { themeId?: string | undefined; page: number; pageSize: number },
) {
  let query = db
    .selectFrom("hearingFinding")
    .innerJoin("hearing", "hearing.id", "hearingFinding.hearingId")
    .innerJoin("hearingTheme", "hearingTheme.id", "hearingFinding.themeId")
    .innerJoin("organization", "organization.id", "hearing.organizationId")
    .innerJoin("region", "region.id", "hearing.regionId")
    .where("hearing.deletedAt", "is", null);
  if (filter.themeId) query = query.where("hearingFinding.themeId", "=", filter.themeId);
  const [rows, total] = await Promise.all([
    query
      .select([
        "hearingFinding.id",
        "hearingFinding.body",
        "hearingTheme.id as themeId",
        "hearingTheme.nameJa as themeJa",
        "hearingTheme.nameEn as themeEn",
        "hearing.id as hearingId",
        "hearing.heldOn",
        "hearing.respondent",
        "organization.name as organizationName",
        "region.id as regionId",
        "region.slug as regionSlug",
        "region.nameJa as regionName",
      ])
      .orderBy("hearing.heldOn", "desc")
      .orderBy("hearingFinding.id")
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), rows };
}

/** Changes a hearing and replaces its findings if it is still at `version` and not deleted; false otherwise. */
export async function updateHearingAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  hearing: {
    organizationId: string;
    heldOn: string;
    interviewer: string;
    respondent: string | null;
    summary: string | null;
  } & HearingConsentColumns,
  findings: { themeId: string; body: string }[],
): Promise<boolean> {
  if (!(await updateLiveAtVersion(db, "hearing", id, version, hearing, { touch: true }))) return false;
  await db.deleteFrom("hearingFinding").where("hearingId", "=", id).execute();
  if (findings.length === 0) return true;
  await db
    .insertInto("hearingFinding")
    .values(findings.map((f, i) => ({ ...f, hearingId: id, position: i + 1 })))
    .execute();
  return true;
}
