import { readSurveyTimelineText } from "@kyoso/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";

const MARK = "\u0000";

/** A translated sentence with what people typed in its place, marked as theirs (data-user-text). */
function withUserText(sentence: string, value: string): ReactNode {
  const [before, after] = sentence.split(MARK);
  return (
    <>
      {before}
      <span data-user-text="">{value}</span>
      {after}
    </>
  );
}

/**
 * A timeline entry's title and body in the reader's language: the entries a survey writes by itself are
 * stored in Japanese and said again from their parts; what people wrote is shown as written, marked as theirs.
 */
export function useTimelineText() {
  const { t } = useTranslation();
  const dates = useDates();
  return (entry: { title: string; body: string | null; kind: string }) => {
    const event = entry.kind === "survey" ? readSurveyTimelineText(entry.title, entry.body) : null;
    if (!event)
      return {
        title: <span data-user-text="">{entry.title}</span>,
        body: entry.body === null ? null : <span data-user-text="">{entry.body}</span>,
      };
    const title = (key: "opened" | "responses" | "closed" | "reopened", count?: number) =>
      withUserText(t(`generatedTimeline.${key}`, { survey: MARK, count }), event.survey);
    switch (event.event) {
      case "opened":
        return {
          title: title("opened"),
          body: t("generatedTimeline.openedBody", {
            from: dates.date(event.opensOn),
            to: dates.date(event.closesOn),
          }),
        };
      case "responses":
        return { title: title("responses", event.responses), body: null };
      case "closed":
        return {
          title: title("closed"),
          body: t("generatedTimeline.closedBody", { count: event.responses }),
        };
      case "reopened":
        return {
          title: title("reopened"),
          body: t("generatedTimeline.reopenedBody", { date: dates.date(event.closesOn) }),
        };
    }
  };
}
