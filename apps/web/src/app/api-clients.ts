import { createApiClients } from "../lib/trpc";

/** The app's one query client and tRPC client: the route loaders (router.tsx) and the React tree share them. */
export const apiClients = createApiClients();
