import { organizationCreateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { emptyOrganization, type OrganizationFormValues, organizationFields } from "../lib/organization-form";
import { OrganizationForm } from "./organization-form";

export function CreateOrganizationPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug, name } = context;
  const create = useMutation(
    trpc.organization.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.organization.pathFilter()),
    }),
  );
  const input = (values: OrganizationFormValues) => ({ regionId: region.id, ...organizationFields(values) });
  const backLink = (
    <Link to="/regions/$slug/organizations" params={{ slug }}>
      {t("organizations.backToList", { region: name })}
    </Link>
  );

  return (
    <>
      <p className="breadcrumb">{backLink}</p>
      <PageHeading title={t("organizations.createTitle")} />
      <OrganizationForm
        key={create.data?.id ?? "new"}
        initialValues={emptyOrganization(
          region.prefectures.length === 1 ? (region.prefectures[0]?.code ?? "") : "",
        )}
        prefectures={region.prefectures}
        schema={organizationCreateSchema}
        toInput={input}
        onValid={(parsed) => create.mutate(parsed)}
        pending={create.isPending}
        failure={create.isError ? describeApiFailure(create.error, t("form.networkError")) : null}
        success={
          create.isSuccess && (
            <p>
              {t("organizations.created")} {backLink}
            </p>
          )
        }
      />
    </>
  );
}
