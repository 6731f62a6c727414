// The fixed lists (statuses, kinds, types) and their Japanese labels, without any schema: the web app's first
// screen reads them through `@kyoso/domain/plain` (src/plain.ts) and so loads no zod. The schemas that check
// these values stay beside their records (tasks.ts, surveys.ts, …).

// Tasks
export const TASK_STATUSES = ["todo", "doing", "blocked", "done"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ["low", "normal", "high"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_SORTS = ["dueOn", "priority", "status", "title", "region", "updatedAt"] as const;

// Organizations
export const ORGANIZATION_TYPES = [
  "nanbyo_center",
  "municipality",
  "hello_work",
  "employment_life_support",
  "vocational_center",
  "medical",
  "company",
  "patient_group",
  "university",
  "npo",
  "jeed",
  "other",
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_TYPE_LABELS_JA: Record<OrganizationType, string> = {
  nanbyo_center: "難病相談支援センター",
  municipality: "自治体",
  hello_work: "ハローワーク",
  employment_life_support: "障害者就業・生活支援センター",
  vocational_center: "地域障害者職業センター",
  medical: "医療機関",
  company: "企業",
  patient_group: "患者会",
  university: "大学",
  npo: "NPO",
  jeed: "JEED",
  other: "その他",
};

// Announcements
export const ANNOUNCEMENT_STATUSES = ["draft", "published"] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];

export const ANNOUNCEMENT_STATUS_LABELS_JA: Record<AnnouncementStatus, string> = {
  draft: "下書き",
  published: "公開中",
};

// Surveys
export const QUESTION_KINDS = ["single", "multiple", "scale", "shortText", "longText"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS_JA: Record<QuestionKind, string> = {
  single: "単一選択",
  multiple: "複数選択",
  scale: "5段階評価",
  shortText: "短い記述",
  longText: "長い記述",
};

export const SURVEY_STATUSES = ["draft", "published", "closed"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const SURVEY_STATUS_LABELS_JA: Record<SurveyStatus, string> = {
  draft: "下書き",
  published: "公開中",
  closed: "締切済",
};

// The audit log
/** What an audit row says happened: a soft delete is "delete"; bringing it back "restore"; removing it for good "purge". */
export const AUDIT_ACTIONS = ["create", "update", "delete", "restore", "purge"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What the audit log records changes of (its `record_type`). */
export const AUDIT_RECORD_TYPES = [
  "forum_edition",
  "user",
  "invitation",
  "organization",
  "agreement",
  "meeting",
  "hearing",
  "hearing_theme",
  "timeline_entry",
  "task",
  "task_comment",
  "milestone_template",
  "edition_milestone",
  "forum_session",
  "session_speaker",
  "announcement",
  "edition_retrospective",
  "feed_token",
  "survey",
  "survey_response",
  "region",
  "mail",
  "password_reset",
  "email_change",
  "user_session",
  "notification",
  "notification_setting",
  "network_page",
  "subject_export",
  "file",
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];
