import { hearingCreateSchema, hearingUpdateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
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
import { RecordPublishDialog, useRecordPublishConfirm } from "../../../components/record-publish-confirm";
import type { RegionContext } from "../../../components/region-frame";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import { type FindingRow, FindingRows } from "./finding-rows";
import { HearingConsentFields } from "./hearing-consent";

type Hearing = NonNullable<RouterOutputs["hearing"]["byId"]>;

/** Records a hearing; given one, the same form corrects it at the version shown. */
export function HearingFormPage({ context, hearing }: { context: RegionContext; hearing?: Hearing }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { region, slug, name } = context;
  const { organizations } = useRegionOrganizations(region.id);
  const themes = useQuery(trpc.hearing.themes.queryOptions());
  const sf = useSchemaForm({
    schema: hearing ? hearingUpdateSchema : hearingCreateSchema,
    defaultValues: hearing
      ? {
          organizationId: hearing.organizationId,
          heldOn: hearing.heldOn,
          interviewer: hearing.interviewer,
          respondent: hearing.respondent ?? "",
          summary: hearing.summary ?? "",
          findings: hearing.findings.map((f, i) => ({ key: i + 1, themeId: f.themeId, body: f.body })),
          isPublic: hearing.isPublic,
          consent: hearing.consent ?? "",
          consentOn: hearing.consentOn ?? "",
          purposeOfUse: hearing.purposeOfUse ?? "",
        }
      : {
          organizationId: "",
          heldOn: todayInTokyo(new Date()),
          interviewer: "",
          respondent: "",
          summary: "",
          findings: [{ key: 1, themeId: "", body: "" }] as FindingRow[],
          isPublic: false,
          consent: "",
          consentOn: "",
          purposeOfUse: "",
        },
    toInput: (values) => ({
      ...(hearing ? { id: hearing.id, version: hearing.version } : { regionId: region.id }),
      ...values,
      consentOn: values.consentOn || null,
      // Without consent nothing said is kept: the hidden findings and summary are not sent.
      ...(values.consent === "none"
        ? { findings: [], summary: null }
        : { findings: values.findings.map(({ themeId, body }) => ({ themeId, body })) }),
    }),
  });
  const withoutConsent = sf.form.watch("consent") === "none";
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.hearing.pathFilter()),
      queryClient.invalidateQueries(trpc.timeline.pathFilter()),
      queryClient.invalidateQueries(trpc.audit.pathFilter()),
    ]);
  const create = useMutation(trpc.hearing.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(
    trpc.hearing.update.mutationOptions({
      onSuccess: async (saved) => {
        await refresh();
        if (saved)
          await navigate({ to: "/regions/$slug/hearings/$hearingId", params: { slug, hearingId: saved.id } });
      },
    }),
  );
  const save = hearing ? update : create;
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;
  // Ticking 「公開」 on a hearing that was not public asks first, naming where it will appear.
  const publishing = useRecordPublishConfirm({
    wasPublic: hearing?.isPublic ?? false,
    save: (input: Parameters<typeof create.mutate>[0] | Parameters<typeof update.mutate>[0]) => {
      if ("id" in input) update.mutate(input);
      else create.mutate(input);
    },
  });
  const chosenOrganization = organizations.find((o) => o.id === sf.form.getValues("organizationId"));
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
      <PageHeading
        title={
          hearing
            ? t("hearings.editTitle", {
                title: t("hearings.with", { organization: hearing.organizationName }),
              })
            : t("hearings.createTitle")
        }
      />
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (save.isPending) return;
          publishing.submit(input);
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
        <HearingConsentFields />
        {withoutConsent ? (
          <p className="notice notice--info" role="status">
            {t("privacy.consent.noneNote")}
          </p>
        ) : (
          <>
            <FormTextArea id="hearing-summary" name="summary" label={t("hearings.fields.summary")} />
            <FormControl<FindingRow[]>
              name="findings"
              render={({ value, onChange, messages }) => (
                <FindingRows rows={value} themes={themeOptions} messages={messages} onChange={onChange} />
              )}
            />
          </>
        )}
        <FormCheckbox
          id="hearing-isPublic"
          name="isPublic"
          label={t("form.isPublic")}
          hint={t("form.isPublicHint")}
        />
        <FormActions
          pending={save.isPending}
          label={hearing ? t("hearings.saveChanges") : t("hearings.save")}
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
      <RecordPublishDialog
        open={publishing.open}
        title={t("hearings.with", { organization: chosenOrganization?.name ?? "" })}
        slug={slug}
        pending={save.isPending}
        formRef={sf.formRef}
        onConfirm={publishing.confirm}
        onCancel={publishing.cancel}
      />
    </>
  );
}
