import { useParams } from "@tanstack/react-router";
import { SurveyResultsPrintPage } from "../../features/surveys/components/survey-results-print-page";

// Its own chunk: only the survey's print view needs the charts library.
export function PrintSurveyResultsRoute() {
  const { slug, surveyId } = useParams({ from: "/_print/print/regions/$slug/surveys/$surveyId/results" });
  return <SurveyResultsPrintPage slug={slug} surveyId={surveyId} />;
}
