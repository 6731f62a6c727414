import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from "@tanstack/react-router";
import { NotFound } from "../components/not-found";
import { parseAuditSearch } from "../features/audit/lib/audit-search";
import { parseForumSearch } from "../features/forum-admin/lib/forum-search";
import { parseFindingsSearch } from "../features/hearings/lib/findings-search";
import { parseOrganizationSearch } from "../features/organizations/lib/organization-search";
import { parseReadLogSearch } from "../features/privacy/lib/read-log-search";
import { parseBuilderSearch } from "../features/surveys/lib/builder-search";
import { parseTaskSearch } from "../features/tasks/lib/task-search";
import { parseTimelineSearch } from "../features/timeline/lib/timeline-search";
import { parsePageSearch } from "../lib/page-search";
import { parsePrintReportSearch } from "../lib/print-search";
import { apiClients } from "./api-clients";
import { type RouterContext, startHome, startOverview, startRegion, startSession } from "./route-data";
import { RouteError, RoutePending } from "./route-states";
import { HomeRoute } from "./routes/home-route";
import { PrintGateRoute, RootRoute, SignedInRoute } from "./routes/root-route";

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootRoute,
  notFoundComponent: () => <NotFound />,
});

// Everything but the invitation page and the survey answer page sits behind the sign-in gate.
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_signedIn",
  loader: ({ context }) => startSession(context),
  component: SignedInRoute,
});

// Everyone lands on their own page (「今日やること」); the national overview has its own address.
const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/",
  loader: ({ context }) => startHome(context),
  component: HomeRoute,
});

const overviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/overview",
  loader: ({ context }) => startOverview(context),
  component: lazyRouteComponent(() => import("./routes/overview-route"), "OverviewRoute"),
});

export const regionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug",
  loader: ({ context, params }) => startRegion(context, params.slug),
  component: lazyRouteComponent(() => import("./routes/region-route"), "RegionRoute"),
});

export const createEditionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/editions/new",
  component: lazyRouteComponent(() => import("./routes/edition-routes"), "CreateEditionRoute"),
});

export const editEditionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/editions/$editionId/edit",
  component: lazyRouteComponent(() => import("./routes/edition-routes"), "EditEditionRoute"),
});

// フォーラム運営: the forum edition's program, capacity, announcements and retrospective (`?edition=` for another year).
const forumProgramRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum",
  validateSearch: parseForumSearch,
  component: lazyRouteComponent(() => import("./routes/forum-routes"), "ForumProgramRoute"),
});

const forumCapacityRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum/capacity",
  validateSearch: parseForumSearch,
  component: lazyRouteComponent(() => import("./routes/forum-routes"), "ForumCapacityRoute"),
});

const forumAnnouncementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum/announcements",
  validateSearch: parseForumSearch,
  component: lazyRouteComponent(() => import("./routes/forum-routes"), "ForumAnnouncementsRoute"),
});

const forumRetrospectiveRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/forum/retrospective",
  validateSearch: parseForumSearch,
  component: lazyRouteComponent(() => import("./routes/forum-routes"), "ForumRetrospectiveRoute"),
});

// The region's record pages: each tab and form is its own address.
const timelineRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/timeline",
  validateSearch: parseTimelineSearch,
  component: lazyRouteComponent(() => import("./routes/record-routes"), "TimelineRoute"),
});

const meetingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings",
  validateSearch: parsePageSearch,
  component: lazyRouteComponent(() => import("./routes/record-routes"), "MeetingsRoute"),
});

const createMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/new",
  component: lazyRouteComponent(() => import("./routes/record-routes"), "CreateMeetingRoute"),
});

const quickLogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/quick",
  component: lazyRouteComponent(() => import("./routes/record-routes"), "QuickLogRoute"),
});

const meetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/$meetingId",
  component: lazyRouteComponent(() => import("./routes/record-routes"), "MeetingRoute"),
});

const trashRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/trash",
  component: lazyRouteComponent(() => import("./routes/record-routes"), "TrashRoute"),
});

const editMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/meetings/$meetingId/edit",
  component: lazyRouteComponent(() => import("./routes/record-routes"), "EditMeetingRoute"),
});

const hearingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings",
  validateSearch: parsePageSearch,
  component: lazyRouteComponent(() => import("./routes/hearing-routes"), "HearingsRoute"),
});

const createHearingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings/new",
  component: lazyRouteComponent(() => import("./routes/hearing-routes"), "CreateHearingRoute"),
});

const hearingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings/$hearingId",
  component: lazyRouteComponent(() => import("./routes/hearing-routes"), "HearingRoute"),
});

const editHearingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/hearings/$hearingId/edit",
  component: lazyRouteComponent(() => import("./routes/hearing-routes"), "EditHearingRoute"),
});

const findingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/hearings",
  validateSearch: parseFindingsSearch,
  component: lazyRouteComponent(() => import("./routes/hearing-routes"), "FindingsRoute"),
});

const cohostsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/cohosts",
  component: lazyRouteComponent(() => import("./routes/cohost-routes"), "CohostsRoute"),
});

const createAgreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/cohosts/new",
  component: lazyRouteComponent(() => import("./routes/cohost-routes"), "CreateAgreementRoute"),
});

const agreementRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/cohosts/$agreementId",
  component: lazyRouteComponent(() => import("./routes/cohost-routes"), "AgreementRoute"),
});

const organizationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations",
  validateSearch: parseOrganizationSearch,
  component: lazyRouteComponent(() => import("./routes/organization-routes"), "OrganizationsRoute"),
});

const createOrganizationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations/new",
  component: lazyRouteComponent(() => import("./routes/organization-routes"), "CreateOrganizationRoute"),
});

const importOrganizationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations/import",
  component: lazyRouteComponent(() => import("./routes/organization-routes"), "ImportOrganizationsRoute"),
});

const editOrganizationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/organizations/$organizationId/edit",
  component: lazyRouteComponent(() => import("./routes/organization-routes"), "EditOrganizationRoute"),
});

const surveysRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys",
  component: lazyRouteComponent(() => import("./routes/survey-routes"), "SurveysRoute"),
});

const createSurveyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/new",
  component: lazyRouteComponent(() => import("./routes/survey-routes"), "CreateSurveyRoute"),
});

const surveyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/$surveyId",
  component: lazyRouteComponent(() => import("./routes/survey-routes"), "SurveyRoute"),
});

const editSurveyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/$surveyId/edit",
  validateSearch: parseBuilderSearch,
  component: lazyRouteComponent(() => import("./routes/survey-routes"), "EditSurveyRoute"),
});

const surveyResultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/regions/$slug/surveys/$surveyId/results",
  component: lazyRouteComponent(() => import("./routes/survey-routes"), "SurveyResultsRoute"),
});

const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/users",
  component: lazyRouteComponent(() => import("./routes/admin-routes"), "UsersRoute"),
});

const editUserRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/users/$userId",
  component: lazyRouteComponent(() => import("./routes/admin-routes"), "EditUserRoute"),
});

const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/audit",
  validateSearch: parseAuditSearch,
  component: lazyRouteComponent(() => import("./routes/admin-routes"), "AuditRoute"),
});

const readLogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/read-log",
  validateSearch: parseReadLogSearch,
  component: lazyRouteComponent(() => import("./routes/admin-routes"), "ReadLogRoute"),
});

const subjectExportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/subject-requests",
  component: lazyRouteComponent(() => import("./routes/admin-routes"), "SubjectExportRoute"),
});

const tasksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/tasks",
  validateSearch: parseTaskSearch,
  component: lazyRouteComponent(() => import("./routes/task-routes"), "TasksRoute"),
});

const boardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/tasks/board",
  component: lazyRouteComponent(() => import("./routes/task-routes"), "BoardRoute"),
});

const taskRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/tasks/$taskId",
  component: lazyRouteComponent(() => import("./routes/task-routes"), "TaskRoute"),
});

const milestoneSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/settings/milestones",
  component: lazyRouteComponent(() => import("./routes/settings-routes"), "MilestoneSettingsRoute"),
});

const networkPagesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/settings/pages",
  component: lazyRouteComponent(() => import("./routes/settings-routes"), "NetworkPagesRoute"),
});

const notificationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/notifications",
  component: lazyRouteComponent(() => import("./routes/notification-routes"), "NotificationsRoute"),
});

const notificationSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/notifications/settings",
  component: lazyRouteComponent(() => import("./routes/notification-routes"), "NotificationSettingsRoute"),
});

const regionAdminRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/settings/regions",
  component: lazyRouteComponent(() => import("./routes/settings-routes"), "RegionAdminRoute"),
});

const calendarLinksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/account/calendar",
  component: lazyRouteComponent(() => import("./routes/account-routes"), "CalendarLinksRoute"),
});

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/account",
  component: lazyRouteComponent(() => import("./routes/account-routes"), "AccountRoute"),
});

// What waits on this device to be sent (saved with no network).
const outboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/outbox",
  component: lazyRouteComponent(() => import("../features/offline/components/outbox-page"), "OutboxPage"),
});

const mailOutboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "/mail",
  component: lazyRouteComponent(() => import("./routes/account-routes"), "MailOutboxRoute"),
});

// Opened signed out, like an invitation: "forgot password", a reset link, a new address's confirmation link.
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: lazyRouteComponent(() => import("./routes/account-routes"), "ForgotPasswordRoute"),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset/$token",
  component: lazyRouteComponent(() => import("./routes/account-routes"), "ResetPasswordRoute"),
});

const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account/email/$token",
  component: lazyRouteComponent(() => import("./routes/account-routes"), "ConfirmEmailRoute"),
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invite/$token",
  component: lazyRouteComponent(() => import("./routes/admin-routes"), "InviteRoute"),
});

// Print views: an A4 document without the dashboard frame (RootRoute leaves it bare), behind the sign-in gate.
const printRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_print",
  component: PrintGateRoute,
});

const printMeetingRoute = createRoute({
  getParentRoute: () => printRoute,
  path: "/print/regions/$slug/meetings/$meetingId",
  component: lazyRouteComponent(() => import("./routes/print-routes"), "PrintMeetingRoute"),
});

const printProgramRoute = createRoute({
  getParentRoute: () => printRoute,
  path: "/print/forums/$slug/$year/program",
  component: lazyRouteComponent(() => import("./routes/print-routes"), "PrintProgramRoute"),
});

const printReportRoute = createRoute({
  getParentRoute: () => printRoute,
  path: "/print/regions/$slug/report",
  validateSearch: parsePrintReportSearch,
  component: lazyRouteComponent(() => import("./routes/print-routes"), "PrintReportRoute"),
});

const printSurveyRoute = createRoute({
  getParentRoute: () => printRoute,
  path: "/print/regions/$slug/surveys/$surveyId/results",
  component: lazyRouteComponent(() => import("./routes/print-survey-route"), "PrintSurveyResultsRoute"),
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
    readLogRoute,
    subjectExportRoute,
    tasksRoute,
    boardRoute,
    taskRoute,
    milestoneSettingsRoute,
    networkPagesRoute,
    regionAdminRoute,
    calendarLinksRoute,
    accountRoute,
    mailOutboxRoute,
    outboxRoute,
    notificationsRoute,
    notificationSettingsRoute,
  ]),
  inviteRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  confirmEmailRoute,
  printRoute.addChildren([printMeetingRoute, printProgramRoute, printReportRoute, printSurveyRoute]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient: apiClients.queryClient, trpc: apiClients.trpc },
  scrollRestoration: true,
  // Every screen but the home is its own chunk: a status text while one loads, a reload prompt if it cannot.
  defaultPendingComponent: RoutePending,
  defaultPendingMs: 300,
  defaultErrorComponent: RouteError,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
