import type { AppRouter } from "@kyoso/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

/** What each procedure returns, straight from the API's types: no hand-written copies to drift. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
