import { agreementRouter } from "./routers/agreement";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { forumEditionRouter } from "./routers/forum-edition";
import { hearingRouter } from "./routers/hearing";
import { meetingRouter } from "./routers/meeting";
import { milestoneRouter } from "./routers/milestone";
import { organizationRouter } from "./routers/organization";
import { overviewRouter } from "./routers/overview";
import { referenceRouter } from "./routers/reference";
import { regionRouter } from "./routers/region";
import { taskRouter } from "./routers/task";
import { timelineRouter } from "./routers/timeline";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  reference: referenceRouter,
  region: regionRouter,
  forumEdition: forumEditionRouter,
  organization: organizationRouter,
  agreement: agreementRouter,
  meeting: meetingRouter,
  hearing: hearingRouter,
  timeline: timelineRouter,
  task: taskRouter,
  milestone: milestoneRouter,
  overview: overviewRouter,
  user: userRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
