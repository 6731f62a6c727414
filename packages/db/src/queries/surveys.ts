import type { SurveyQuestion, SurveyStatus } from "@kyoso/domain";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../schema";
import { updateLiveAtVersion } from "./soft-delete";

// Surveys and their questions. Their answers (responses, tallies, free text) are in survey-answers.ts.

export interface SurveySummary {
  id: string;
  regionId: string;
  editionId: string | null;
  title: string;
  opensOn: string;
  closesOn: string;
  status: SurveyStatus;
  responseCount: number;
  questionCount: number;
}

export interface SurveyDetail extends SurveySummary {
  regionSlug: string;
  regionNameJa: string;
  editionTitle: string | null;
  introduction: string | null;
  /** What the answers are used for; null: the standard text (DEFAULT_SURVEY_PURPOSE_JA). */
  purposeOfUse: string | null;
  asksOrganizationType: boolean;
  publicToken: string;
  copiedFromId: string | null;
  openingEntryId: string | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  /** Days after closing that free-text answers are kept (null: kept), and when they were erased. */
  freeTextRetentionDays: number | null;
  freeTextErasedAt: Date | null;
  version: number;
  /** The highest answer number given so far (deleted answers keep theirs): exports read numbers up to it. */
  lastResponseNumber: number;
  questions: SurveyQuestion[];
}

/** What the public answer page may know of a survey: no ids of regions or people, no counts. */
export interface PublicSurvey {
  id: string;
  title: string;
  introduction: string | null;
  purposeOfUse: string | null;
  opensOn: string;
  closesOn: string;
  status: SurveyStatus;
  asksOrganizationType: boolean;
  regionNameJa: string;
  editionTitle: string | null;
  questions: SurveyQuestion[];
}

export interface NewSurvey {
  regionId: string;
  editionId: string | null;
  title: string;
  introduction: string | null;
  /** Left out: null, the standard text. */
  purposeOfUse?: string | null;
  opensOn: string;
  closesOn: string;
  asksOrganizationType: boolean;
  publicToken: string;
  copiedFromId: string | null;
}

const questionCount = (eb: ExpressionBuilder<Database, "survey">) =>
  eb
    .selectFrom("surveyQuestion")
    .select((e) => e.fn.countAll<number>().as("n"))
    .whereRef("surveyQuestion.surveyId", "=", "survey.id")
    .as("questionCount");

const summaryColumns = [
  "survey.id",
  "survey.regionId",
  "survey.editionId",
  "survey.title",
  "survey.opensOn",
  "survey.closesOn",
  "survey.status",
  "survey.responseCount",
] as const;

export async function insertSurvey(db: Kysely<Database>, survey: NewSurvey): Promise<string> {
  const row = await db.insertInto("survey").values(survey).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces a survey's questions with these, in this order. */
export async function replaceSurveyQuestions(
  db: Kysely<Database>,
  surveyId: string,
  questions: readonly SurveyQuestion[],
): Promise<void> {
  await db.deleteFrom("surveyQuestion").where("surveyId", "=", surveyId).execute();
  if (questions.length === 0) return;
  await db
    .insertInto("surveyQuestion")
    .values(
      questions.map((q, position) => ({
        id: q.id,
        surveyId,
        position,
        kind: q.kind,
        label: q.label,
        help: q.help,
        required: q.required,
        options: JSON.stringify(q.options),
        scaleMinLabel: q.scaleMinLabel,
        scaleMaxLabel: q.scaleMaxLabel,
      })),
    )
    .execute();
}

export async function listSurveyQuestions(db: Kysely<Database>, surveyId: string): Promise<SurveyQuestion[]> {
  const rows = await db
    .selectFrom("surveyQuestion")
    .select(["id", "kind", "label", "help", "required", "options", "scaleMinLabel", "scaleMaxLabel"])
    .where("surveyId", "=", surveyId)
    .orderBy("position")
    .execute();
  return rows.map((r) => ({ ...r, options: r.options ?? [] }));
}

/** A survey with its questions; a deleted one is not found unless asked for (the trash restores it). */
export async function findSurvey(
  db: Kysely<Database>,
  id: string,
  options: { deleted?: boolean } = {},
): Promise<SurveyDetail | undefined> {
  const row = await db
    .selectFrom("survey")
    .innerJoin("region", "region.id", "survey.regionId")
    .leftJoin("forumEdition", "forumEdition.id", "survey.editionId")
    .select([
      ...summaryColumns,
      "survey.introduction",
      "survey.purposeOfUse",
      "survey.asksOrganizationType",
      "survey.publicToken",
      "survey.copiedFromId",
      "survey.openingEntryId",
      "survey.publishedAt",
      "survey.closedAt",
      "survey.freeTextRetentionDays",
      "survey.freeTextErasedAt",
      "survey.version",
      "region.slug as regionSlug",
      "region.nameJa as regionNameJa",
      "forumEdition.title as editionTitle",
    ])
    .select(questionCount)
    .select((eb) =>
      eb
        .selectFrom("surveyResponse")
        .select(sql<number>`coalesce(max(number), 0)`.as("n"))
        .whereRef("surveyResponse.surveyId", "=", "survey.id")
        .as("lastResponseNumber"),
    )
    // Its questions in the same statement, as a JSON array.
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom("surveyQuestion")
          .select([
            "surveyQuestion.id",
            "surveyQuestion.kind",
            "surveyQuestion.label",
            "surveyQuestion.help",
            "surveyQuestion.required",
            "surveyQuestion.options",
            "surveyQuestion.scaleMinLabel",
            "surveyQuestion.scaleMaxLabel",
          ])
          .whereRef("surveyQuestion.surveyId", "=", "survey.id")
          .orderBy("surveyQuestion.position"),
      ).as("questions"),
    )
    .where("survey.id", "=", id)
    .where("survey.deletedAt", options.deleted ? "is not" : "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    questionCount: Number(row.questionCount),
    lastResponseNumber: Number(row.lastResponseNumber),
    questions: row.questions.map((q) => ({ ...q, options: q.options ?? [] })),
  };
}

