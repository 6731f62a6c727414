import { surveyUpdateSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure, isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { draftOf, type SurveyDraft, surveyFields } from "../lib/builder-state";
import type { SurveyDetail } from "../lib/types";
import { PublicLink } from "./public-link";
import { SurveyActions } from "./survey-actions";
import { SurveyForm } from "./survey-form";
import { SurveyPreview } from "./survey-preview";
import "../surveys.css";

interface Props {
  context: RegionContext;
  surveyId: string;
  /** Arrived here right after creating (or copying) the survey. */
  created: boolean;
}

export function EditSurveyPage({ context, surveyId, created }: Props) {
  const trpc = useTRPC();
  const survey = useQuery(trpc.survey.byId.queryOptions({ id: surveyId }));
  // Remounting the builder is how a reload after a conflict replaces the user's stale draft.
  const [builderKey, setBuilderKey] = useState(0);

  if (!context.canWrite) return <Forbidden />;
  if (survey.isError && isMissing(survey.error)) return <NotFound />;
  if (!isLoaded(survey)) return <QueryFallback query={survey} />;
  if (survey.data.regionSlug !== context.slug) return <NotFound />;
  return (
    <Builder
      key={builderKey}
      context={context}
      saved={survey.data}
      created={created}
      onReload={async () => {
        await survey.refetch();
        setBuilderKey((k) => k + 1);
      }}
    />
  );
}

interface BuilderProps {
  context: RegionContext;
  saved: SurveyDetail;
  created: boolean;
  onReload: () => Promise<void>;
}

const sameContent = (a: SurveyDraft, b: SurveyDraft) =>
  JSON.stringify(surveyFields(a)) === JSON.stringify(surveyFields(b));

function Builder({ context, saved, created, onReload }: BuilderProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug, name } = context;
  // The version this draft was based on: saving against a newer one is someone else's change (CONFLICT).
  const [baseVersion, setBaseVersion] = useState(saved.version);
  // The create form's builder, started from the saved survey.
  const sf = useSchemaForm({
    schema: surveyUpdateSchema,
    defaultValues: draftOf(saved),
    toInput: (values: SurveyDraft) => ({ id: saved.id, version: baseVersion, ...surveyFields(values) }),
  });
  // The live preview and the unsaved-changes warning read what is typed, as it is typed.
  const draft = sf.form.watch();
  const update = useMutation(
    trpc.survey.update.mutationOptions({
      onSuccess: async (updated) => {
        // The server gave ids to new questions and options: the form takes them, so the next save keeps them.
        sf.form.reset(draftOf(updated));
        setBaseVersion(updated.version);
        queryClient.setQueryData(trpc.survey.byId.queryKey({ id: updated.id }), updated);
        await queryClient.invalidateQueries(trpc.survey.forRegion.pathFilter());
      },
    }),
  );
  const failure = update.isError ? describeApiFailure(update.error, t("form.networkError")) : null;
  const dirty = !sameContent(draft, draftOf(saved));

  return (
    <div className="survey-builder">
      <p className="breadcrumb">
        <Link to="/regions/$slug/surveys/$surveyId" params={{ slug, surveyId: saved.id }}>
          {t("surveys.builder.backToSurvey")}
        </Link>{" "}
        <span aria-hidden="true">·</span>{" "}
        <Link to="/regions/$slug/surveys" params={{ slug }}>
          {t("surveys.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("surveys.builder.editTitle", { title: saved.title })} />
      {created && saved.status === "draft" && !update.isSuccess && (
        <p className="notice notice--success">{t("surveys.builder.created")}</p>
      )}
      <div className="survey-panels">
        <SurveyActions
          survey={saved}
          slug={slug}
          unsaved={dirty}
          onChanged={(next) => {
            // A status change moves the version on but leaves the questions as they are (reopen moves the closing day).
            setBaseVersion(next.version);
            sf.form.setValue("closesOn", next.closesOn);
          }}
        />
        <PublicLink url={saved.answerUrl} status={saved.status} />
      </div>
      {saved.status === "published" && (
        <p className="notice notice--info">{t("surveys.builder.publishedNotice")}</p>
      )}
      <SurveyForm
        form={sf}
        onValid={(input) => update.mutate(input)}
        responseCount={saved.responseCount}
        failure={failure}
        onReload={() => void onReload()}
        pending={update.isPending}
        submitLabel={t("surveys.builder.save")}
        success={
          update.isSuccess && (
            <p>
              {t("surveys.builder.saved")}{" "}
              <Link to="/regions/$slug/surveys/$surveyId" params={{ slug, surveyId: saved.id }}>
                {t("surveys.builder.openSurvey")}
              </Link>
            </p>
          )
        }
      />
      <SurveyPreview draft={draft} />
    </div>
  );
}
