import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { TRPCProvider } from "../lib/trpc";
import { apiClients } from "./api-clients";
import { router } from "./router";

export function App() {
  const { queryClient, trpcClient } = apiClients;
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
