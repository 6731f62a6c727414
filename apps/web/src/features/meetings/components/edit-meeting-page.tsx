import { useQuery } from "@tanstack/react-query";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { MeetingFormPage } from "./meeting-form-page";

/** Correcting a meeting: the create form, filled with the meeting as it is now. */
export function EditMeetingPage({ context, meetingId }: { context: RegionContext; meetingId: string }) {
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meeting.byId.queryOptions({ id: meetingId }));
  if (!context.canWrite) return <Forbidden />;
  if (
    (meeting.isError && isMissing(meeting.error)) ||
    (meeting.data && meeting.data.regionId !== context.region.id)
  )
    return <NotFound />;
  if (!isLoaded(meeting)) return <QueryFallback query={meeting} />;
  // Keyed by version: a reload after a conflict starts the form from the newer meeting.
  return <MeetingFormPage key={meeting.data.version} context={context} meeting={meeting.data} />;
}
