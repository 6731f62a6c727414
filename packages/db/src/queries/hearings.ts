import type { ExpressionBuilder, Kysely, QueryCreator } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../schema";
import { type ReadMark, readLogInsert } from "./read-log";
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

/** A hearing's findings in order, as a JSON array beside the hearing (same statement). */
function findingsOf(eb: ExpressionBuilder<Database & { hearing: Database["hearing"] }, "hearing">) {
  return jsonArrayFrom(
    eb
      .selectFrom("hearingFinding")
      .innerJoin("hearingTheme", "hearingTheme.id", "hearingFinding.themeId")
      .select([
        "hearingFinding.hearingId",
        "hearingFinding.body",
        "hearingTheme.id as themeId",
        "hearingTheme.nameJa as themeJa",
        "hearingTheme.nameEn as themeEn",
      ])
      .whereRef("hearingFinding.hearingId", "=", "hearing.id")
      .orderBy("hearingFinding.position"),
  );
}

/**
 * One page of a region's hearings with their findings, newest first, in one statement (a page past the end
 * takes a second one for the total). `readBy`: the read of the findings is logged in the same statement.
 */
export async function listRegionHearings(
  db: Kysely<Database>,
  regionId: string,
  page: number,
  pageSize: number,
  readBy: ReadMark | null = null,
) {
  const hearings = (qb: QueryCreator<Database>) =>
    qb
      .selectFrom("hearing")
      .innerJoin("organization", "organization.id", "hearing.organizationId")
      .where("hearing.regionId", "=", regionId)
      .where("hearing.deletedAt", "is", null);
  const rows = await db
    .with("page", (qb) =>
      hearings(qb)
        .select(hearingColumns)
        .select((eb) => [findingsOf(eb).as("findings"), "hearing.createdAt"])
        .orderBy("hearing.heldOn", "desc")
        .orderBy("hearing.createdAt", "desc")
        .limit(pageSize)
        .offset((page - 1) * pageSize),
    )
    .with("logged", () => readLogInsert("page", "hearing", readBy))
    .selectFrom("page")
    .select([
      "page.id",
      "page.regionId",
      "page.heldOn",
      "page.interviewer",
      "page.respondent",
      "page.summary",
      "page.version",
      "page.consent",
      "page.consentOn",
      "page.purposeOfUse",
      "page.organizationId",
      "page.organizationName",
      "page.findings",
    ])
    .select(() =>
      hearings(db)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .as("total"),
    )
    .orderBy("page.heldOn", "desc")
    .orderBy("page.createdAt", "desc")
    .execute();
  const total =
    rows[0]?.total ??
    (page > 1
      ? (
          await hearings(db)
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n
      : 0);
  return { total: Number(total), rows: rows.map(({ total: _total, ...row }) => row) };
}

/** A hearing with its findings in one statement; `readBy`: the read of its findings is logged in it too. */
export async function findHearing(
  db: Kysely<Database>,
  id: string,
  options: { withDeleted?: boolean; readBy?: ReadMark | null } = {},
) {
  const row = await db
    .with("found", (qb) =>
      qb
        .selectFrom("hearing")
        .innerJoin("organization", "organization.id", "hearing.organizationId")
        .select(hearingColumns)
        .select((eb) => [
          eb
            .selectFrom("timelineEntry")
            .select("timelineEntry.isPublic")
            .where("timelineEntry.sourceType", "=", "hearing")
            .whereRef("timelineEntry.sourceId", "=", "hearing.id")
            .limit(1)
            .as("isPublic"),
          findingsOf(eb).as("findings"),
        ])
        .where("hearing.id", "=", id)
        .$if(!options.withDeleted, (q) => q.where("hearing.deletedAt", "is", null)),
    )
    .with("logged", () => readLogInsert("found", "hearing", options.readBy ?? null))
    .selectFrom("found")
    .selectAll()
    .executeTakeFirst();
  if (!row) return undefined;
  const { findings, isPublic, ...hearing } = row;
  return { ...hearing, isPublic: isPublic ?? false, findings };
}

/**
 * Findings across regions for one theme (or all), newest first, with who said it where, in one statement
 * (a page past the end takes a second one for the total). `readBy`: the read of each hearing is logged in it.
 */
export async function listFindingsByTheme(
  db: Kysely<Database>,
  filter: { themeId?: string | undefined; page: number; pageSize: number },
  readBy: ReadMark | null = null,
) {
  const findings = (qb: QueryCreator<Database>) =>
    qb
      .selectFrom("hearingFinding")
      .innerJoin("hearing", "hearing.id", "hearingFinding.hearingId")
      .innerJoin("hearingTheme", "hearingTheme.id", "hearingFinding.themeId")
      .innerJoin("organization", "organization.id", "hearing.organizationId")
      .innerJoin("region", "region.id", "hearing.regionId")
      .where("hearing.deletedAt", "is", null)
      .$if(filter.themeId !== undefined, (q) => q.where("hearingFinding.themeId", "=", filter.themeId ?? ""));
  const count = () => findings(db).select((eb) => eb.fn.countAll<string>().as("n"));
  const rows = await db
    .with("page", (qb) =>
      findings(qb)
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
        .offset((filter.page - 1) * filter.pageSize),
    )
    .with("read", (qb) => qb.selectFrom("page").select(["page.hearingId as id", "page.regionId"]))
    .with("logged", () => readLogInsert("read", "hearing", readBy))
    .selectFrom("page")
    .selectAll("page")
    .select(() => count().as("total"))
    .orderBy("page.heldOn", "desc")
    .orderBy("page.id")
    .execute();
  const total = rows[0]?.total ?? (filter.page > 1 ? (await count().executeTakeFirstOrThrow()).n : 0);
  return { total: Number(total), rows: rows.map(({ total: _total, ...row }) => row) };
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
