import { surveyUpdateSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure, isMissing } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { draftOf, type SurveyDraft, surveyFields } from "../lib/builder-state";
import type { SurveyDetail } from "../lib/types";
import { PublicLink } from "./public-link";
import { SurveyActions } from "./survey-actions";
import { SurveyForm } from "./survey-form";
import { SurveyPreview } from "./survey-preview";
import { useFocusFirstError } from "./use-focus-first-error";
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
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef, "survey-add-questions");
  const { slug, name } = context;
  const [draft, setDraft] = useState<SurveyDraft>(() => draftOf(saved));
  // The version this draft was based on: saving against a newer one is someone else's change (CONFLICT).
  const [baseVersion, setBaseVersion] = useState(saved.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutation(
    trpc.survey.update.mutationOptions({
      onSuccess: async (updated) => {
        // The server gave ids to new questions and options: the draft takes them, so the next save keeps them.
        setDraft(draftOf(updated));
        setBaseVersion(updated.version);
        queryClient.setQueryData(trpc.survey.byId.queryKey({ id: updated.id }), updated);
        await queryClient.invalidateQueries(trpc.survey.forRegion.pathFilter());
      },
    }),
  );
  const failure = update.isError ? describeApiFailure(update.error, t("form.networkError")) : null;
  const dirty = !sameContent(draft, draftOf(saved));

  const submit = () => {
    const parsed = surveyUpdateSchema.safeParse({
      id: saved.id,
      version: baseVersion,
      ...surveyFields(draft),
    });
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    if (!parsed.success) {
      focusFirstError();
      return;
    }
    update.mutate(parsed.data);
  };

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
            setDraft((d) => ({ ...d, closesOn: next.closesOn }));
          }}
        />
        <PublicLink url={saved.answerUrl} status={saved.status} />
      </div>
      {saved.status === "published" && (
        <p className="notice notice--info">{t("surveys.builder.publishedNotice")}</p>
      )}
      <SurveyForm
        formRef={formRef}
        draft={draft}
        onChange={setDraft}
        responseCount={saved.responseCount}
        errors={{ ...failure?.fieldErrors, ...errors }}
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
        onSubmit={submit}
      />
      <SurveyPreview draft={draft} />
    </div>
  );
}
