import { surveyCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { FormSelect } from "../../../components/form/fields";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { emptyDraft, type SurveyDraft, surveyFields } from "../lib/builder-state";
import { SurveyForm } from "./survey-form";
import { SurveyPreview } from "./survey-preview";
import "../surveys.css";

/** The builder's values, and the forum the survey belongs to (chosen only when creating). */
interface Values extends SurveyDraft {
  editionId: string;
}

export function CreateSurveyPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { region, slug, name, canWrite } = context;
  const sf = useSchemaForm({
    schema: surveyCreateSchema,
    defaultValues: {
      ...emptyDraft(todayInTokyo(new Date())),
      editionId: region.currentEdition?.id ?? "",
    },
    toInput: (values: Values) => ({
      regionId: region.id,
      editionId: values.editionId || null,
      ...surveyFields(values),
    }),
  });
  // The live preview reads what is typed, as it is typed.
  const draft = sf.form.watch();
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

  return (
    <div className="survey-builder">
      <p className="breadcrumb">
        <Link to="/regions/$slug/surveys" params={{ slug }}>
          {t("surveys.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("surveys.builder.createTitle")} />
      <SurveyForm
        form={sf}
        onValid={(input) => create.mutate(input)}
        responseCount={0}
        failure={failure}
        pending={create.isPending}
        submitLabel={t("surveys.builder.create")}
        success={null}
        extraFields={
          <FormSelect
            id="survey-editionId"
            name="editionId"
            label={t("surveys.fields.editionId")}
            hint={t("surveys.hints.editionId")}
            placeholder={t("surveys.fields.noEdition")}
            options={region.editions.map((e) => ({ value: e.id, label: e.title }))}
          />
        }
      />
      <SurveyPreview draft={draft} />
    </div>
  );
}
