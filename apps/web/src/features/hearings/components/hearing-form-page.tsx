import { hearingCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import {
  FormCheckbox,
  FormControl,
  FormSelect,
  FormText,
  FormTextArea,
} from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import { type FindingRow, FindingRows } from "./finding-rows";

export function HearingFormPage({ context }: { context: RegionContext }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug, name } = context;
  const { organizations } = useRegionOrganizations(region.id);
  const themes = useQuery(trpc.hearing.themes.queryOptions());
  const sf = useSchemaForm({
    schema: hearingCreateSchema,
    defaultValues: {
      organizationId: "",
      heldOn: todayInTokyo(new Date()),
      interviewer: "",
      respondent: "",
      summary: "",
      findings: [{ key: 1, themeId: "", body: "" }] as FindingRow[],
      isPublic: false,
    },
    toInput: (values) => ({
      regionId: region.id,
      ...values,
      findings: values.findings.map(({ themeId, body }) => ({ themeId, body })),
    }),
  });
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
  const themeOptions = (themes.data ?? [])
    .filter((theme) => !theme.archived)
    .map((theme) => ({ value: theme.id, label: locale === "en" ? theme.nameEn : theme.nameJa }));

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/hearings" params={{ slug }}>
          {t("hearings.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("hearings.createTitle")} />
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (!create.isPending) create.mutate(input);
        }}
        className="form card"
      >
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <FormSelect
          id="hearing-organizationId"
          name="organizationId"
          label={t("hearings.fields.organizationId")}
          required
          placeholder={t("form.choose")}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <FormText
          id="hearing-heldOn"
          name="heldOn"
          type="date"
          label={t("hearings.fields.heldOn")}
          required
        />
        <div className="field-row">
          <FormText
            id="hearing-interviewer"
            name="interviewer"
            label={t("hearings.fields.interviewer")}
            required
          />
          <FormText id="hearing-respondent" name="respondent" label={t("hearings.fields.respondent")} />
        </div>
        <FormTextArea id="hearing-summary" name="summary" label={t("hearings.fields.summary")} />
        <FormControl<FindingRow[]>
          name="findings"
          render={({ value, onChange, messages }) => (
            <FindingRows rows={value} themes={themeOptions} messages={messages} onChange={onChange} />
          )}
        />
        <FormCheckbox
          id="hearing-isPublic"
          name="isPublic"
          label={t("form.isPublic")}
          hint={t("form.isPublicHint")}
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
      </SchemaForm>
    </>
  );
}
