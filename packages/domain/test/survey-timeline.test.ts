import { describe, expect, it } from "vitest";
import { readSurveyTimelineText, type SurveyTimelineEvent, surveyTimelineText } from "../src/survey-timeline";

const EVENTS: SurveyTimelineEvent[] = [
  { event: "opened", survey: "支援機関向け 事前アンケート", opensOn: "2026-11-01", closesOn: "2026-12-15" },
  { event: "responses", survey: "フォーラム参加者アンケート", responses: 60 },
  { event: "closed", survey: "「参加者」アンケート", responses: 36 },
  { event: "reopened", survey: "フォーラム参加者アンケート", closesOn: "2026-03-20" },
];

describe("a survey's own timeline entries", () => {
  it("are written in Japanese and read back into the same parts, brackets in the survey's title included", () => {
    expect(surveyTimelineText(EVENTS[1] as SurveyTimelineEvent).title).toBe(
      "アンケート「フォーラム参加者アンケート」の回答が60件になりました",
    );
    for (const e of EVENTS) {
      const { title, body } = surveyTimelineText(e);
      expect(readSurveyTimelineText(title, body)).toEqual(e);
    }
  });

  it("leave any other entry (a note typed to look alike, a meeting) as it is", () => {
    expect(readSurveyTimelineText("アンケート「X」回答受付開始", "受付は来週から")).toBeNull();
    expect(readSurveyTimelineText("首都圏 実行委員会", null)).toBeNull();
  });
});
