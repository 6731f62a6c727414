import type {
  OrganizationType,
  RespondentFilter,
  StoredAnswers,
  SurveyQuestion,
  SurveyStatus,
} from "@kyoso/domain";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Surveys, their questions, responses and the running counts behind results.

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
    .select(["id", "regionId", "status", "opensOn", "closesOn", "responseCount", "version", "title"])
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
export async function listSurveyCopySources(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("survey")
    .innerJoin("region", "region.id", "survey.regionId")
    .select(["survey.id", "survey.title", "survey.opensOn", "region.nameJa as regionNameJa"])
    .select(questionCount)
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

export async function findResponseByKey(db: Kysely<Database>, surveyId: string, idempotencyKey: string) {
  return db
    .selectFrom("surveyResponse")
    .select(["id", "number"])
    .where("surveyId", "=", surveyId)
    .where("idempotencyKey", "=", idempotencyKey)
    .executeTakeFirst();
}

/**
 * Stores a response as the survey's next number (call with the survey locked), with its free-text answers
 * in their own rows for paging.
 */
export async function insertResponse(
  db: Kysely<Database>,
  response: {
    surveyId: string;
    idempotencyKey: string;
    respondentOrganizationType: OrganizationType | null;
    answers: StoredAnswers;
    /** Now, unless given (demo data). */
    submittedAt?: Date;
  },
  questions: readonly SurveyQuestion[],
): Promise<{ id: string; number: number }> {
  const { responseCount } = await db
    .updateTable("survey")
    .set({ responseCount: sql`response_count + 1` })
    .where("id", "=", response.surveyId)
    .returning("responseCount")
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto("surveyResponse")
    .values({ ...response, number: responseCount, answers: JSON.stringify(response.answers) })
    .returning(["id", "number", "submittedAt"])
    .executeTakeFirstOrThrow();
  const texts = questions.flatMap((q) => {
    const text = response.answers[q.id];
    return (q.kind === "shortText" || q.kind === "longText") && typeof text === "string"
      ? [
          {
            surveyId: response.surveyId,
            questionId: q.id,
            responseNumber: row.number,
            submittedAt: row.submittedAt,
            respondentOrganizationType: response.respondentOrganizationType,
            text,
          },
        ]
      : [];
  });
  if (texts.length > 0) await db.insertInto("surveyTextAnswer").values(texts).execute();
  return { id: row.id, number: row.number };
}

/** The tally rows one response adds: each answered question once ('*'), each option or scale value once. */
export function tallyKeys(
  questions: readonly SurveyQuestion[],
  answers: StoredAnswers,
  organizationType: string | null,
): { questionId: string; value: string; organizationType: string }[] {
  const org = organizationType ?? "";
  const keys = [{ questionId: "", value: "*", organizationType: org }];
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    keys.push({ questionId: q.id, value: "*", organizationType: org });
    if (q.kind === "single" || q.kind === "scale") {
      keys.push({ questionId: q.id, value: String(value), organizationType: org });
    } else if (q.kind === "multiple" && Array.isArray(value)) {
      for (const optionId of value) keys.push({ questionId: q.id, value: optionId, organizationType: org });
    }
  }
  return keys;
}

/**
 * Adds one to each tally row, in one statement. Rows are sorted so concurrent writers lock them in the same
 * order (no deadlock).
 */
export async function addToTallies(
  db: Kysely<Database>,
  surveyId: string,
  keys: { questionId: string; value: string; organizationType: string; count?: number }[],
): Promise<void> {
  if (keys.length === 0) return;
  const sorted = [...keys].sort(
    (a, b) =>
      a.questionId.localeCompare(b.questionId) ||
      a.value.localeCompare(b.value) ||
      a.organizationType.localeCompare(b.organizationType),
  );
  await db
    .insertInto("surveyTally")
    .values(sorted.map((k) => ({ surveyId, ...k, count: k.count ?? 1 })))
    .onConflict((oc) =>
      oc
        .columns(["surveyId", "questionId", "value", "organizationType"])
        .doUpdateSet({ count: sql`survey_tally.count + excluded.count` }),
    )
    .execute();
}

const orgCondition = (filter: RespondentFilter) =>
  filter === "unspecified" ? "" : filter === null || filter === undefined ? undefined : filter;

