import { can, ORGANIZATION_TYPES, organizationUpdateSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { RecordHistory } from "../../../components/record-history";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure, isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import {
  type OrganizationFormValues,
  organizationFields,
  organizationValues,
} from "../lib/organization-form";
import { OrganizationForm } from "./organization-form";

export function EditOrganizationPage({
  context,
  organizationId,
}: {
  context: RegionContext;
  organizationId: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Remounting the form is how a reload after a conflict replaces the user's stale values.
  const [formKey, setFormKey] = useState(0);
  const { region, slug, name } = context;
  const organization = useQuery(trpc.organization.byId.queryOptions({ id: organizationId }));
  const navigate = useNavigate();
  const me = useMe();
  const remove = useMutation(trpc.organization.delete.mutationOptions());
  const update = useMutation(
    trpc.organization.update.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.organization.pathFilter()),
          queryClient.invalidateQueries(trpc.audit.pathFilter()),
        ]),
    }),
  );

  if (organization.isError && isMissing(organization.error)) return <NotFound />;
  if (!isLoaded(organization)) return <QueryFallback query={organization} />;
  const current = organization.data;
  const input = (values: OrganizationFormValues) => ({
    id: current.id,
    version: current.version,
    ...organizationFields(values),
  });
  const reload = async () => {
    await organization.refetch();
    update.reset();
    setFormKey((k) => k + 1);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/organizations" params={{ slug }}>
          {t("organizations.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("organizations.editTitle")} />
      <p className="lead">{current.name}</p>
      <OrganizationForm
        key={formKey}
        initialValues={organizationValues(current)}
        prefectures={region.prefectures}
        schema={organizationUpdateSchema}
        toInput={input}
        onValid={(parsed) => update.mutate(parsed)}
        pending={update.isPending}
        failure={update.isError ? describeApiFailure(update.error, t("form.networkError")) : null}
        success={update.isSuccess && <p>{t("organizations.saved")}</p>}
        onReload={() => void reload()}
      />
      <section className="section record-actions">
        <DeleteWithUndo
          label={t("organizations.delete")}
          confirmTitle={t("organizations.deleteTitle", { name: current.name })}
          confirmBody={t("organizations.deleteBody")}
          what={current.name}
          onDelete={() => remove.mutateAsync({ id: current.id, version: current.version })}
          onDeleted={() => {
            void queryClient.invalidateQueries(trpc.organization.pathFilter());
            void navigate({ to: "/regions/$slug/organizations", params: { slug } });
          }}
        />
      </section>
      {can(me, "region.read", { regionId: current.homeRegionId ?? "" }) && (
        <RecordHistory
          recordType="organization"
          id={current.id}
          fieldLabels={{
            name: t("organizations.fields.name"),
            nameKana: t("organizations.fields.nameKana"),
            type: t("organizations.fields.type"),
            prefectureName: t("organizations.fields.prefectureCode"),
            prefectureCode: t("organizations.fields.prefectureCode"),
            contacts: t("organizations.fields.contacts"),
          }}
          formatValue={(field, value) => {
            const type = ORGANIZATION_TYPES.find((v) => v === value);
            return field === "type" && type ? t(`organizationType.${type}`) : undefined;
          }}
        />
      )}
    </>
  );
}
