export { type ConnectOptions, connect, type DatabaseHandle, type Engine } from "./connect";
export {
  classifyDatabaseError,
  type DatabaseErrorKind,
  isForeignKeyViolation,
  isUniqueViolation,
} from "./errors";
export { migrateDown, migrateToEmpty, migrateToLatest } from "./migrate";
export { pingDatabase, prepareDatabase } from "./prepare";
export * from "./queries/accounts";
export * from "./queries/agreements";
export * from "./queries/announcements";
export {
  type AuditFilter,
  type AuditRecord,
  listAudit,
  listAuditForRecord,
  listRecordHistory,
  recordAudits,
} from "./queries/audit";
export * from "./queries/calendar";
export * from "./queries/feed-tokens";
export * from "./queries/files";
export {
  editionExistsForYear,
  findEdition,
  findEditionForUpdate,
  insertEdition,
  updateEditionAtVersion,
} from "./queries/forum-editions";
export * from "./queries/hearings";
export * from "./queries/home";
export * from "./queries/idempotency";
export * from "./queries/mail";
export * from "./queries/meetings";
export * from "./queries/milestones";
export * from "./queries/network-pages";
export * from "./queries/organizations";
export * from "./queries/overview";
export * from "./queries/privacy";
export * from "./queries/program";
export * from "./queries/public-forum";
export * from "./queries/rate-limits";
export * from "./queries/read-log";
export { syncPrefectures } from "./queries/reference";
export * from "./queries/references";
export * from "./queries/region-admin";
export {
  findRecordRegionId,
  findRegionById,
  findRegionBySlug,
  findRegionDetail,
  listRegions,
} from "./queries/regions";
export * from "./queries/retrospectives";
export * from "./queries/soft-delete";
export * from "./queries/spreadsheets";
export * from "./queries/survey-answers";
export * from "./queries/surveys";
export * from "./queries/tasks";
export {
  findTimelineEntry,
  insertTimelineEntry,
  listTimeline,
  type NewTimelineEntry,
  setTimelineEntryPublic,
  updateNoteAtVersion,
  updateSourceEntry,
} from "./queries/timeline";
export * from "./queries/trash";
export {
  deleteSession,
  deleteSessionsOfUser,
  expireOpenInvitations,
  findOpenInvitationForUpdate,
  findSessionActor,
  findSignInRecord,
  findUserIdByEmail,
  findUserProfile,
  insertInvitation,
  insertSession,
  insertUser,
  listUsers,
  markInvitationUsed,
  type NewUser,
  renewSession,
  setPasswordHash,
  setUserRegions,
  type UserPatch,
  updateUserAtVersion,
} from "./queries/users";
export type { Database } from "./schema";
export { DEMO_PASSWORD, DEMO_USERS } from "./seed/demo-users";
export { isDatabaseEmpty, seedDemoData } from "./seed/seed";

import type { Kysely } from "kysely";
import type { Database } from "./schema";
export type DB = Kysely<Database>;
export { countOtherSessions, countRowsPerTable, dropPublicSchema, dumpEmbeddedDatabase } from "./backup";
export {
  acquireDataDirLock,
  CONTROL_FILE,
  DataDirLockedError,
  findLockOwner,
  LOCK_FILE,
  type LockOwner,
} from "./data-dir-lock";
export * from "./queries/notifications";
export * from "./queries/reminders";
