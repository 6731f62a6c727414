import { accountRouter } from "./routers/account";
import { agreementRouter } from "./routers/agreement";
import { announcementRouter } from "./routers/announcement";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { capacityRouter } from "./routers/capacity";
import { feedTokenRouter } from "./routers/feed-token";
import { fileRouter } from "./routers/file";
import { forumEditionRouter } from "./routers/forum-edition";
import { hearingRouter } from "./routers/hearing";
import { homeRouter } from "./routers/home";
import { mailRouter } from "./routers/mail";
import { meetingRouter } from "./routers/meeting";
import { milestoneRouter } from "./routers/milestone";
import { networkPageRouter } from "./routers/network-page";
import { notificationRouter } from "./routers/notification";
import { organizationRouter } from "./routers/organization";
import { overviewRouter } from "./routers/overview";
import { privacyRouter } from "./routers/privacy";
import { programRouter } from "./routers/program";
import { publicSurveyRouter } from "./routers/public-survey";
import { referenceRouter } from "./routers/reference";
import { regionRouter } from "./routers/region";
import { retrospectiveRouter } from "./routers/retrospective";
import { surveyRouter } from "./routers/survey";
import { taskRouter } from "./routers/task";
import { timelineRouter } from "./routers/timeline";
import { trashRouter } from "./routers/trash";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  reference: referenceRouter,
  region: regionRouter,
  forumEdition: forumEditionRouter,
  program: programRouter,
  capacity: capacityRouter,
  announcement: announcementRouter,
  retrospective: retrospectiveRouter,
  organization: organizationRouter,
  agreement: agreementRouter,
  meeting: meetingRouter,
  hearing: hearingRouter,
  timeline: timelineRouter,
  trash: trashRouter,
  task: taskRouter,
  milestone: milestoneRouter,
  overview: overviewRouter,
  home: homeRouter,
  survey: surveyRouter,
  publicSurvey: publicSurveyRouter,
  feedToken: feedTokenRouter,
  notification: notificationRouter,
  user: userRouter,
  account: accountRouter,
  mail: mailRouter,
  audit: auditRouter,
  networkPage: networkPageRouter,
  privacy: privacyRouter,
  file: fileRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
