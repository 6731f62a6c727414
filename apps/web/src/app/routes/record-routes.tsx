import { useParams, useSearch } from "@tanstack/react-router";
import { RegionFrame } from "../../components/region-frame";
import { EditMeetingPage } from "../../features/meetings/components/edit-meeting-page";
import { MeetingDetailPage } from "../../features/meetings/components/meeting-detail-page";
import { MeetingFormPage } from "../../features/meetings/components/meeting-form-page";
import { MeetingsPage } from "../../features/meetings/components/meetings-page";
import { QuickLogPage } from "../../features/meetings/components/quick-log-page";
import { TimelinePage } from "../../features/timeline/components/timeline-page";
import { TrashPage } from "../../features/trash/components/trash-page";

export function TrashRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/trash" });
  return <RegionFrame slug={slug}>{(context) => <TrashPage context={context} />}</RegionFrame>;
}

export function TimelineRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/timeline" });
  const search = useSearch({ from: "/_signedIn/regions/$slug/timeline" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <TimelinePage context={context} search={search} />}
    </RegionFrame>
  );
}

export function MeetingsRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/meetings" });
  const search = useSearch({ from: "/_signedIn/regions/$slug/meetings" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <MeetingsPage context={context} search={search} />}
    </RegionFrame>
  );
}

export function MeetingRoute() {
  const { slug, meetingId } = useParams({ from: "/_signedIn/regions/$slug/meetings/$meetingId" });
  return (
    <RegionFrame slug={slug} tabs>
      {(context) => <MeetingDetailPage context={context} meetingId={meetingId} />}
    </RegionFrame>
  );
}

export function EditMeetingRoute() {
  const { slug, meetingId } = useParams({ from: "/_signedIn/regions/$slug/meetings/$meetingId/edit" });
  return (
    <RegionFrame slug={slug}>
      {(context) => <EditMeetingPage context={context} meetingId={meetingId} />}
    </RegionFrame>
  );
}

export function CreateMeetingRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/meetings/new" });
  return <RegionFrame slug={slug}>{(context) => <MeetingFormPage context={context} />}</RegionFrame>;
}

export function QuickLogRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/meetings/quick" });
  return <RegionFrame slug={slug}>{(context) => <QuickLogPage context={context} />}</RegionFrame>;
}
