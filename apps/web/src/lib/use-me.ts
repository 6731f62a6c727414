import type { UserProfile } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "./trpc";

/** The signed-in user (a UserProfile is an Actor, so `can(me, …)` decides what to show), or null. */
export function useMe(): UserProfile | null {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions()).data ?? null;
}
