import { randomBytes } from "node:crypto";
import type { SurveyQuestion } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import { rebuildTextAnswers, recountTallies } from "../queries/survey-answers";
import { insertSurvey, replaceSurveyQuestions } from "../queries/surveys";
import type { Database } from "../schema";

// A survey with many answers, for the benchmark: six questions of every kind, responses generated in SQL.

const options = (id: string, labels: string[]) => labels.map((label, i) => ({ id: `${id}${i + 1}`, label }));

export const LARGE_SURVEY_QUESTIONS: SurveyQuestion[] = [
  {
    id: "role",
    kind: "single",
    label: "ご自身の立場",
    help: null,
    required: true,
    options: options("r", ["当事者", "家族", "支援機関", "企業", "行政"]),
    scaleMinLabel: null,
    scaleMaxLabel: null,
  },
  {
    id: "topics",
    kind: "multiple",
    label: "関心のあるテーマ",
    help: null,
    required: false,
    options: options("t", ["就労相談", "職場定着", "制度", "医療連携", "交流"]),
    scaleMinLabel: null,
    scaleMaxLabel: null,
  },
  {
    id: "satisfaction",
    kind: "scale",
    label: "満足度",
    help: null,
    required: true,
    options: [],
    scaleMinLabel: "不満",
    scaleMaxLabel: "満足",
  },
  {
    id: "clarity",
    kind: "scale",
    label: "分かりやすさ",
    help: null,
    required: false,
    options: [],
    scaleMinLabel: "分かりにくい",
    scaleMaxLabel: "分かりやすい",
  },
  {
    id: "name",
    kind: "shortText",
    label: "ご所属",
    help: null,
    required: false,
    options: [],
    scaleMinLabel: null,
    scaleMaxLabel: null,
  },
  {
    id: "comment",
    kind: "longText",
    label: "ご意見・ご感想",
    help: null,
    required: false,
    options: [],
    scaleMinLabel: null,
    scaleMaxLabel: null,
  },
];

/** Creates a region with one survey holding `responses` answers; returns the survey's id. */
export async function generateSurveyAnswers(db: Kysely<Database>, responses: number): Promise<string> {
  const region = await db
    .insertInto("region")
    .values({ slug: "bench-survey", nameJa: "ベンチ県", nameEn: "Bench", kind: "prefecture" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const surveyId = await insertSurvey(db, {
    regionId: region.id,
    editionId: null,
    title: "参加者アンケート（大量データ）",
    introduction: null,
    opensOn: "2026-01-01",
    closesOn: "2026-12-31",
    asksOrganizationType: true,
    publicToken: randomBytes(32).toString("base64url"),
    copiedFromId: null,
  });
  await replaceSurveyQuestions(db, surveyId, LARGE_SURVEY_QUESTIONS);
  const types = ["patient_group", "hello_work", "company", "medical", "municipality"];
  const batch = 50_000;
  for (let from = 1; from <= responses; from += batch) {
    const to = Math.min(responses, from + batch - 1);
    await sql`
      insert into survey_response (survey_id, number, idempotency_key, submitted_at, respondent_organization_type, answers)
      select ${surveyId}, n, gen_random_uuid(), timestamptz '2026-02-21 14:00+09' + n * interval '3 seconds',
        case when n % 6 = 0 then null else (${sql.val(types)}::text[])[1 + n % 5] end,
        jsonb_strip_nulls(jsonb_build_object(
          'role', 'r' || (1 + n % 5),
          'topics', case when n % 4 = 0 then null else jsonb_build_array('t' || (1 + n % 5), 't' || (1 + (n / 5) % 5)) end,
          'satisfaction', 1 + (n * 7) % 5,
          'clarity', case when n % 3 = 0 then null else 1 + (n * 3) % 5 end,
          'name', case when n % 2 = 0 then '所属 ' || n else null end,
          'comment', case when n % 5 = 0 then '回答 ' || n || '：オンライン配信で参加しました。職場での配慮について、具体的な事例を聞けてよかったです。' else null end
        ))
      from generate_series(${from}::int, ${to}::int) n
    `.execute(db);
  }
  // Duplicate options in one answer would not pass validation: drop them as the answer page would.
  await sql`
    update survey_response set answers = jsonb_set(answers, '{topics}', jsonb_build_array(answers -> 'topics' -> 0))
    where survey_id = ${surveyId} and answers -> 'topics' -> 0 = answers -> 'topics' -> 1
  `.execute(db);
  await db
    .updateTable("survey")
    .set({ responseCount: responses, status: "published" })
    .where("id", "=", surveyId)
    .execute();
  await recountTallies(db, surveyId);
  await rebuildTextAnswers(db, surveyId);
  return surveyId;
}
