import type { AppRouter } from "@kyoso/api";
import { can } from "@kyoso/domain/plain";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

/** What the route loaders start a screen's data calls with (the app's one query client). */
export interface RouterContext {
  queryClient: QueryClient;
  trpc: TRPCOptionsProxy<AppRouter>;
}

// A screen's calls start as its route matches, beside the session check (auth.me) and the route's chunk, not
// after them: calls started in the same tick go out as one batched request (httpBatchLink), so a first screen
// waits for one round trip, not for auth.me → the component → its data. The loaders never wait themselves (the
// screens render at once and show their loading states), and they only warm the cache the screens read with
// the same query options. A call that depends on who the user is or on another answer starts when that answer
// is in, still before the screen would have asked.

/** The signed-in gate's question, asked beside every screen's own calls. */
export function startSession({ queryClient, trpc }: RouterContext): void {
  void queryClient.prefetchQuery(trpc.auth.me.queryOptions());
}

export function startHome({ queryClient, trpc }: RouterContext): void {
  void queryClient.prefetchQuery(trpc.home.get.queryOptions({}));
}

/** The stalled co-host talks' default window (the list's own first choice). */
const STALLED_DAYS = 30;

export function startOverview({ queryClient, trpc }: RouterContext): void {
  void queryClient.prefetchQuery(trpc.region.list.queryOptions());
  void queryClient.prefetchQuery(trpc.overview.get.queryOptions({}));
  // Only the national team sees the stalled talks: asked once the session says who this is.
  void queryClient
    .ensureQueryData(trpc.auth.me.queryOptions())
    .then((me) =>
      can(me, "national.view")
        ? queryClient.prefetchQuery(trpc.agreement.stalled.queryOptions({ days: STALLED_DAYS }))
        : undefined,
    )
    .catch(() => undefined);
}

/**
 * The region page: one call answers the summary, plus the full record and the current forum's milestones when the
 * user may read them, so the page's data arrives with auth.me in one round trip.
 */
export function startRegion({ queryClient, trpc }: RouterContext, slug: string): void {
  void queryClient.prefetchQuery(trpc.region.page.queryOptions({ slug }));
}
