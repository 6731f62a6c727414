// The timeline entries a survey writes by itself (opened, N answers, closed). They are stored as Japanese text,
// written only by surveyTimelineText(); readSurveyTimelineText() reads that text back into its parts, so a
// screen in another language can say the same thing in its own words.

export type SurveyTimelineEvent =
  | { event: "opened"; survey: string; opensOn: string; closesOn: string }
  | { event: "responses"; survey: string; responses: number }
  | { event: "closed"; survey: string; responses: number }
  | { event: "reopened"; survey: string; closesOn: string };

const title = (survey: string, what: string) => `アンケート「${survey}」${what}`;

/** The stored (Japanese) title and body of a survey's own timeline entry. */
export function surveyTimelineText(e: SurveyTimelineEvent): { title: string; body: string | null } {
  switch (e.event) {
    case "opened":
      return { title: title(e.survey, "回答受付開始"), body: `回答受付期間: ${e.opensOn} 〜 ${e.closesOn}` };
    case "responses":
      return { title: title(e.survey, `の回答が${e.responses}件になりました`), body: null };
    case "closed":
      return { title: title(e.survey, "回答締切"), body: `回答数: ${e.responses}件` };
    case "reopened":
      return { title: title(e.survey, "回答受付再開"), body: `新しい締切日: ${e.closesOn}` };
  }
}

const OPENED = /^アンケート「(.*)」回答受付開始$/su;
const RESPONSES = /^アンケート「(.*)」の回答が(\d+)件になりました$/su;
const CLOSED = /^アンケート「(.*)」回答締切$/su;
const PERIOD = /^回答受付期間: (\d{4}-\d{2}-\d{2}) 〜 (\d{4}-\d{2}-\d{2})$/u;
const COUNT = /^回答数: (\d+)件$/u;
const REOPENED = /^アンケート「(.*)」回答受付再開$/su;
const NEW_CLOSE = /^新しい締切日: (\d{4}-\d{2}-\d{2})$/u;

/** The parts of a survey's own timeline entry, or null for any other text (a note someone wrote). */
export function readSurveyTimelineText(entryTitle: string, body: string | null): SurveyTimelineEvent | null {
  const opened = OPENED.exec(entryTitle);
  const period = body ? PERIOD.exec(body) : null;
  if (opened?.[1] !== undefined && period?.[1] && period[2])
    return { event: "opened", survey: opened[1], opensOn: period[1], closesOn: period[2] };
  const responses = RESPONSES.exec(entryTitle);
  if (responses?.[1] !== undefined && responses[2] && body === null)
    return { event: "responses", survey: responses[1], responses: Number(responses[2]) };
  const closed = CLOSED.exec(entryTitle);
  const count = body ? COUNT.exec(body) : null;
  if (closed?.[1] !== undefined && count?.[1])
    return { event: "closed", survey: closed[1], responses: Number(count[1]) };
  const reopened = REOPENED.exec(entryTitle);
  const newClose = body ? NEW_CLOSE.exec(body) : null;
  if (reopened?.[1] !== undefined && newClose?.[1])
    return { event: "reopened", survey: reopened[1], closesOn: newClose[1] };
  return null;
}
