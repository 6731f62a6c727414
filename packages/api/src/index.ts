export { hashPassword } from "./auth/password";
export { createSession, type ResolvedSession, resolveSession, SESSION_TTL_MS } from "./auth/sessions";
export { keepAnswer, keptAnswerJson } from "./cache/kept-answers";
export { createServerCaches, type ServerCaches } from "./cache/server-caches";
export { SESSION_CACHE_MS, SessionCache } from "./cache/session-cache";
export { type Context, type ContextOptions, createContextInner, type SessionCookie } from "./context";
export {
  DATABASE_UNAVAILABLE_MESSAGE,
  type FieldErrors,
  httpStatusOf,
  mapProcedureError,
  PAYLOAD_TOO_LARGE_MESSAGE,
} from "./errors";
export {
  createJobQueue,
  type JobHandler,
  type JobLog,
  type JobOptions,
  type JobQueue,
  type JobQueueOptions,
} from "./jobs/queue";
export { refuseBatchedLimitedCalls } from "./limits";
export { type AppRouter, appRouter, createCaller } from "./root";
export {
  type Calendar,
  type CalendarEvent,
  personalCalendar,
  regionCalendar,
} from "./services/calendar-feeds";
export { resolveFeedToken } from "./services/feed-tokens";
export { databaseFileStorage, type FileStorage } from "./services/file-storage";
export { type Download, openDownload, openPublicFlyer, type Upload, uploadFile } from "./services/files";
export {
  type DeliveryResult,
  defaultMailFrom,
  deliverDueMail,
  MAIL_DELIVERY_JOB,
  MAIL_RETRY_DELAYS_MS,
  type MailMessage,
  type MailTransport,
  queueMail,
  registerMailDelivery,
  sendMailSoon,
  smtpTransport,
} from "./services/mail";
export {
  catchUpReminders,
  DIGEST_JOB,
  mailDueNotifications,
  NOTIFICATION_MAIL_JOB,
  REMINDER_JOB,
  registerNotificationJobs,
  sendDigests,
} from "./services/notification-mail";
export { eraseExpiredFreeText, logReads } from "./services/privacy";
export {
  meetingsXlsxStream,
  organizationsXlsxStream,
  type TaskSheetFilter,
  tasksXlsxStream,
} from "./services/region-sheets";
export { loadReminderFacts, runReminders } from "./services/reminders";
export { exportFileName, surveyCsvStream } from "./services/survey-results";
export { surveySheetFileName, surveyXlsxStream } from "./services/survey-sheet";
export {
  checkSubmission,
  closeExpiredSurveys,
  type SubmitResult,
  submitSurveyResponse,
} from "./services/surveys";
export { type Invitation, inviteUser } from "./services/users";
export type { Meta } from "./trpc";
