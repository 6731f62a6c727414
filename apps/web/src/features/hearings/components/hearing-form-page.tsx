import { hearingCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../../components/fields";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import { useSchemaForm } from "../../../lib/use-schema-form";
import { type FindingRow, FindingRows } from "./finding-rows";

type TextKey = "organizationId" | "heldOn" | "interviewer" | "respondent" | "summary";

export function HearingFormPage({ context }: { context: RegionContext }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug, name } = context;
  const { organizations } = useRegionOrganizations(region.id);
  const themes = useQuery(trpc.hearing.themes.queryOptions());
  const [values, setValues] = useState<Record<TextKey, string>>(() => ({
    organizationId: "",
    heldOn: todayInTokyo(new Date()),
    interviewer: "",
    respondent: "",
    summary: "",
  }));
  const [findings, setFindings] = useState<FindingRow[]>([{ key: 1, themeId: "", body: "" }]);
  const [isPublic, setIsPublic] = useState(false);
  const { formRef, errors, check } = useSchemaForm();
  const create = useMutation(
    trpc.hearing.create.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.hearing.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
        ]),
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const shown: FieldErrors = { ...failure?.fieldErrors, ...errors };
  const set = (key: TextKey) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const themeOptions = (themes.data ?? [])
    .filter((theme) => !theme.archived)
    .map((theme) => ({ value: theme.id, label: locale === "en" ? theme.nameEn : theme.nameJa }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = check(hearingCreateSchema, {
      regionId: region.id,
      ...values,
      findings: findings.map(({ themeId, body }) => ({ themeId, body })),
      isPublic,
    });
    if (!parsed) return;
    create.mutate(parsed);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/hearings" params={{ slug }}>
          {t("hearings.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("hearings.createTitle")} />
      <form ref={formRef} className="form card" noValidate onSubmit={submit}>
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <SelectField
          id="hearing-organizationId"
          label={t("hearings.fields.organizationId")}
          required
          placeholder={t("form.choose")}
          value={values.organizationId}
          onChange={set("organizationId")}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          errors={shown.organizationId}
        />
        <TextField
          id="hearing-heldOn"
          type="date"
          label={t("hearings.fields.heldOn")}
          required
          value={values.heldOn}
          onChange={set("heldOn")}
          errors={shown.heldOn}
        />
        <div className="field-row">
          <TextField
            id="hearing-interviewer"
            label={t("hearings.fields.interviewer")}
            required
            value={values.interviewer}
            onChange={set("interviewer")}
            errors={shown.interviewer}
          />
          <TextField
            id="hearing-respondent"
            label={t("hearings.fields.respondent")}
            value={values.respondent}
            onChange={set("respondent")}
            errors={shown.respondent}
          />
        </div>
        <TextAreaField
          id="hearing-summary"
          label={t("hearings.fields.summary")}
          value={values.summary}
          onChange={set("summary")}
          errors={shown.summary}
        />
        <FindingRows rows={findings} themes={themeOptions} errors={shown} onChange={setFindings} />
        <CheckboxField
          id="hearing-isPublic"
          label={t("form.isPublic")}
          hint={t("form.isPublicHint")}
          checked={isPublic}
          onChange={setIsPublic}
        />
        <FormActions
          pending={create.isPending}
          label={t("hearings.save")}
          success={
            create.data && (
              <p>
                {t("hearings.created")}{" "}
                <Link to="/regions/$slug/hearings/$hearingId" params={{ slug, hearingId: create.data.id }}>
                  {t("hearings.openCreated")}
                </Link>
              </p>
            )
          }
        />
      </form>
    </>
  );
}
