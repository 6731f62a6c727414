import { randomBytes, randomUUID } from "node:crypto";
import {
  type OrganizationType,
  type StoredAnswers,
  type SurveyQuestion,
  type SurveyTimelineEvent,
  surveyTimelineText,
  todayInTokyo,
} from "@kyoso/domain";
import type { Kysely } from "kysely";
import { insertResponse } from "../queries/survey-answers";
import { insertSurvey, replaceSurveyQuestions } from "../queries/surveys";
import type { Database } from "../schema";
import type { DemoClock } from "./demo-clock";

// Demo surveys: SAITAMA 2026's participant survey (closed, answered: history) and 首都圏's survey of local
// agencies (open on the day the demo is loaded, for two more weeks). Responses go through the same storage as real ones, so tallies and results agree.

interface DemoSurvey {
  regionSlug: string;
  editionYear: number;
  title: string;
  introduction: string;
  opensOn: string;
  closesOn: string;
  status: "published" | "closed";
  questions: SurveyQuestion[];
  responses: number;
  /** Time between two demo answers. */
  minutesApart: number;
  answer: (i: number, rand: () => number) => { org: OrganizationType | null; answers: StoredAnswers };
}

const question = (
  id: string,
  kind: SurveyQuestion["kind"],
  label: string,
  required: boolean,
  options: string[] = [],
  scale?: [string, string],
): SurveyQuestion => ({
  id,
  kind,
  label,
  help: null,
  required,
  options: options.map((o, i) => ({ id: `${id}-${i + 1}`, label: o })),
  scaleMinLabel: scale?.[0] ?? null,
  scaleMaxLabel: scale?.[1] ?? null,
});

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)] as T;

const PARTICIPANT_COMMENTS = [
  "朝日先生の基調講演で、就労支援の全体像がよく分かりました。",
  "オンラインでも聞き取りやすく、参加してよかったです。",
  "職場で病気をどう伝えるか、具体的な事例をもっと聞きたいです。",
  "ハローワークの難病患者就職サポーターの存在を初めて知りました。",
  "次回は交流の時間をもう少し長くしてほしいです。",
];

const demoSurveys = (clock: DemoClock): DemoSurvey[] => [
  {
    regionSlug: "saitama",
    editionYear: 2026,
    title: "フォーラム参加者アンケート",
    introduction:
      "本日はご参加ありがとうございました。今後のフォーラムづくりのため、ご感想をお聞かせください（所要時間3分程度）。",
    opensOn: "2026-02-21",
    closesOn: "2026-03-06",
    status: "closed",
    questions: [
      question("mode", "single", "参加方法", true, ["会場", "オンライン"]),
      question("role", "single", "ご自身の立場", true, [
        "当事者・ご家族",
        "支援機関",
        "企業",
        "行政",
        "その他",
      ]),
      question("program", "multiple", "印象に残ったプログラム", false, [
        "基調講演（朝日雅也氏）",
        "基調講演（大竹祐貴氏）",
        "地域からの報告",
        "交流の時間",
      ]),
      question("satisfaction", "scale", "フォーラム全体の満足度", true, [], ["不満", "満足"]),
      question("comment", "longText", "ご意見・ご感想", false),
    ],
    responses: 36,
    minutesApart: 37,
    answer: (i, rand) => {
      const programs = ["program-1", "program-2", "program-3", "program-4"].filter(() => rand() < 0.5);
      return {
        org: pick(["patient_group", "employment_life_support", "hello_work", "company", null] as const, rand),
        answers: {
          mode: i % 3 === 0 ? "mode-2" : "mode-1",
          role: pick(["role-1", "role-1", "role-2", "role-2", "role-3", "role-4", "role-5"], rand),
          ...(programs.length > 0 ? { program: programs } : {}),
          satisfaction: pick([3, 4, 4, 5, 5], rand),
          ...(i % 4 === 0
            ? { comment: PARTICIPANT_COMMENTS[(i / 4) % PARTICIPANT_COMMENTS.length] as string }
            : {}),
        },
      };
    },
  },
  {
    regionSlug: "shutoken",
    editionYear: clock.year,
    title: "支援機関向け 事前アンケート",
    introduction:
      "首都圏フォーラムの準備にあたり、地域の支援機関の皆さまに、難病のある方の就労支援の現状を伺います。",
    opensOn: clock.day(-31),
    closesOn: clock.day(13),
    status: "published",
    questions: [
      question("consults", "single", "この1年で難病のある方からの就労相談はありましたか", true, [
        "ほぼ毎月あった",
        "数回あった",
        "なかった",
      ]),
      question("needs", "multiple", "必要だと感じる支援", false, [
        "企業への理解啓発",
        "医療機関との連携",
        "支援者向け研修",
        "当事者同士の交流",
      ]),
      question(
        "confidence",
        "scale",
        "難病のある方の就労支援への自信",
        true,
        [],
        ["自信がない", "自信がある"],
      ),
      question("topics", "longText", "フォーラムで取り上げてほしいテーマ", false),
    ],
    responses: 7,
    minutesApart: 3 * 24 * 60 + 125,
    answer: (i, rand) => ({
      org: pick(["hello_work", "nanbyo_center", "employment_life_support", "municipality"] as const, rand),
      answers: {
        consults: pick(["consults-1", "consults-2", "consults-2", "consults-3"], rand),
        needs: ["needs-1", "needs-2", "needs-3", "needs-4"].filter((_, j) => (i + j) % 2 === 0),
        confidence: pick([2, 3, 3, 4], rand),
        ...(i % 3 === 0 ? { topics: "症状に波がある方の勤務調整の工夫" } : {}),
      },
    }),
  },
];

