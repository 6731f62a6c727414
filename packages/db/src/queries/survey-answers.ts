import type { OrganizationType, RespondentFilter, StoredAnswers, SurveyQuestion } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import { type DeletedRow, toDeletedRows } from "./soft-delete";

// A survey's answers: responses in order, the running tallies behind results, free-text rows for paging, and
// number ranges for the export. The survey itself is in surveys.ts.

export async function findResponseByKey(db: Kysely<Database>, surveyId: string, idempotencyKey: string) {
  return db
    .selectFrom("surveyResponse")
    .select(["id", "number"])
    .where("surveyId", "=", surveyId)
    .where("idempotencyKey", "=", idempotencyKey)
    .executeTakeFirst();
}

/**
 * Stores a response as the survey's next number (call with the survey locked): the response, its free-text
 * answers in their own rows for paging, and its counts added to the survey's tallies.
 */
export async function insertResponse(
  db: Kysely<Database>,
  response: {
    surveyId: string;
    idempotencyKey: string;
    respondentOrganizationType: OrganizationType | null;
    answers: StoredAnswers;
    /** The respondent agreed to the survey's purpose of use (free-text answers need it). */
    textConsent?: boolean;
    /** Now, unless given (demo data). */
    submittedAt?: Date;
  },
  questions: readonly SurveyQuestion[],
): Promise<{ id: string; number: number }> {
  await db
    .updateTable("survey")
    .set({ responseCount: sql`response_count + 1` })
    .where("id", "=", response.surveyId)
    .execute();
  // The next number after every one given, deleted answers' too: a 受付番号 is never given twice.
  const { last } = await db
    .selectFrom("surveyResponse")
    .select(sql<number>`coalesce(max(number), 0)`.as("last"))
    .where("surveyId", "=", response.surveyId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto("surveyResponse")
    .values({ ...response, number: Number(last) + 1, answers: JSON.stringify(response.answers) })
    .returning(["id", "number", "submittedAt"])
    .executeTakeFirstOrThrow();
  await insertTextAnswers(
    db,
    response.surveyId,
    row,
    response.respondentOrganizationType,
    response.answers,
    questions,
  );
  await addToTallies(
    db,
    response.surveyId,
    tallyKeys(questions, response.answers, response.respondentOrganizationType),
  );
  return { id: row.id, number: row.number };
}

/** A response's free-text answers, in their own rows for paging. */
async function insertTextAnswers(
  db: Kysely<Database>,
  surveyId: string,
  row: { number: number; submittedAt: Date },
  respondentOrganizationType: string | null,
  answers: StoredAnswers,
  questions: readonly SurveyQuestion[],
): Promise<void> {
  const texts = questions.flatMap((q) => {
    const text = answers[q.id];
    return (q.kind === "shortText" || q.kind === "longText") && typeof text === "string"
      ? [
          {
            surveyId,
            questionId: q.id,
            responseNumber: row.number,
            submittedAt: row.submittedAt,
            respondentOrganizationType,
            text,
          },
        ]
      : [];
  });
  if (texts.length > 0) await db.insertInto("surveyTextAnswer").values(texts).execute();
}

/** The tally rows one response adds: each answered question once ('*'), each option or scale value once. */
function tallyKeys(
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
async function addToTallies(
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
  // A row taken down to nothing is gone, as a recount would leave it.
  if (sorted.some((k) => (k.count ?? 1) < 0)) {
    await db.deleteFrom("surveyTally").where("surveyId", "=", surveyId).where("count", "<=", 0).execute();
  }
}

/** A survey's answers for review, newest first: the number, when, who answered (type) and the answers. */
export async function listResponses(
  db: Kysely<Database>,
  input: { surveyId: string; page: number; pageSize: number },
) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom("surveyResponse")
      .select([
        "id",
        "number",
        "submittedAt",
        "respondentOrganizationType",
        sql<string>`answers::text`.as("answersJson"),
      ])
      .where("surveyId", "=", input.surveyId)
      .where("deletedAt", "is", null)
      .orderBy("number", "desc")
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
    db
      .selectFrom("surveyResponse")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("surveyId", "=", input.surveyId)
      .where("deletedAt", "is", null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    rows: rows.map(({ answersJson, ...r }) => ({
      ...r,
      answers: JSON.parse(answersJson) as StoredAnswers,
    })),
  };
}

/** One answer of a survey, with its survey's region; a deleted one only when asked for. */
export async function findResponse(db: Kysely<Database>, id: string, options: { deleted?: boolean } = {}) {
  const row = await db
    .selectFrom("surveyResponse")
    .innerJoin("survey", "survey.id", "surveyResponse.surveyId")
    .select([
      "surveyResponse.id",
      "surveyResponse.surveyId",
      "surveyResponse.number",
      "surveyResponse.submittedAt",
      "surveyResponse.respondentOrganizationType",
      sql<string>`survey_response.answers::text`.as("answersJson"),
      "surveyResponse.deletedAt",
      "survey.regionId",
      "survey.title as surveyTitle",
    ])
    .where("surveyResponse.id", "=", id)
    .where("surveyResponse.deletedAt", options.deleted ? "is not" : "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { answersJson, ...rest } = row;
  return { ...rest, answers: JSON.parse(answersJson) as StoredAnswers };
}

type FoundResponse = NonNullable<Awaited<ReturnType<typeof findResponse>>>;

/**
 * Takes an answer out (call with its survey locked): it is marked deleted, its counts leave the tallies and the
 * survey's count, and its free text leaves the pages of free-text answers, in the caller's transaction.
 */
export async function softDeleteResponse(
  db: Kysely<Database>,
  response: FoundResponse,
  questions: readonly SurveyQuestion[],
  deletedBy: string | null,
): Promise<Date | undefined> {
  const row = await db
    .updateTable("surveyResponse")
    .set({ deletedAt: sql`now()`, deletedBy })
    .where("id", "=", response.id)
    .where("deletedAt", "is", null)
    .returning("deletedAt")
    .executeTakeFirst();
  if (!row?.deletedAt) return undefined;
  await db
    .updateTable("survey")
    .set({ responseCount: sql`response_count - 1` })
    .where("id", "=", response.surveyId)
    .execute();
  await db
    .deleteFrom("surveyTextAnswer")
    .where("surveyId", "=", response.surveyId)
    .where("responseNumber", "=", response.number)
    .execute();
  await addToTallies(
    db,
    response.surveyId,
    tallyKeys(questions, response.answers, response.respondentOrganizationType).map((k) => ({
      ...k,
      count: -1,
    })),
  );
  return row.deletedAt;
}

/** Puts a deleted answer back (call with its survey locked): into the tallies, the count and the free text. */
export async function restoreResponse(
  db: Kysely<Database>,
  response: FoundResponse,
  questions: readonly SurveyQuestion[],
): Promise<boolean> {
  const result = await db
    .updateTable("surveyResponse")
    .set({ deletedAt: null, deletedBy: null })
    .where("id", "=", response.id)
    .where("deletedAt", "is not", null)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  await db
    .updateTable("survey")
    .set({ responseCount: sql`response_count + 1` })
    .where("id", "=", response.surveyId)
    .execute();
  await insertTextAnswers(
    db,
    response.surveyId,
    response,
    response.respondentOrganizationType,
    response.answers,
    questions,
  );
  await addToTallies(
    db,
    response.surveyId,
    tallyKeys(questions, response.answers, response.respondentOrganizationType),
  );
  return true;
}

/** Removes a deleted answer for good, its text with it; false when it is not deleted. */
export async function purgeResponse(db: Kysely<Database>, response: FoundResponse): Promise<boolean> {
  await db
    .deleteFrom("surveyTextAnswer")
    .where("surveyId", "=", response.surveyId)
    .where("responseNumber", "=", response.number)
    .execute();
  const result = await db
    .deleteFrom("surveyResponse")
    .where("id", "=", response.id)
    .where("deletedAt", "is not", null)
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}

/** A region's answers deleted at or after `since` (their survey not deleted), newest first. */
export async function listDeletedResponses(
  db: Kysely<Database>,
  regionId: string,
  since: Date,
): Promise<DeletedRow[]> {
  const rows = await deletedResponsesQuery(db, regionId, since)
    .orderBy("surveyResponse.deletedAt", "desc")
    .orderBy("surveyResponse.id")
    .execute();
  return toDeletedRows(rows);
}

/** The rows `listDeletedResponses` lists, unordered: each titled by its survey and its number. */
export function deletedResponsesQuery(db: Kysely<Database>, regionId: string, since: Date) {
  return db
    .selectFrom("surveyResponse")
    .innerJoin("survey", "survey.id", "surveyResponse.surveyId")
    .leftJoin("appUser", "appUser.id", "surveyResponse.deletedBy")
    .select([
      "surveyResponse.id",
      sql<string>`'アンケート「' || survey.title || '」の回答 No.' || survey_response.number`.as("title"),
      "surveyResponse.deletedAt",
      "appUser.displayName as deletedByName",
    ])
    .where("survey.regionId", "=", regionId)
    .where("survey.deletedAt", "is", null)
    .where("surveyResponse.deletedAt", ">=", since);
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
    .where("deletedAt", "is", null)
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
      where r.survey_id = ${surveyId} and r.deleted_at is null
    ), tally_key as (
      select coalesce(respondent_organization_type, '') as org, '' as question_id, '*' as value
        from survey_response where survey_id = ${surveyId} and deleted_at is null
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
    where r.survey_id = ${surveyId} and r.deleted_at is null
  `.execute(db);
}

/** The region an answer's survey belongs to, the answer deleted or not. */
export async function findResponseRegionId(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("surveyResponse")
    .innerJoin("survey", "survey.id", "surveyResponse.surveyId")
    .select("survey.regionId")
    .where("surveyResponse.id", "=", id)
    .executeTakeFirst();
  return row?.regionId;
}
