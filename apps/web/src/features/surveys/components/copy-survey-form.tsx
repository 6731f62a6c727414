import { addDays, surveyCopySchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../../components/fields";
import { FormControl, FormSelect, FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { DEFAULT_PERIOD_DAYS } from "../lib/builder-state";

type Key = "sourceId" | "title" | "opensOn" | "closesOn" | "editionId";

/**
 * 「他のアンケートから複製」: last year's or another region's questions as a new draft here (no answers come
 * along), then on to the builder to adjust them.
 */
export function CopySurveyForm({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const { region, slug } = context;
  const sources = useQuery(trpc.survey.copySources.queryOptions({ regionId: region.id }));
  const sf = useSchemaForm({
    schema: surveyCopySchema,
    defaultValues: ((): Record<Key, string> => {
      const today = todayInTokyo(new Date());
      return {
        sourceId: "",
        title: "",
        opensOn: today,
        closesOn: addDays(today, DEFAULT_PERIOD_DAYS),
        editionId: region.currentEdition?.id ?? "",
      };
    })(),
    toInput: (values: Record<Key, string>) => ({
      regionId: region.id,
      sourceId: values.sourceId,
      title: values.title,
      opensOn: values.opensOn,
      closesOn: values.closesOn,
      editionId: values.editionId || null,
    }),
    check: (values): FieldErrors =>
      values.sourceId === "" ? { sourceId: [t("surveys.copyForm.sourceRequired")] } : {},
  });
  const copy = useMutation(
    trpc.survey.copy.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.survey.forRegion.pathFilter());
        await navigate({
          to: "/regions/$slug/surveys/$surveyId/edit",
          params: { slug, surveyId: created.id },
          search: { created: true },
        });
      },
    }),
  );
  const failure = copy.isError ? describeApiFailure(copy.error, t("form.networkError")) : null;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const chooseSource = (sourceId: string, change: (value: string) => void) => {
    const source = sources.data?.find((s) => s.id === sourceId);
    change(sourceId);
    // The copy usually keeps its source's name (「参加者アンケート」 again next year): offered, not forced.
    if (sf.form.getValues("title") === "" && source) sf.form.setValue("title", source.title);
  };

  return (
    <section aria-labelledby="survey-copy-heading" className="section">
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (copy.isPending) return;
          copy.mutate(input);
        }}
        className="form card"
      >
        <h2 id="survey-copy-heading" ref={heading} tabIndex={-1}>
          {t("surveys.copyForm.heading")}
        </h2>
        <p>{t("surveys.copyForm.intro")}</p>
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <ListState
          query={sources}
          isEmpty={(data) => data.length === 0}
          empty={t("surveys.copyForm.sourcesEmpty")}
        >
          {(data) => (
            <FormControl<string>
              name="sourceId"
              render={({ value, onChange, messages }) => (
                <SelectField
                  id="survey-copy-source"
                  label={t("surveys.copyForm.source")}
                  required
                  placeholder={t("form.choose")}
                  value={value}
                  onChange={(v) => chooseSource(v, onChange)}
                  options={data.map((s) => ({
                    value: s.id,
                    label: t("surveys.copyForm.sourceOption", {
                      region: s.regionNameJa,
                      title: s.title,
                      date: dates.date(s.opensOn),
                      count: s.questionCount,
                    }),
                  }))}
                  errors={messages()}
                />
              )}
            />
          )}
        </ListState>
        <FormText id="survey-copy-title" name="title" label={t("surveys.fields.title")} required />
        <div className="field-row">
          <FormText
            id="survey-copy-opensOn"
            name="opensOn"
            type="date"
            label={t("surveys.fields.opensOn")}
            required
          />
          <FormText
            id="survey-copy-closesOn"
            name="closesOn"
            type="date"
            label={t("surveys.fields.closesOn")}
            required
          />
        </div>
        <FormSelect
          id="survey-copy-editionId"
          name="editionId"
          label={t("surveys.fields.editionId")}
          placeholder={t("surveys.fields.noEdition")}
          options={region.editions.map((e) => ({ value: e.id, label: e.title }))}
        />
        <FormActions pending={copy.isPending} label={t("surveys.copyForm.submit")} success={null} />
      </SchemaForm>
    </section>
  );
}
