import { surveyCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../../components/fields";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { emptyDraft, type SurveyDraft, surveyFields } from "../lib/builder-state";
import { SurveyForm } from "./survey-form";
import { SurveyPreview } from "./survey-preview";
import { useFocusFirstError } from "./use-focus-first-error";
import "../surveys.css";

export function CreateSurveyPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef, "survey-add-questions");
  const { region, slug, name, canWrite } = context;
  const [draft, setDraft] = useState<SurveyDraft>(() => emptyDraft(todayInTokyo(new Date())));
  const [editionId, setEditionId] = useState(region.currentEdition?.id ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.survey.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.survey.forRegion.pathFilter());
        await navigate({
          to: "/regions/$slug/surveys/$surveyId/edit",
          params: { slug, surveyId: created.id },
          search: { created: true },
          replace: true,
        });
      },
    }),
  );
  if (!canWrite) return <Forbidden />;
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;

  const submit = () => {
    const parsed = surveyCreateSchema.safeParse({
      regionId: region.id,
      editionId: editionId || null,
      ...surveyFields(draft),
    });
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    if (!parsed.success) {
      focusFirstError();
      return;
    }
    create.mutate(parsed.data);
  };

  return (
    <div className="survey-builder">
      <p className="breadcrumb">
        <Link to="/regions/$slug/surveys" params={{ slug }}>
          {t("surveys.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("surveys.builder.createTitle")} />
      <SurveyForm
        formRef={formRef}
        draft={draft}
        onChange={setDraft}
        responseCount={0}
        errors={{ ...failure?.fieldErrors, ...errors }}
        failure={failure}
        pending={create.isPending}
        submitLabel={t("surveys.builder.create")}
        success={null}
        extraFields={
          <SelectField
            id="survey-editionId"
            label={t("surveys.fields.editionId")}
            hint={t("surveys.hints.editionId")}
            placeholder={t("surveys.fields.noEdition")}
            value={editionId}
            onChange={setEditionId}
            options={region.editions.map((e) => ({ value: e.id, label: e.title }))}
            errors={errors.editionId}
          />
        }
        onSubmit={submit}
      />
      <SurveyPreview draft={draft} />
    </div>
  );
}