/** The tallies of a survey, summed over respondent types or for one of them. */
export async function listTallies(db: Kysely<Database>, surveyId: string, filter: RespondentFilter) {
  let query = db
    .selectFrom("surveyTally")
    .select(["questionId", "value", (eb) => eb.fn.sum<number>("count").as("count")])
    .where("surveyId", "=", surveyId)
    .groupBy(["questionId", "value"]);
  const org = orgCondition(filter);
  if (org !== undefined) query = query.where("organizationType", "=", org);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Response counts by respondent organization type ('' = not given), for the filter's labels. */
export async function countByRespondentType(db: Kysely<Database>, surveyId: string) {
  const rows = await db
    .selectFrom("surveyTally")
    .select(["organizationType", "count"])
    .where("surveyId", "=", surveyId)
    .where("questionId", "=", "")
    .where("value", "=", "*")
    .execute();
  return rows.map((r) => ({ organizationType: r.organizationType, count: Number(r.count) }));
}

/** One page of a free-text question's answers, newest first. */
export async function listTextAnswers(
  db: Kysely<Database>,
  input: { surveyId: string; questionId: string; filter: RespondentFilter; page: number; pageSize: number },
) {
  let query = db
    .selectFrom("surveyTextAnswer")
    .select(["responseNumber as number", "submittedAt", "respondentOrganizationType", "text"])
    .where("surveyId", "=", input.surveyId)
    .where("questionId", "=", input.questionId);
  const org = orgCondition(input.filter);
  if (org === "") query = query.where("respondentOrganizationType", "is", null);
  else if (org !== undefined) query = query.where("respondentOrganizationType", "=", org);
  return query
    .orderBy("responseNumber", "desc")
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
}

/**
 * The responses numbered `from` to `to` (inclusive), for streaming an export without loading them all. A range of
 * numbers (which are dense per survey) rather than "the next N": it reads only its own rows whatever plan the
 * database picks, even before statistics exist for a freshly filled table.
 */
export async function responseRange(db: Kysely<Database>, surveyId: string, from: number, to: number) {
  return db
    .selectFrom("surveyResponse")
    .select([
      "number",
      "respondentOrganizationType",
      // As text: parsed by the caller, and not walked by the camelCase mapping (question ids are keys).
      sql<string>`answers::text`.as("answersJson"),
      // As Excel reads a date and time, in Japan's time.
      sql<string>`to_char(submitted_at at time zone 'Asia/Tokyo', 'YYYY/MM/DD HH24:MI:SS')`.as(
        "submittedAtJst",
      ),
    ])
    .where("surveyId", "=", surveyId)
    .where("number", ">=", from)
    .where("number", "<=", to)
    .orderBy("number")
    .execute();
}

/**
 * Rebuilds a survey's tallies from its stored responses, in one statement: for responses loaded in bulk
 * (benchmark data, a restore) and to check the running counts against.
 */
export async function recountTallies(db: Kysely<Database>, surveyId: string): Promise<void> {
  await db.deleteFrom("surveyTally").where("surveyId", "=", surveyId).execute();
  await sql`
    with answer as (
      select coalesce(r.respondent_organization_type, '') as org, e.key as question_id, e.value, q.kind
      from survey_response r
      cross join lateral jsonb_each(r.answers) e
      join survey_question q on q.survey_id = r.survey_id and q.id = e.key
      where r.survey_id = ${surveyId}
    ), tally_key as (
      select coalesce(respondent_organization_type, '') as org, '' as question_id, '*' as value
        from survey_response where survey_id = ${surveyId}
      union all select org, question_id, '*' from answer
      union all select org, question_id, value #>> '{}' from answer where kind in ('single', 'scale')
      union all select org, question_id, option from answer, jsonb_array_elements_text(value) option
        where kind = 'multiple'
    )
    insert into survey_tally (survey_id, question_id, value, organization_type, count)
    select ${surveyId}, question_id, value, org, count(*) from tally_key group by question_id, value, org
  `.execute(db);
}

/** Rebuilds a survey's free-text rows from its stored responses (after a bulk load). */
export async function rebuildTextAnswers(db: Kysely<Database>, surveyId: string): Promise<void> {
  await db.deleteFrom("surveyTextAnswer").where("surveyId", "=", surveyId).execute();
  await sql`
    insert into survey_text_answer (survey_id, question_id, response_number, submitted_at, respondent_organization_type, text)
    select r.survey_id, q.id, r.number, r.submitted_at, r.respondent_organization_type, r.answers ->> q.id
    from survey_response r
    join survey_question q on q.survey_id = r.survey_id and q.kind in ('shortText', 'longText') and r.answers ? q.id
    where r.survey_id = ${surveyId}
  `.execute(db);
}
