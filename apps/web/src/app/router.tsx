import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { NotFound } from "../components/not-found";
import { parseAuditSearch } from "../features/audit/lib/audit-search";
import { parseForumSearch } from "../features/forum-admin/lib/forum-search";
import { parseFindingsSearch } from "../features/hearings/lib/findings-search";
import { parseOrganizationSearch } from "../features/organizations/lib/organization-search";
import { parseBuilderSearch } from "../features/surveys/lib/builder-search";
import { parseTaskSearch } from "../features/tasks/lib/task-search";
import { parseTimelineSearch } from "../features/timeline/lib/timeline-search";
import { parsePageSearch } from "../lib/page-search";
import {
  AccountRoute,
  CalendarLinksRoute,
  ConfirmEmailRoute,
  ForgotPasswordRoute,
  MailOutboxRoute,
  ResetPasswordRoute,
} from "./routes/account-routes";
import { AuditRoute, EditUserRoute, InviteRoute, UsersRoute } from "./routes/admin-routes";
import { AgreementRoute, CohostsRoute, CreateAgreementRoute } from "./routes/cohost-routes";
import { CreateEditionRoute, EditEditionRoute } from "./routes/edition-routes";
import {
  ForumAnnouncementsRoute,
  ForumCapacityRoute,
  ForumProgramRoute,
  ForumRetrospectiveRoute,
} from "./routes/forum-routes";
import {
  CreateHearingRoute,
  EditHearingRoute,
  FindingsRoute,
  HearingRoute,
  HearingsRoute,
} from "./routes/hearing-routes";
import { HomeRoute } from "./routes/home-route";
import { NotificationSettingsRoute, NotificationsRoute } from "./routes/notification-routes";
import {
  CreateOrganizationRoute,
  EditOrganizationRoute,
  ImportOrganizationsRoute,
  OrganizationsRoute,
} from "./routes/organization-routes";
import { OverviewRoute } from "./routes/overview-route";
import {
  CreateMeetingRoute,
  EditMeetingRoute,
  MeetingRoute,
  MeetingsRoute,
  QuickLogRoute,
  TimelineRoute,
  TrashRoute,
} from "./routes/record-routes";
import { RegionRoute } from "./routes/region-route";
import { RootRoute, SignedInRoute } from "./routes/root-route";
import { MilestoneSettingsRoute, RegionAdminRoute } from "./routes/settings-routes";
import {
  AnswerRoute,
  CreateSurveyRoute,
  EditSurveyRoute,
  SurveyResultsRoute,
  SurveyRoute,
  SurveysRoute,
} from "./routes/survey-routes";
import { BoardRoute, TaskRoute, TasksRoute } from "./routes/task-routes";

const rootRoute = createRootRoute({
  component: RootRoute,
  notFoundComponent: () => <NotFound />,
});

// Everything but the invitation page and the survey answer page sits behind the sign-in gate.
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_signedIn",
  component: SignedInRoute,
});

// Everyone lands on their own page (「今日やること」); the national overview has its own address.
const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/",
  component: HomeRoute,
});

const overviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/overview",
  component: OverviewRoute,
});

export const regionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug",
  component: RegionRoute,
});

export const createEditionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/editions/new",
  component: CreateEditionRoute,
});

export const editEditionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/editions/$editionId/edit",
  component: EditEditionRoute,
});

// フォーラム運営: the forum edition's program, capacity, announcements and retrospective (`?edition=` for another year).
const forumProgramRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum",
  validateSearch: parseForumSearch,
  component: ForumProgramRoute,
});

const forumCapacityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum/capacity",
  validateSearch: parseForumSearch,
  component: ForumCapacityRoute,
});

const forumAnnouncementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum/announcements",
  validateSearch: parseForumSearch,
  component: ForumAnnouncementsRoute,
});

const forumRetrospectiveRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum/retrospective",
  validateSearch: parseForumSearch,
  component: ForumRetrospectiveRoute,
});

// The region's record pages: each tab and form is its own address.
const timelineRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/timeline",
  validateSearch: parseTimelineSearch,
  component: TimelineRoute,
});

const meetingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings",
  validateSearch: parsePageSearch,
  component: MeetingsRoute,
});

const createMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/new",
  component: CreateMeetingRoute,
});

const quickLogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/quick",
  component: QuickLogRoute,
});

const meetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/$meetingId",
  component: MeetingRoute,
});

const trashRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/trash",
  component: TrashRoute,
});

const editMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/$meetingId/edit",
  component: EditMeetingRoute,
});

const hearingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings",
  validateSearch: parsePageSearch,
  component: HearingsRoute,
});

const createHearingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings/new",
  component: CreateHearingRoute,
});

const hearingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings/$hearingId",
  component: HearingRoute,
});

const editHearingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings/$hearingId/edit",
  component: EditHearingRoute,
});

const findingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/hearings",
  validateSearch: parseFindingsSearch,
  component: FindingsRoute,
});

const cohostsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/cohosts",
  component: CohostsRoute,
});

const createAgreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/cohosts/new",
  component: CreateAgreementRoute,
});

const agreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/cohosts/$agreementId",
  component: AgreementRoute,
});

const organizationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations",
  validateSearch: parseOrganizationSearch,
  component: OrganizationsRoute,
});

const createOrganizationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations/new",
  component: CreateOrganizationRoute,
});

const importOrganizationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations/import",
  component: ImportOrganizationsRoute,
});

const editOrganizationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations/$organizationId/edit",
  component: EditOrganizationRoute,
});

const surveysRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys",
  component: SurveysRoute,
});

const createSurveyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/new",
  component: CreateSurveyRoute,
});

const surveyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/$surveyId",
  component: SurveyRoute,
});

const editSurveyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/$surveyId/edit",
  validateSearch: parseBuilderSearch,
  component: EditSurveyRoute,
});

const surveyResultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/$surveyId/results",
  component: SurveyResultsRoute,
});

const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/users",
  component: UsersRoute,
});

const editUserRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/users/$userId",
  component: EditUserRoute,
});

const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/audit",
  validateSearch: parseAuditSearch,
  component: AuditRoute,
});

const tasksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/tasks",
  validateSearch: parseTaskSearch,
  component: TasksRoute,
});

const boardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/tasks/board",
  component: BoardRoute,
});

const taskRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/tasks/$taskId",
  component: TaskRoute,
});

const milestoneSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/settings/milestones",
  component: MilestoneSettingsRoute,
});

const notificationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/notifications",
  component: NotificationsRoute,
});

const notificationSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/notifications/settings",
  component: NotificationSettingsRoute,
});

const regionAdminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/settings/regions",
  component: RegionAdminRoute,
});

const calendarLinksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/account/calendar",
  component: CalendarLinksRoute,
});

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/account",
  component: AccountRoute,
});

const mailOutboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/mail",
  component: MailOutboxRoute,
});

// Opened signed out, like an invitation: "forgot password", a reset link, a new address's confirmation link.
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: ForgotPasswordRoute,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset/$token",
  component: ResetPasswordRoute,
});

const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account/email/$token",
  component: ConfirmEmailRoute,
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite/$token",
  component: InviteRoute,
});

// A survey's public answer page: no sign-in and no dashboard frame (RootRoute leaves it bare).
export const answerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/answer/$token",
  component: AnswerRoute,
});

const routeTree = rootRoute.addChildren([
  signedInRoute.addChildren([
    homeRoute,
    overviewRoute,
    regionRoute,
    createEditionRoute,
    editEditionRoute,
    forumProgramRoute,
    forumCapacityRoute,
    forumAnnouncementsRoute,
    forumRetrospectiveRoute,
    timelineRoute,
    meetingsRoute,
    createMeetingRoute,
    quickLogRoute,
    meetingRoute,
    editMeetingRoute,
    trashRoute,
    hearingsRoute,
    createHearingRoute,
    hearingRoute,
    editHearingRoute,
    findingsRoute,
    cohostsRoute,
    createAgreementRoute,
    agreementRoute,
    organizationsRoute,
    createOrganizationRoute,
    importOrganizationsRoute,
    editOrganizationRoute,
    surveysRoute,
    createSurveyRoute,
    surveyRoute,
    editSurveyRoute,
    surveyResultsRoute,
    usersRoute,
    editUserRoute,
    auditRoute,
    tasksRoute,
    boardRoute,
    taskRoute,
    milestoneSettingsRoute,
    regionAdminRoute,
    calendarLinksRoute,
    accountRoute,
    mailOutboxRoute,
    notificationsRoute,
    notificationSettingsRoute,
  ]),
  inviteRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  confirmEmailRoute,
  answerRoute,
]);

export const router = createRouter({ routeTree, scrollRestoration: true });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
