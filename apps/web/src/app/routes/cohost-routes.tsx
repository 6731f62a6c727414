import { useParams } from "@tanstack/react-router";
import { RegionFrame } from "../../components/region-frame";
import { AgreementDetailPage } from "../../features/cohosts/components/agreement-detail-page";
import { AgreementFormPage } from "../../features/cohosts/components/agreement-form-page";
import { CohostsPage } from "../../features/cohosts/components/cohosts-page";

export function CohostsRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/cohosts" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <CohostsPage context={context} />}
    </RegionFrame>
  );
}

export function AgreementRoute() {
  const { slug, agreementId } = useParams({ from: "/_signedIn/regions/$slug/cohosts/$agreementId" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <AgreementDetailPage context={context} agreementId={agreementId} />}
    </RegionFrame>
  );
}

export function CreateAgreementRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/cohosts/new" });
  return <RegionFrame slug={slug}>{(context) => <AgreementFormPage context={context} />}</RegionFrame>;
}
