import { useParams, useSearch } from "@tanstack/react-router";
import { RegionFrame } from "../../components/region-frame";
import { EditHearingPage } from "../../features/hearings/components/edit-hearing-page";
import { FindingsPage } from "../../features/hearings/components/findings-page";
import { HearingDetailPage } from "../../features/hearings/components/hearing-detail-page";
import { HearingFormPage } from "../../features/hearings/components/hearing-form-page";
import { HearingsPage } from "../../features/hearings/components/hearings-page";

export function HearingsRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/hearings" });
  const search = useSearch({ from: "/_signedIn/regions/$slug/hearings" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <HearingsPage context={context} search={search} />}
    </RegionFrame>
  );
}

export function HearingRoute() {
  const { slug, hearingId } = useParams({ from: "/_signedIn/regions/$slug/hearings/$hearingId" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <HearingDetailPage context={context} hearingId={hearingId} />}
    </RegionFrame>
  );
}

export function EditHearingRoute() {
  const { slug, hearingId } = useParams({ from: "/_signedIn/regions/$slug/hearings/$hearingId/edit" });
  return (
    <RegionFrame slug={slug}>
      {(context) => <EditHearingPage context={context} hearingId={hearingId} />}
    </RegionFrame>
  );
}

export function CreateHearingRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/hearings/new" });
  return <RegionFrame slug={slug}>{(context) => <HearingFormPage context={context} />}</RegionFrame>;
}

export function FindingsRoute() {
  const search = useSearch({ from: "/_signedIn/hearings" });
  return <FindingsPage search={search} />;
}
