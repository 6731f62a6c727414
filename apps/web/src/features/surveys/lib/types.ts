import type { RouterOutputs } from "../../../lib/api-types";

/** A survey with its questions and answer link, as survey.byId returns it. */
export type SurveyDetail = RouterOutputs["survey"]["byId"];
export type SurveyResults = RouterOutputs["survey"]["results"];
export type QuestionResult = SurveyResults["questions"][number];
