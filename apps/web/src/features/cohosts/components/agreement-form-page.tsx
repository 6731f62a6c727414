import { AGREEMENT_ROLES, agreementCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormSelect, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";

const INITIAL_STATUSES = ["proposed", "negotiating"] as const;

/** New talks belong to the region's current forum; they start as 打診 or 協議中. */
export function AgreementFormPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug, name } = context;
  const { organizations } = useRegionOrganizations(region.id);
  const sf = useSchemaForm({
    schema: agreementCreateSchema,
    defaultValues: {
      organizationId: "",
      role: "cohost",
      status: "proposed",
      occurredOn: todayInTokyo(new Date()),
      note: "",
      nextStep: "",
      nextStepOn: "",
    },
    toInput: (values) => ({
      editionId: region.currentEdition?.id,
      ...values,
      nextStepOn: values.nextStepOn || null,
    }),
  });
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

  return (
    <>
      <p className="breadcrumb">{backLink}</p>
      <PageHeading title={t("cohosts.createTitle")} />
      <p className="lead">{edition.title}</p>
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
          id="agreement-organizationId"
          name="organizationId"
          label={t("cohosts.fields.organizationId")}
          required
          placeholder={t("form.choose")}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <div className="field-row">
          <FormSelect
            id="agreement-role"
            name="role"
            label={t("cohosts.fields.role")}
            required
            options={AGREEMENT_ROLES.map((r) => ({ value: r, label: t(`agreementRole.${r}`) }))}
          />
          <FormSelect
            id="agreement-status"
            name="status"
            label={t("cohosts.fields.status")}
            required
            options={INITIAL_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
          />
        </div>
        <FormText
          id="agreement-occurredOn"
          name="occurredOn"
          type="date"
          label={t("cohosts.fields.occurredOn")}
          required
        />
        <FormTextArea id="agreement-note" name="note" label={t("cohosts.fields.note")} />
        <div className="field-row">
          <FormText id="agreement-nextStep" name="nextStep" label={t("cohosts.fields.nextStep")} />
          <FormText
            id="agreement-nextStepOn"
            name="nextStepOn"
            type="date"
            label={t("cohosts.fields.nextStepOn")}
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
      </SchemaForm>
    </>
  );
}
