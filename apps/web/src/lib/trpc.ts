import type { AppRouter } from "@kyoso/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A missing region or a rejected input will not fix itself on retry.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
    },
  });
}

export function createTrpcClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc" })] });
}

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

function isClientError(error: unknown): boolean {
  const status = isApiError(error) ? error.data?.httpStatus : undefined;
  return status !== undefined && status >= 400 && status < 500;
}