/** Locks the survey row for the rest of the transaction: responses to one survey are stored one at a time. */
export async function lockSurvey(db: Kysely<Database>, id: string) {
  return db
    .selectFrom("survey")
    .select([
      "id",
      "regionId",
      "status",
      "opensOn",
      "closesOn",
      "responseCount",
      "version",
      "title",
      "asksOrganizationType",
    ])
    .where("id", "=", id)
    .where("deletedAt", "is", null)
    .forUpdate()
    .executeTakeFirst();
}

export async function findPublicSurvey(
  db: Kysely<Database>,
  token: string,
): Promise<PublicSurvey | undefined> {
  const row = await db
    .selectFrom("survey")
    .innerJoin("region", "region.id", "survey.regionId")
    .leftJoin("forumEdition", "forumEdition.id", "survey.editionId")
    .select([
      "survey.id",
      "survey.title",
      "survey.introduction",
      "survey.purposeOfUse",
      "survey.opensOn",
      "survey.closesOn",
      "survey.status",
      "survey.asksOrganizationType",
      "region.nameJa as regionNameJa",
      "forumEdition.title as editionTitle",
    ])
    .where("survey.publicToken", "=", token)
    .where("survey.deletedAt", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, questions: await listSurveyQuestions(db, row.id) };
}

export type SurveyPatch = Partial<{
  editionId: string | null;
  title: string;
  introduction: string | null;
  purposeOfUse: string | null;
  opensOn: string;
  closesOn: string;
  asksOrganizationType: boolean;
  status: SurveyStatus;
  publishedAt: Date | null;
  closedAt: Date | null;
  openingEntryId: string | null;
}>;

/** Applies a patch if the survey is still at `version`; false when someone else saved first. */
export async function updateSurveyAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: SurveyPatch,
): Promise<boolean> {
  return updateLiveAtVersion(db, "survey", id, version, patch, { touch: true });
}

export async function listRegionSurveys(db: Kysely<Database>, regionId: string): Promise<SurveySummary[]> {
  const rows = await db
    .selectFrom("survey")
    .select(summaryColumns)
    .select(questionCount)
    .where("survey.regionId", "=", regionId)
    .where("survey.deletedAt", "is", null)
    .orderBy("survey.opensOn", "desc")
    .orderBy("survey.createdAt", "desc")
    .execute();
  return rows.map((r) => ({ ...r, questionCount: Number(r.questionCount) }));
}

/** Every survey, for "copy from": titles and shapes only, no answers. */
/**
 * Surveys whose questions may be copied: published or closed ones of any region (their questions were public),
 * and drafts only of `draftRegionIds` (null: every region).
 */
export async function listSurveyCopySources(db: Kysely<Database>, draftRegionIds: readonly string[] | null) {
  const rows = await db
    .selectFrom("survey")
    .innerJoin("region", "region.id", "survey.regionId")
    .select(["survey.id", "survey.title", "survey.opensOn", "region.nameJa as regionNameJa"])
    .select(questionCount)
    .where("survey.deletedAt", "is", null)
    .$if(draftRegionIds !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb("survey.status", "!=", "draft"),
          ...(draftRegionIds && draftRegionIds.length > 0
            ? [eb("survey.regionId", "in", [...draftRegionIds])]
            : []),
        ]),
      ),
    )
    .orderBy("survey.opensOn", "desc")
    .orderBy("region.nameJa")
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...r, questionCount: Number(r.questionCount) }));
}

/** Published surveys whose closing day has passed (closed by the scheduled sweep). */
export async function listExpiredSurveys(db: Kysely<Database>, today: string) {
  return db
    .selectFrom("survey")
    .select(["id", "version"])
    .where("status", "=", "published")
    .where("closesOn", "<", today)
    .where("deletedAt", "is", null)
    .execute();
}

/** A survey's entries on its region's timeline (opening, every tenth answer, closing), as they were. */
export interface SurveyTimelineEntry {
  id: string;
  regionId: string;
  occurredOn: string;
  kind: string;
  title: string;
  body: string | null;
  isPublic: boolean;
  createdAt: Date;
}

/** Takes a survey's entries off the timeline (it is being deleted) and returns them, to be put back on restore. */
export async function takeSurveyTimelineEntries(
  db: Kysely<Database>,
  surveyId: string,
): Promise<SurveyTimelineEntry[]> {
  return db
    .deleteFrom("timelineEntry")
    .where("sourceType", "=", "survey")
    .where("sourceId", "=", surveyId)
    .returning(["id", "regionId", "occurredOn", "kind", "title", "body", "isPublic", "createdAt"])
    .execute();
}

/** Puts a restored survey's entries back on the timeline, with their ids, and its opening entry's link. */
export async function putBackSurveyTimelineEntries(
  db: Kysely<Database>,
  surveyId: string,
  entries: readonly SurveyTimelineEntry[],
  openingEntryId: string | null,
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto("timelineEntry")
    .values(
      entries.map((e) => ({
        ...e,
        createdAt: new Date(e.createdAt),
        sourceType: "survey",
        sourceId: surveyId,
      })),
    )
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  if (openingEntryId && entries.some((e) => e.id === openingEntryId)) {
    await db.updateTable("survey").set({ openingEntryId }).where("id", "=", surveyId).execute();
  }
}
