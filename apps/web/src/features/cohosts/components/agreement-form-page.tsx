import { AGREEMENT_ROLES, agreementCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField, TextField } from "../../../components/fields";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import { useSchemaForm } from "../../../lib/use-schema-form";

type Key = "organizationId" | "role" | "status" | "occurredOn" | "note" | "nextStep" | "nextStepOn";
const INITIAL_STATUSES = ["proposed", "negotiating"] as const;

/** New talks belong to the region's current forum; they start as 打診 or 協議中. */
export function AgreementFormPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug, name } = context;
  const { organizations } = useRegionOrganizations(region.id);
  const [values, setValues] = useState<Record<Key, string>>(() => ({
    organizationId: "",
    role: "cohost",
    status: "proposed",
    occurredOn: todayInTokyo(new Date()),
    note: "",
    nextStep: "",
    nextStepOn: "",
  }));
  const { formRef, errors, check } = useSchemaForm();
  const create = useMutation(
    trpc.agreement.create.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.agreement.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
        ]),
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const shown: FieldErrors = { ...failure?.fieldErrors, ...errors };
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const backLink = (
    <Link to="/regions/$slug/cohosts" params={{ slug }}>
      {t("cohosts.backToList", { region: name })}
    </Link>
  );
  const edition = region.currentEdition;
  if (!edition) {
    return (
      <>
        <p className="breadcrumb">{backLink}</p>
        <PageHeading title={t("cohosts.createTitle")} />
        <p className="notice notice--info">{t("cohosts.noEdition")}</p>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = check(agreementCreateSchema, {
      editionId: edition.id,
      ...values,
      nextStepOn: values.nextStepOn || null,
    });
    if (!parsed) return;
    create.mutate(parsed);
  };

  return (
    <>
      <p className="breadcrumb">{backLink}</p>
      <PageHeading title={t("cohosts.createTitle")} />
      <p className="lead">{edition.title}</p>
      <form ref={formRef} className="form card" noValidate onSubmit={submit}>
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <SelectField
          id="agreement-organizationId"
          label={t("cohosts.fields.organizationId")}
          required
          placeholder={t("form.choose")}
          value={values.organizationId}
          onChange={set("organizationId")}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          errors={shown.organizationId}
        />
        <div className="field-row">
          <SelectField
            id="agreement-role"
            label={t("cohosts.fields.role")}
            required
            value={values.role}
            onChange={set("role")}
            options={AGREEMENT_ROLES.map((r) => ({ value: r, label: t(`agreementRole.${r}`) }))}
            errors={shown.role}
          />
          <SelectField
            id="agreement-status"
            label={t("cohosts.fields.status")}
            required
            value={values.status}
            onChange={set("status")}
            options={INITIAL_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
            errors={shown.status}
          />
        </div>
        <TextField
          id="agreement-occurredOn"
          type="date"
          label={t("cohosts.fields.occurredOn")}
          required
          value={values.occurredOn}
          onChange={set("occurredOn")}
          errors={shown.occurredOn}
        />
        <TextAreaField
          id="agreement-note"
          label={t("cohosts.fields.note")}
          value={values.note}
          onChange={set("note")}
          errors={shown.note}
        />
        <div className="field-row">
          <TextField
            id="agreement-nextStep"
            label={t("cohosts.fields.nextStep")}
            value={values.nextStep}
            onChange={set("nextStep")}
            errors={shown.nextStep}
          />
          <TextField
            id="agreement-nextStepOn"
            type="date"
            label={t("cohosts.fields.nextStepOn")}
            value={values.nextStepOn}
            onChange={set("nextStepOn")}
            errors={shown.nextStepOn}
          />
        </div>
        <FormActions
          pending={create.isPending}
          label={t("cohosts.save")}
          success={
            create.data && (
              <p>
                {t("cohosts.created")}{" "}
                <Link to="/regions/$slug/cohosts/$agreementId" params={{ slug, agreementId: create.data.id }}>
                  {t("cohosts.openCreated")}
                </Link>
              </p>
            )
          }
        />
      </form>
    </>
  );
}
