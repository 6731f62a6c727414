import type { Migration, MigrationProvider } from "kysely";
import * as foundation from "./2026-11-25T10-00_foundation";
import * as identity from "./2026-11-25T13-00_identity";
import * as preparationRecords from "./2026-11-25T15-00_preparation_records";
import * as taskComments from "./2026-11-25T16-00_task_comments";
import * as milestones from "./2026-11-25T17-00_milestones";
import * as taskListPerformance from "./2026-11-25T18-00_task_list_performance";
import * as surveys from "./2026-11-25T19-00_surveys";
import * as forumProgram from "./2026-11-25T20-00_forum_program";
import * as taskTitleSearch from "./2026-11-25T21-00_task_title_search";
import * as rateLimits from "./2026-12-02T10-00_rate_limits";
import * as milestoneIndexRepair from "./2026-12-02T12-00_milestone_index_repair";
import * as auditActions from "./2026-12-02T13-00_audit_actions";
import * as softDeleteRecords from "./2026-12-02T14-00_soft_delete_records";
import * as softDeleteOrgsTasks from "./2026-12-02T14-10_soft_delete_orgs_tasks";
import * as softDeleteForumSurveys from "./2026-12-02T14-20_soft_delete_forum_surveys";
import * as mailJobs from "./2026-12-02T15-00_mail_jobs";
import * as notifications from "./2026-12-02T15-10_notifications";
import * as regionArchive from "./2026-12-02T15-20_region_archive";
import * as homeVisit from "./2026-12-02T15-21_home_visit";
import * as files from "./2026-12-02T16-00_files";
import * as publicForumDetails from "./2026-12-02T16-10_public_forum_details";
import * as privacy from "./2026-12-02T16-20_privacy";
import * as surveyPurposeConsent from "./2026-12-02T16-30_survey_purpose_consent";
import * as dataVersion from "./2026-12-02T16-40_data_version";
import * as offlineIdempotency from "./2026-12-02T17-30_offline_idempotency";

/** Every migration, by its dated name. Listed here (not read from disk) so bundlers and tsx agree. */
const migrations: Record<string, Migration> = {
  "2026-11-25T10-00_foundation": foundation,
  "2026-11-25T13-00_identity": identity,
  "2026-11-25T15-00_preparation_records": preparationRecords,
  "2026-11-25T16-00_task_comments": taskComments,
  "2026-11-25T17-00_milestones": milestones,
  "2026-11-25T18-00_task_list_performance": taskListPerformance,
  "2026-11-25T19-00_surveys": surveys,
  "2026-11-25T20-00_forum_program": forumProgram,
  "2026-11-25T21-00_task_title_search": taskTitleSearch,
  "2026-12-02T10-00_rate_limits": rateLimits,
  "2026-12-02T12-00_milestone_index_repair": milestoneIndexRepair,
  "2026-12-02T13-00_audit_actions": auditActions,
  "2026-12-02T14-00_soft_delete_records": softDeleteRecords,
  "2026-12-02T14-10_soft_delete_orgs_tasks": softDeleteOrgsTasks,
  "2026-12-02T14-20_soft_delete_forum_surveys": softDeleteForumSurveys,
  "2026-12-02T15-20_region_archive": regionArchive,
  "2026-12-02T15-21_home_visit": homeVisit,
  "2026-12-02T15-00_mail_jobs": mailJobs,
  "2026-12-02T15-10_notifications": notifications,
  "2026-12-02T16-00_files": files,
  "2026-12-02T16-10_public_forum_details": publicForumDetails,
  "2026-12-02T16-20_privacy": privacy,
  "2026-12-02T16-30_survey_purpose_consent": surveyPurposeConsent,
  "2026-12-02T16-40_data_version": dataVersion,
  "2026-12-02T17-30_offline_idempotency": offlineIdempotency,
};

/**
 * Runs before any pending migration: repairs databases that a since-edited landed migration left in a state the
 * next one cannot start from (see 2026-12-02T12-00_milestone_index_repair).
 */
export const repairBeforeMigrating = milestoneIndexRepair.repairBeforeMigrating;

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