/** When the demo's i-th answer came in: from 17:00 (Japan) on the opening day, evenly apart. */
const answeredAt = (demo: DemoSurvey, i: number) =>
  new Date(Date.parse(`${demo.opensOn}T17:00:00+09:00`) + i * demo.minutesApart * 60_000);

/** A small fixed-seed generator, so the demo is the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export async function seedSurveys(db: Kysely<Database>, clock: DemoClock): Promise<void> {
  for (const demo of demoSurveys(clock)) {
    const region = await db
      .selectFrom("region")
      .innerJoin("forumEdition", "forumEdition.regionId", "region.id")
      .select(["region.id", "forumEdition.id as editionId"])
      .where("region.slug", "=", demo.regionSlug)
      .where("forumEdition.year", "=", demo.editionYear)
      .executeTakeFirstOrThrow();
    const id = await insertSurvey(db, {
      regionId: region.id,
      editionId: region.editionId,
      title: demo.title,
      introduction: demo.introduction,
      opensOn: demo.opensOn,
      closesOn: demo.closesOn,
      asksOrganizationType: true,
      publicToken: randomBytes(32).toString("base64url"),
      copiedFromId: null,
    });
    await replaceSurveyQuestions(db, id, demo.questions);
    const rand = seeded(demo.responses);
    for (let i = 0; i < demo.responses; i++) {
      const { org, answers } = demo.answer(i, rand);
      await insertResponse(
        db,
        {
          surveyId: id,
          idempotencyKey: randomUUID(),
          respondentOrganizationType: org,
          answers,
          // The demo's respondents agreed to the purpose of use, as the answer page asks before free text.
          textConsent: true,
          submittedAt: answeredAt(demo, i),
        },
        demo.questions,
      );
    }
    // Written as the API writes them, so every language reads them back the same way.
    const entry = (occurredOn: string, event: SurveyTimelineEvent) => ({
      regionId: region.id,
      occurredOn,
      kind: "survey",
      ...surveyTimelineText(event),
      sourceType: "survey",
      sourceId: id,
    });
    const survey = demo.title;
    const opening = await db
      .insertInto("timelineEntry")
      .values(
        entry(demo.opensOn, { event: "opened", survey, opensOn: demo.opensOn, closesOn: demo.closesOn }),
      )
      .returning("id")
      .executeTakeFirstOrThrow();
    const later = [];
    for (let n = 10; n <= demo.responses; n += 10) {
      later.push(entry(todayInTokyo(answeredAt(demo, n - 1)), { event: "responses", survey, responses: n }));
    }
    if (demo.status === "closed")
      later.push(entry(demo.closesOn, { event: "closed", survey, responses: demo.responses }));
    if (later.length > 0) await db.insertInto("timelineEntry").values(later).execute();
    await db
      .updateTable("survey")
      .set({
        status: demo.status,
        openingEntryId: opening.id,
        publishedAt: new Date(`${demo.opensOn}T00:00:00+09:00`),
        closedAt: demo.status === "closed" ? new Date(`${demo.closesOn}T23:59:59+09:00`) : null,
      })
      .where("id", "=", id)
      .execute();
  }
}
