import {
  AGREEMENT_ROLES,
  type AgreementRole,
  agreementCreateSchema,
  agreementUpdateSchema,
  todayInTokyo,
} from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormSelect, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";

const INITIAL_STATUSES = ["proposed", "negotiating"] as const;

interface Editing {
  id: string;
  version: number;
  role: AgreementRole;
  nextStep: string | null;
  nextStepOn: string | null;
}

interface Props {
  slug: string;
  regionId: string;
  editionId: string;
  /** The agreement to edit; without it the form records new talks. */
  agreement?: Editing | undefined;
  onReload?: () => void;
}

/**
 * The co-host talks' form. New talks: organization, role, first status and date, note, next step. Editing: the
 * same form with only what can change in place (role and next step); the status moves by transitions, and a
 * wrongly recorded one is corrected from the history.
 */
export function AgreementForm({ slug, regionId, editionId, agreement, onReload }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editing = agreement !== undefined;
  const { organizations } = useRegionOrganizations(regionId);
  const sf = useSchemaForm({
    schema: editing ? agreementUpdateSchema : agreementCreateSchema,
    defaultValues: {
      organizationId: "",
      role: agreement?.role ?? "cohost",
      status: "proposed",
      occurredOn: todayInTokyo(new Date()),
      note: "",
      nextStep: agreement?.nextStep ?? "",
      nextStepOn: agreement?.nextStepOn ?? "",
    },
    toInput: (values) =>
      agreement
        ? {
            id: agreement.id,
            version: agreement.version,
            role: values.role,
            nextStep: values.nextStep,
            nextStepOn: values.nextStepOn || null,
          }
        : { editionId, ...values, nextStepOn: values.nextStepOn || null },
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.agreement.pathFilter()),
      queryClient.invalidateQueries(trpc.timeline.pathFilter()),
      queryClient.invalidateQueries(trpc.audit.pathFilter()),
    ]);
  const create = useMutation(trpc.agreement.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.agreement.update.mutationOptions({ onSuccess: refresh }));
  const mutation = editing ? update : create;
  const failure = mutation.isError ? describeApiFailure(mutation.error, t("form.networkError")) : null;
  const prefix = editing ? "agreement-edit" : "agreement";

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (mutation.isPending) return;
        if (editing) update.mutate(input as Parameters<typeof update.mutate>[0]);
        else create.mutate(input as Parameters<typeof create.mutate>[0]);
      }}
      className="form card"
      aria-labelledby={editing ? "agreement-edit-heading" : undefined}
    >
      {editing && <h2 id="agreement-edit-heading">{t("cohosts.editHeading")}</h2>}
      <p className="muted">{t("form.requiredNote")}</p>
      <FormFailure
        failure={failure}
        onReload={
          onReload &&
          (() => {
            mutation.reset();
            onReload();
          })
        }
      />
      {!editing && (
        <FormSelect
          id={`${prefix}-organizationId`}
          name="organizationId"
          label={t("cohosts.fields.organizationId")}
          required
          placeholder={t("form.choose")}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      <div className="field-row">
        <FormSelect
          id={`${prefix}-role`}
          name="role"
          label={t("cohosts.fields.role")}
          required
          options={AGREEMENT_ROLES.map((r) => ({ value: r, label: t(`agreementRole.${r}`) }))}
        />
        {!editing && (
          <FormSelect
            id={`${prefix}-status`}
            name="status"
            label={t("cohosts.fields.status")}
            required
            options={INITIAL_STATUSES.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
          />
        )}
      </div>
      {!editing && (
        <>
          <FormText
            id={`${prefix}-occurredOn`}
            name="occurredOn"
            type="date"
            label={t("cohosts.fields.occurredOn")}
            required
          />
          <FormTextArea id={`${prefix}-note`} name="note" label={t("cohosts.fields.note")} />
        </>
      )}
      <div className="field-row">
        <FormText id={`${prefix}-nextStep`} name="nextStep" label={t("cohosts.fields.nextStep")} />
        <FormText
          id={`${prefix}-nextStepOn`}
          name="nextStepOn"
          type="date"
          label={t("cohosts.fields.nextStepOn")}
        />
      </div>
      <FormActions
        pending={mutation.isPending}
        label={editing ? t("cohosts.saveEdit") : t("cohosts.save")}
        success={
          editing
            ? update.isSuccess && <p>{t("cohosts.saved")}</p>
            : create.data && (
                <p>
                  {t("cohosts.created")}{" "}
                  <Link
                    to="/regions/$slug/cohosts/$agreementId"
                    params={{ slug, agreementId: create.data.id }}
                  >
                    {t("cohosts.openCreated")}
                  </Link>
                </p>
              )
        }
      />
    </SchemaForm>
  );
}
