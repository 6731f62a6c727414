import { randomUUID } from "node:crypto";
import type { TestApi } from "./helpers";

// Shared by the survey API tests: a 埼玉 survey with one question of every kind, published, and answers sent
// from the public page. "Today" in these tests is 2026-11-25 (Japan).

export const QUESTIONS = [
  {
    kind: "single" as const,
    label: "ご所属の立場",
    required: true,
    options: [{ label: "当事者" }, { label: "支援者" }, { label: "行政" }],
  },
  {
    kind: "multiple" as const,
    label: "関心のあるテーマ",
    required: false,
    options: [{ label: "就労相談" }, { label: "職場定着" }, { label: "制度の周知" }],
  },
  { kind: "scale" as const, label: "満足度", required: true, scaleMinLabel: "不満", scaleMaxLabel: "満足" },
  { kind: "shortText" as const, label: "お名前（任意）", required: false },
  { kind: "longText" as const, label: "ご意見", required: false },
];

/** Helpers bound to one test API: the 埼玉 region, a published survey, and a public answer. */
export function surveyFixtures(api: TestApi) {
  const saitama = () => api.caller.region.bySlug({ slug: "saitama" });

  async function openSurvey(over: { opensOn?: string; closesOn?: string } = {}) {
    const region = await saitama();
    const draft = await api.caller.survey.create({
      regionId: region.id,
      title: "事前アンケート 2026",
      introduction: "地域の支援ニーズを伺います。",
      opensOn: over.opensOn ?? "2026-11-20",
      closesOn: over.closesOn ?? "2026-12-20",
      questions: QUESTIONS,
    });
    const published = await api.caller.survey.publish({ id: draft.id, version: draft.version });
    const keys = ["role", "topics", "scale", "name", "opinion"];
    const question = (key: string) => {
      const found = published.questions[keys.indexOf(key)];
      if (!found) throw new Error(`no question ${key}`);
      return found;
    };
    const options = (key: string) => question(key).options;
    const opt = (key: string, i: number) => {
      const found = options(key)[i];
      if (!found) throw new Error(`no option ${i} of ${key}`);
      return found.id;
    };
    return { region, survey: published, qid: (key: string) => question(key).id, options, opt };
  }

  const submit = (token: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    api.anonymous().publicSurvey.submit({
      token,
      idempotencyKey: randomUUID(),
      answers: answers as Record<string, string>,
      // The respondent agreed to the purpose of use (free text needs it); a test of the rule passes false.
      textConsent: true,
      ...extra,
    });

  return { saitama, openSurvey, submit };
}
