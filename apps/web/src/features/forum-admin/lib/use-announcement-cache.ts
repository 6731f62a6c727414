import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";
import type { Announcement } from "./types";

/**
 * The edition's announcements after a write: the one written replaced (or dropped) at once, then the list
 * fetched again for its order (newest first), with the timeline and region page, where published ones appear.
 */
export function useAnnouncementCache(editionId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.announcement.forEdition.queryKey({ editionId });
  const refresh = () => {
    void queryClient.invalidateQueries(trpc.announcement.forEdition.queryFilter({ editionId }));
    void queryClient.invalidateQueries(trpc.timeline.pathFilter());
    void queryClient.invalidateQueries(trpc.region.pathFilter());
  };
  return {
    add: (created: Announcement) => {
      queryClient.setQueryData(key, (old) => (old ? [created, ...old] : old));
      refresh();
    },
    replace: (saved: Announcement) => {
      queryClient.setQueryData(key, (old) => old?.map((a) => (a.id === saved.id ? saved : a)));
      refresh();
    },
    remove: (id: string) => {
      queryClient.setQueryData(key, (old) => old?.filter((a) => a.id !== id));
      refresh();
    },
    reload: refresh,
  };
}

export type AnnouncementCache = ReturnType<typeof useAnnouncementCache>;
