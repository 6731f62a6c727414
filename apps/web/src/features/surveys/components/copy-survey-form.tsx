import { addDays, surveyCopySchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../../components/fields";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";
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
  const formRef = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const { region, slug } = context;
  const sources = useQuery(trpc.survey.copySources.queryOptions({ regionId: region.id }));
  const [values, setValues] = useState<Record<Key, string>>(() => {
    const today = todayInTokyo(new Date());
    return {
      sourceId: "",
      title: "",
      opensOn: today,
      closesOn: addDays(today, DEFAULT_PERIOD_DAYS),
      editionId: region.currentEdition?.id ?? "",
    };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
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
  const shown: FieldErrors = { ...failure?.fieldErrors, ...errors };
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const chooseSource = (sourceId: string) => {
    const source = sources.data?.find((s) => s.id === sourceId);
    // The copy usually keeps its source's name (「参加者アンケート」 again next year): offered, not forced.
    setValues((v) => ({ ...v, sourceId, title: v.title === "" && source ? source.title : v.title }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (copy.isPending) return;
    const parsed = surveyCopySchema.safeParse({
      regionId: region.id,
      sourceId: values.sourceId,
      title: values.title,
      opensOn: values.opensOn,
      closesOn: values.closesOn,
      editionId: values.editionId || null,
    });
    const found = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (values.sourceId === "") found.sourceId = [t("surveys.copyForm.sourceRequired")];
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      focusInvalid();
      return;
    }
    copy.mutate(parsed.data);
  };

  return (
    <section aria-labelledby="survey-copy-heading" className="section">
      <form ref={formRef} className="form card" noValidate onSubmit={submit}>
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
            <SelectField
              id="survey-copy-source"
              label={t("surveys.copyForm.source")}
              required
              placeholder={t("form.choose")}
              value={values.sourceId}
              onChange={chooseSource}
              options={data.map((s) => ({
                value: s.id,
                label: t("surveys.copyForm.sourceOption", {
                  region: s.regionNameJa,
                  title: s.title,
                  date: dates.date(s.opensOn),
                  count: s.questionCount,
                }),
              }))}
              errors={shown.sourceId}
            />
          )}
        </ListState>
        <TextField
          id="survey-copy-title"
          label={t("surveys.fields.title")}
          required
          value={values.title}
          onChange={set("title")}
          errors={shown.title}
        />
        <div className="field-row">
          <TextField
            id="survey-copy-opensOn"
            type="date"
            label={t("surveys.fields.opensOn")}
            required
            value={values.opensOn}
            onChange={set("opensOn")}
            errors={shown.opensOn}
          />
          <TextField
            id="survey-copy-closesOn"
            type="date"
            label={t("surveys.fields.closesOn")}
            required
            value={values.closesOn}
            onChange={set("closesOn")}
            errors={shown.closesOn}
          />
        </div>
        <SelectField
          id="survey-copy-editionId"
          label={t("surveys.fields.editionId")}
          placeholder={t("surveys.fields.noEdition")}
          value={values.editionId}
          onChange={set("editionId")}
          options={region.editions.map((e) => ({ value: e.id, label: e.title }))}
          errors={shown.editionId}
        />
        <FormActions pending={copy.isPending} label={t("surveys.copyForm.submit")} success={null} />
      </form>
    </section>
  );
}
