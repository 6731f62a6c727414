import { forumEditionRouter } from "./routers/forum-edition";
import { referenceRouter } from "./routers/reference";
import { regionRouter } from "./routers/region";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  reference: referenceRouter,
  region: regionRouter,
  forumEdition: forumEditionRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
