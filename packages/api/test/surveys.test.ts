import { DEFAULT_SURVEY_PURPOSE_JA } from "@kyoso/domain";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";
import { QUESTIONS, surveyFixtures } from "./survey-fixtures";

// "Today" in these tests is 2026-11-25 (Japan).
const api = useTestApi();
const { saitama, openSurvey, submit } = surveyFixtures(api);

describe("survey builder", () => {
  it("creates a draft with ids on questions and options, with an audit row", async () => {
    const region = await saitama();
    const survey = await api.caller.survey.create({
      regionId: region.id,
      title: "参加者アンケート",
      opensOn: "2026-12-01",
      closesOn: "2026-12-31",
      questions: QUESTIONS,
    });
    expect(survey).toMatchObject({
      status: "draft",
      responseCount: 0,
      questionCount: 5,
      regionSlug: "saitama",
    });
    expect(survey.publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(survey.questions[0]?.options.map((o) => o.label)).toEqual(["当事者", "支援者", "行政"]);
    expect(new Set(survey.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)])).size).toBe(11);
    const audit = await api.caller.audit.list({ recordType: "survey" });
    expect(audit.rows[0]).toMatchObject({ action: "create", recordId: survey.id });
    expect(JSON.stringify(audit.rows)).not.toContain(survey.publicToken);
    expect((await api.caller.survey.forRegion({ slug: "saitama" })).map((s) => s.id)).toContain(survey.id);
  });

  it("states the standard purpose of use unless given one; an update without it keeps it, an empty one resets it", async () => {
    const region = await saitama();
    const fields = { regionId: region.id, title: "目的", opensOn: "2026-12-01", closesOn: "2026-12-31" };
    const standard = await api.caller.survey.create({ ...fields, questions: QUESTIONS });
    expect(standard.purposeOfUse).toBe(DEFAULT_SURVEY_PURPOSE_JA);
    const own = await api.caller.survey.create({
      ...fields,
      purposeOfUse: "  次回の準備に使います。 ",
      questions: QUESTIONS,
    });
    expect(own.purposeOfUse).toBe("次回の準備に使います。");
    const update = {
      id: own.id,
      title: own.title,
      opensOn: own.opensOn,
      closesOn: own.closesOn,
      questions: own.questions,
    };
    const kept = await api.caller.survey.update({ ...update, version: own.version });
    expect(kept.purposeOfUse).toBe("次回の準備に使います。");
    const reset = await api.caller.survey.update({ ...update, version: kept.version, purposeOfUse: "" });
    expect(reset.purposeOfUse).toBeNull();
  });

  it("copies another region's survey as a new draft with fresh ids and no answers", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, { [qid("role")]: opt("role", 0), [qid("scale")]: 3 });
    const shutoken = await api.caller.region.bySlug({ slug: "shutoken" });
    const sources = await api.caller.survey.copySources({ regionId: shutoken.id });
    expect(sources.find((s) => s.id === survey.id)).toMatchObject({
      regionNameJa: "埼玉県",
      questionCount: 5,
    });
    const copy = await api.caller.survey.copy({
      sourceId: survey.id,
      regionId: shutoken.id,
      title: "首都圏 事前アンケート",
      opensOn: "2027-01-10",
      closesOn: "2027-01-31",
    });
    expect(copy).toMatchObject({
      status: "draft",
      responseCount: 0,
      copiedFromId: survey.id,
      regionSlug: "shutoken",
    });
    expect(copy.questions.map((x) => [x.kind, x.label, x.required])).toEqual(
      survey.questions.map((x) => [x.kind, x.label, x.required]),
    );
    expect(copy.questions[0]?.id).not.toBe(survey.questions[0]?.id);
    expect(copy.publicToken).not.toBe(survey.publicToken);
  });

  it("once answered, refuses removing a question or an option in Japanese, and allows rewording", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, { [qid("role")]: opt("role", 1), [qid("scale")]: 5 });
    const current = await api.caller.survey.byId({ id: survey.id });
    const asInput = current.questions.map((x) => ({ ...x, options: x.options }));
    const base = {
      id: current.id,
      version: current.version,
      title: current.title,
      introduction: current.introduction,
      opensOn: current.opensOn,
      closesOn: current.closesOn,
      asksOrganizationType: true,
    };
    const removed = await trpcError(api.caller.survey.update({ ...base, questions: asInput.slice(1) }));
    expect(removed.code).toBe("BAD_REQUEST");
    expect(removed.message).toBe(
      "回答が既にあるため、質問「ご所属の立場」は削除できません（回答が失われます）。",
    );
    const lostOption = await trpcError(
      api.caller.survey.update({
        ...base,
        questions: asInput.map((x, i) => (i === 0 ? { ...x, options: x.options.slice(0, 2) } : x)),
      }),
    );
    expect(lostOption.message).toContain("選択肢「行政」は削除できません");
    const reworded = await api.caller.survey.update({
      ...base,
      questions: asInput.map((x, i) => (i === 2 ? { ...x, label: "本日の満足度" } : x)),
    });
    expect(reworded.questions[2]).toMatchObject({ id: qid("scale"), label: "本日の満足度" });
    const stale = await trpcError(api.caller.survey.update({ ...base, questions: asInput }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("deletes an unanswered draft but not an answered survey", async () => {
    const { survey, qid, opt } = await openSurvey();
    await submit(survey.publicToken, { [qid("role")]: opt("role", 0), [qid("scale")]: 1 });
    const fresh = await api.caller.survey.byId({ id: survey.id });
    const refused = await trpcError(api.caller.survey.delete({ id: fresh.id, version: fresh.version }));
    expect(refused.message).toContain("回答があるアンケートは削除できません");
  });
});
