import { useParams, useSearch } from "@tanstack/react-router";
import { RegionFrame } from "../../components/region-frame";
import { CreateOrganizationPage } from "../../features/organizations/components/create-organization-page";
import { EditOrganizationPage } from "../../features/organizations/components/edit-organization-page";
import { ImportPage } from "../../features/organizations/components/import-page";
import { OrganizationsPage } from "../../features/organizations/components/organizations-page";

export function OrganizationsRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/organizations" });
  const search = useSearch({ from: "/_signedIn/regions/$slug/organizations" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <OrganizationsPage context={context} search={search} />}
    </RegionFrame>
  );
}

export function CreateOrganizationRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/organizations/new" });
  return <RegionFrame slug={slug}>{(context) => <CreateOrganizationPage context={context} />}</RegionFrame>;
}

export function EditOrganizationRoute() {
  const { slug, organizationId } = useParams({
    from: "/_signedIn/regions/$slug/organizations/$organizationId/edit",
  });
  return (
    <RegionFrame slug={slug}>
      {(context) => <EditOrganizationPage context={context} organizationId={organizationId} />}
    </RegionFrame>
  );
}

export function ImportOrganizationsRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/organizations/import" });
  return <RegionFrame slug={slug}>{(context) => <ImportPage context={context} />}</RegionFrame>;
}
