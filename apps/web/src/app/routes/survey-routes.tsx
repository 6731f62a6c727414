import { useParams, useSearch } from "@tanstack/react-router";
import { RegionFrame } from "../../components/region-frame";
import { CreateSurveyPage } from "../../features/surveys/components/create-survey-page";
import { EditSurveyPage } from "../../features/surveys/components/edit-survey-page";
import { SurveyDetailPage } from "../../features/surveys/components/survey-detail-page";
import { SurveyResultsPage } from "../../features/surveys/components/survey-results-page";
import { SurveysPage } from "../../features/surveys/components/surveys-page";

export function SurveysRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/surveys" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <SurveysPage context={context} />}
    </RegionFrame>
  );
}

export function CreateSurveyRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/surveys/new" });
  return <RegionFrame slug={slug}>{(context) => <CreateSurveyPage context={context} />}</RegionFrame>;
}

export function SurveyRoute() {
  const { slug, surveyId } = useParams({ from: "/_signedIn/regions/$slug/surveys/$surveyId" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <SurveyDetailPage context={context} surveyId={surveyId} />}
    </RegionFrame>
  );
}

export function EditSurveyRoute() {
  const { slug, surveyId } = useParams({ from: "/_signedIn/regions/$slug/surveys/$surveyId/edit" });
  const { created } = useSearch({ from: "/_signedIn/regions/$slug/surveys/$surveyId/edit" });
  return (
    <RegionFrame slug={slug}>
      {(context) => <EditSurveyPage context={context} surveyId={surveyId} created={created === true} />}
    </RegionFrame>
  );
}

export function SurveyResultsRoute() {
  const { slug, surveyId } = useParams({ from: "/_signedIn/regions/$slug/surveys/$surveyId/results" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <SurveyResultsPage context={context} surveyId={surveyId} />}
    </RegionFrame>
  );
}
