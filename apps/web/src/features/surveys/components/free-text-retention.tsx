import { freeTextEraseOn, surveyRetentionSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import type { SurveyDetail } from "../lib/types";

/** When the survey's free text is erased (「自由記述は2027年3月31日に消去されます」), and the setting for writers. */
export function FreeTextRetention({ survey, canWrite }: { survey: SurveyDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const dates = useDates();
  const eraseOn = freeTextEraseOn(survey);
  const erasedAt = survey.freeTextErasedAt ? String(survey.freeTextErasedAt) : null;
  return (
    <section aria-labelledby="retention-heading" className="section">
      <h2 id="retention-heading">{t("privacy.retention.heading")}</h2>
      <p className="retention-status">
        {erasedAt
          ? t("privacy.retention.erased", { date: dates.dateTime(erasedAt) })
          : eraseOn && eraseOn <= todayInTokyo()
            ? t("privacy.retention.due", { date: dates.date(eraseOn) })
            : eraseOn
              ? t("privacy.retention.willErase", { date: dates.date(eraseOn) })
              : t("privacy.retention.kept")}
      </p>
      {canWrite && !erasedAt && <RetentionForm survey={survey} />}
    </section>
  );
}

function RetentionForm({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(
    trpc.survey.setRetention.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.survey.byId.queryFilter({ id: survey.id })),
          queryClient.invalidateQueries(trpc.audit.pathFilter()),
        ]),
    }),
  );
  const sf = useSchemaForm({
    schema: surveyRetentionSchema,
    defaultValues: {
      days: survey.freeTextRetentionDays === null ? "" : String(survey.freeTextRetentionDays),
    },
    toInput: ({ days }) => ({
      id: survey.id,
      freeTextRetentionDays: days.trim() === "" ? null : Number(days),
    }),
    fieldOf: (path) => (path === "freeTextRetentionDays" ? "days" : path),
  });
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;
  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (!save.isPending) save.mutate(input);
      }}
      className="form card"
    >
      <p className="muted">{t("privacy.retention.intro")}</p>
      <FormFailure failure={failure} />
      <FormText
        id="survey-retention-days"
        name="days"
        label={t("privacy.retention.days")}
        hint={t("privacy.retention.daysHint")}
      />
      <FormActions
        pending={save.isPending}
        label={t("privacy.retention.save")}
        success={save.isSuccess && !save.isPending ? <p>{t("privacy.retention.saved")}</p> : null}
      />
    </SchemaForm>
  );
}
