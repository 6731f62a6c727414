import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc";
import type { Program, Session } from "./types";

/**
 * The program's cached copy, updated from what each write returns (so the next write carries the session's new
 * version at once), and the region page's program marked stale.
 */
export function useProgramCache(editionId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.program.forEdition.queryKey({ editionId });
  const update = (change: (program: Program) => Program) => {
    queryClient.setQueryData(key, (old) => (old ? change(old) : old));
    void queryClient.invalidateQueries(trpc.region.pathFilter());
  };
  return {
    set: (program: Program) => update(() => program),
    add: (session: Session) => update((p) => ({ ...p, sessions: [...p.sessions, session] })),
    replace: (session: Session) =>
      update((p) => ({ ...p, sessions: p.sessions.map((s) => (s.id === session.id ? session : s)) })),
    remove: (id: string) => update((p) => ({ ...p, sessions: p.sessions.filter((s) => s.id !== id) })),
    /** After a conflict: the program as it is now on the server. */
    reload: () => queryClient.invalidateQueries(trpc.program.forEdition.queryFilter({ editionId })),
  };
}

export type ProgramCache = ReturnType<typeof useProgramCache>;
