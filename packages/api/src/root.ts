import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { forumEditionRouter } from "./routers/forum-edition";
import { referenceRouter } from "./routers/reference";
import { regionRouter } from "./routers/region";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  reference: referenceRouter,
  region: regionRouter,
  forumEdition: forumEditionRouter,
  user: userRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
