import type { SurveyQuestion, SurveyStatus } from "@kyoso/domain";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database } from "../schema";

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
  asksOrganizationType: boolean;
  publicToken: string;
  copiedFromId: string | null;
  openingEntryId: string | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  version: number;
  questions: SurveyQuestion[];
}

/** What the public answer page may know of a survey: no ids of regions or people, no counts. */
export interface PublicSurvey {
  id: string;
  title: string;
  introduction: string | null;
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

export async function findSurvey(db: Kysely<Database>, id: string): Promise<SurveyDetail | undefined> {
  const row = await db
    .selectFrom("survey")
    .innerJoin("region", "region.id", "survey.regionId")
    .leftJoin("forumEdition", "forumEdition.id", "survey.editionId")
    .select([
      ...summaryColumns,
      "survey.introduction",
      "survey.asksOrganizationType",
      "survey.publicToken",
      "survey.copiedFromId",
      "survey.openingEntryId",
      "survey.publishedAt",
      "survey.closedAt",
      "survey.version",
      "region.slug as regionSlug",
      "region.nameJa as regionNameJa",
      "forumEdition.title as editionTitle",
    ])
    .select(questionCount)
    .where("survey.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, questionCount: Number(row.questionCount), questions: await listSurveyQuestions(db, id) };
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
      "survey.opensOn",
      "survey.closesOn",
      "survey.status",
      "survey.asksOrganizationType",
      "region.nameJa as regionNameJa",
      "forumEdition.title as editionTitle",
    ])
    .where("survey.publicToken", "=", token)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, questions: await listSurveyQuestions(db, row.id) };
}

export type SurveyPatch = Partial<{
  editionId: string | null;
  title: string;
  introduction: string | null;
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
  const result = await db
    .updateTable("survey")
    .set({ ...patch, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteSurvey(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("survey").where("id", "=", id).execute();
}

export async function listRegionSurveys(db: Kysely<Database>, regionId: string): Promise<SurveySummary[]> {
  const rows = await db
    .selectFrom("survey")
    .select(summaryColumns)
    .select(questionCount)
    .where("survey.regionId", "=", regionId)
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
    .execute();
}
