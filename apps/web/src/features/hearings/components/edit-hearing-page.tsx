import { useQuery } from "@tanstack/react-query";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { HearingFormPage } from "./hearing-form-page";

/** Correcting a hearing: the form it was recorded with, filled with the hearing as it is now. */
export function EditHearingPage({ context, hearingId }: { context: RegionContext; hearingId: string }) {
  const trpc = useTRPC();
  const hearing = useQuery(trpc.hearing.byId.queryOptions({ id: hearingId }));
  if (!context.canWrite) return <Forbidden />;
  if (
    (hearing.isError && isMissing(hearing.error)) ||
    (hearing.data && hearing.data.regionId !== context.region.id)
  )
    return <NotFound />;
  if (!isLoaded(hearing)) return <QueryFallback query={hearing} />;
  // Keyed by version: a reload after a conflict starts the form from the newer hearing.
  return <HearingFormPage key={hearing.data.version} context={context} hearing={hearing.data} />;
}
