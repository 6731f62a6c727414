import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";
import type { CapacityResult } from "./types";

/**
 * After a write of capacity or counts: the edition as the server returned it (its new version at once), and the
 * views it touches marked stale: the region page, the announcements (a venue-full draft) and the timeline.
 */
export function useCapacityWrites(editionId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (result: CapacityResult) => {
    queryClient.setQueryData(trpc.forumEdition.byId.queryKey({ id: editionId }), result.edition);
    void queryClient.invalidateQueries(trpc.region.pathFilter());
    void queryClient.invalidateQueries(trpc.announcement.forEdition.queryFilter({ editionId }));
    void queryClient.invalidateQueries(trpc.timeline.pathFilter());
  };
}
