import type { AppRouter } from "@kyoso/api";
import { MutationCache, matchQuery, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext, createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { sessionExpiry } from "./session-expiry";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type TrpcClient = ReturnType<typeof createTrpcClient>;

function createTrpcClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc" })] });
}

/**
 * The query client and the tRPC client together (the session-expiry handler needs both), and the query options
 * proxy over them that the route loaders start calls with.
 */
export function createApiClients(): {
  queryClient: QueryClient;
  trpcClient: TrpcClient;
  trpc: TRPCOptionsProxy<AppRouter>;
} {
  const trpcClient = createTrpcClient();
  // Every failed query and mutation passes through here, so session expiry is handled in one place.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.data?.code === "UNAUTHORIZED") void onUnauthorized();
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A missing region or a rejected input will not fix itself on retry.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
    },
  });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  const me = trpc.auth.me;

  async function onUnauthorized() {
    // Signed out already (a wrong password, or the calls a sign-out cancels): nothing has expired.
    if (!queryClient.getQueryData(me.queryKey())) return;
    sessionExpiry.mark();
    // Several calls may fail together: they share one refresh of auth.me, which shows the sign-in gate.
    await queryClient.invalidateQueries(me.pathFilter(), { cancelRefetch: false });
    if (queryClient.getQueryData(me.queryKey()) !== null) {
      sessionExpiry.clear();
      return;
    }
    // Nothing fetched in the ended session may show to whoever signs in next.
    const meFilter = me.pathFilter();
    queryClient.removeQueries({ predicate: (query) => !matchQuery(meFilter, query) });
  }

  return { queryClient, trpcClient, trpc };
}

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

function isClientError(error: unknown): boolean {
  const status = isApiError(error) ? error.data?.httpStatus : undefined;
  return status !== undefined && status >= 400 && status < 500;
}
