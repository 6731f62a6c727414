import type {
  AuditAction,
  NotificationChannel,
  NotificationKind,
  NotificationLanguage,
  NotificationPayload,
} from "@kyoso/domain";
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** Live schema, camelCase (the CamelCasePlugin maps it to the snake_case columns). */
export interface Database {
  prefecture: PrefectureTable;
  region: RegionTable;
  regionPrefecture: RegionPrefectureTable;
  forumEdition: ForumEditionTable;
  forumSession: ForumSessionTable;
  sessionSpeaker: SessionSpeakerTable;
  meeting: MeetingTable;
  timelineEntry: TimelineEntryTable;
  auditLog: AuditLogTable;
  appUser: AppUserTable;
  userRegion: UserRegionTable;
  userSession: UserSessionTable;
  mailOutbox: MailOutboxTable;
  passwordReset: PasswordResetTable;
  emailChange: EmailChangeTable;
  invitation: InvitationTable;
  organization: OrganizationTable;
  organizationContact: OrganizationContactTable;
  cohostAgreement: CohostAgreementTable;
  agreementEvent: AgreementEventTable;
  meetingOrganization: MeetingOrganizationTable;
  task: TaskTable;
  hearingTheme: HearingThemeTable;
  hearing: HearingTable;
  hearingFinding: HearingFindingTable;
  taskComment: TaskCommentTable;
  milestoneTemplate: MilestoneTemplateTable;
  editionMilestone: EditionMilestoneTable;
  announcement: AnnouncementTable;
  editionRetrospective: EditionRetrospectiveTable;
  feedToken: FeedTokenTable;
  survey: SurveyTable;
  surveyQuestion: SurveyQuestionTable;
  surveyResponse: SurveyResponseTable;
  surveyTally: SurveyTallyTable;
  surveyTextAnswer: SurveyTextAnswerTable;
  rateLimit: RateLimitTable;
  notification: NotificationTable;
  notificationSetting: NotificationSettingTable;
  notificationPreference: NotificationPreferenceTable;
  notificationDigest: NotificationDigestTable;
  networkPage: NetworkPageTable;
  readLog: ReadLogTable;
  file: FileTable;
  fileChunk: FileChunkTable;
  dataVersion: DataVersionTable;
  idempotencyKey: IdempotencyKeyTable;
}

/** The network's own public pages (開催にあたり, 共有価値, …), markdown edited by the national team. */
export interface NetworkPageTable extends Versioned {
  id: Generated<string>;
  slug: string;
  title: string;
  body: Generated<string>;
  position: Generated<number>;
  published: Generated<boolean>;
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as "YYYY-MM-DD" strings on both engines (see connect.ts). */
type DateColumn = string;

export interface PrefectureTable {
  code: string;
  nameJa: string;
  nameRomaji: string;
  block: string;
}

export interface RegionTable {
  id: Generated<string>;
  slug: string;
  nameJa: string;
  nameEn: string;
  kind: "prefecture" | "area";
  /** Set when the national team archives the region: gone from the overview and pickers, records kept. */
  archivedAt: Date | null;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface RegionPrefectureTable {
  regionId: string;
  prefectureCode: string;
}

export interface ForumEditionTable {
  id: Generated<string>;
  regionId: string;
  year: number;
  title: string;
  stage: string;
  heldOn: DateColumn | null;
  venueName: string | null;
  venueCapacity: number | null;
  onlineCapacity: number | null;
  venueRegistrations: Generated<number>;
  onlineRegistrations: Generated<number>;
  venueFullFrom: DateColumn | null;
  /** "HH:MM", Japan time on the forum day. */
  startsAt: string | null;
  endsAt: string | null;
  venueAddress: string | null;
  onlineInfo: string | null;
  contactOrganization: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  registrationUrl: string | null;
  organizerName: string | null;
  reportAttendance: number | null;
  reportSummary: string | null;
  reportPublished: Generated<boolean>;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Timestamp;
}
export type ForumEditionRow = Selectable<ForumEditionTable>;
export type NewForumEdition = Insertable<ForumEditionTable>;
export type ForumEditionPatch = Updateable<ForumEditionTable>;

export interface ForumSessionTable {
  id: Generated<string>;
  editionId: string;
  position: number;
  kind: string;
  title: string;
  subtitle: string | null;
  /** `time` columns: written "HH:MM", read back through to_char. */
  startsAt: string | null;
  endsAt: string | null;
  version: Generated<number>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface SessionSpeakerTable {
  id: Generated<string>;
  sessionId: string;
  position: number;
  name: string;
  affiliation: string | null;
  title: string | null;
  version: Generated<number>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface MeetingTable {
  id: Generated<string>;
  regionId: string;
  editionId: string | null;
  kind: string;
  heldOn: DateColumn;
  title: string;
  place: string | null;
  summary: string | null;
  nextMeetingOn: DateColumn | null;
  nextMeetingPrecision: "day" | "month" | null;
  startTime: string | null;
  endTime: string | null;
  online: Generated<boolean>;
  agenda: string | null;
  minutes: string | null;
  decisions: string | null;
  attendees: string | null;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface TimelineEntryTable {
  id: Generated<string>;
  regionId: string;
  occurredOn: DateColumn;
  precision: Generated<"day" | "month">;
  kind: string;
  title: string;
  body: string | null;
  isPublic: Generated<boolean>;
  sourceType: string | null;
  sourceId: string | null;
  createdAt: Generated<Date>;
  version: Generated<number>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  occurredAt: Generated<Date>;
  actorId: string | null;
  action: AuditAction;
  recordType: string;
  recordId: string;
  regionId: string | null;
  before: unknown;
  after: unknown;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  displayName: string;
  role: "national" | "committee" | "probono" | "partner";
  passwordHash: string | null;
  partnerEditionId: string | null;
  disabledAt: Date | null;
  /** When the user last opened their home page (「今日やること」): new survey answers count from here. */
  homeSeenAt: Date | null;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface UserRegionTable {
  userId: string;
  regionId: string;
}

export interface UserSessionTable {
  tokenHash: string;
  userId: string;
  createdAt: Generated<Date>;
  lastSeenAt: Generated<Date>;
  expiresAt: Date;
  /** The User-Agent header the session was opened with, so its owner can tell devices apart. */
  userAgent: string | null;
}

export interface MailOutboxTable {
  id: Generated<string>;
  toAddress: string;
  subject: string;
  body: string;
  kind: string;
  status: Generated<"pending" | "sent" | "failed">;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Date>;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Generated<Date>;
}

export interface PasswordResetTable {
  tokenHash: string;
  userId: string;
  createdBy: string | null;
  createdAt: Generated<Date>;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface EmailChangeTable {
  tokenHash: string;
  userId: string;
  newEmail: string;
  createdAt: Generated<Date>;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface InvitationTable {
  tokenHash: string;
  userId: string;
  createdBy: string | null;
  createdAt: Generated<Date>;
  expiresAt: Date;
  usedAt: Date | null;
}

interface Versioned {
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface OrganizationTable extends Versioned {
  id: Generated<string>;
  name: string;
  nameKana: string | null;
  type: string;
  prefectureCode: string | null;
  searchText: string;
  note: string | null;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface OrganizationContactTable {
  id: Generated<string>;
  organizationId: string;
  position: number;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export interface CohostAgreementTable extends Versioned {
  id: Generated<string>;
  editionId: string;
  organizationId: string;
  role: string;
  status: string;
  statusChangedOn: DateColumn;
  nextStepOn: DateColumn | null;
  nextStep: string | null;
  /** Shown on the public forum page once confirmed (正式決定); the committee decides. */
  publishable: Generated<boolean>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface AgreementEventTable {
  id: Generated<string>;
  agreementId: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  actorId: string | null;
  occurredOn: DateColumn;
  createdAt: Generated<Date>;
  /** The event this one corrects (a wrongly recorded transition); both stay in the history. */
  correctsId: string | null;
}

export interface MeetingOrganizationTable {
  meetingId: string;
  organizationId: string;
}

export interface TaskTable extends Versioned {
  id: Generated<string>;
  regionId: string;
  editionId: string | null;
  meetingId: string | null;
  title: string;
  description: string | null;
  assigneeId: string | null;
  status: Generated<string>;
  priority: Generated<string>;
  dueOn: DateColumn | null;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface HearingThemeTable {
  id: Generated<string>;
  nameJa: string;
  nameEn: string;
  position: number;
  archived: Generated<boolean>;
}

export interface HearingTable extends Versioned {
  id: Generated<string>;
  regionId: string;
  organizationId: string;
  heldOn: DateColumn;
  interviewer: string;
  respondent: string | null;
  summary: string | null;
  /** How the interviewee consented to the findings being kept: null on hearings recorded before it was asked. */
  consent: "written" | "verbal" | "none" | null;
  consentOn: DateColumn | null;
  purposeOfUse: string | null;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface HearingFindingTable {
  id: Generated<string>;
  hearingId: string;
  themeId: string;
  position: number;
  body: string;
}

export interface TaskCommentTable {
  id: Generated<string>;
  taskId: string;
  authorId: string | null;
  body: string;
  createdAt: Generated<Date>;
  version: Generated<number>;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface MilestoneTemplateTable {
  key: string;
  labelJa: string;
  labelEn: string;
  offsetDays: number;
  position: number;
  version: Generated<number>;
  updatedAt: Generated<Date>;
}

export interface EditionMilestoneTable {
  editionId: string;
  templateKey: string;
  shiftDays: Generated<number>;
  doneOn: DateColumn | null;
  version: Generated<number>;
  updatedAt: Generated<Date>;
}

export interface SurveyTable extends Versioned {
  id: Generated<string>;
  regionId: string;
  editionId: string | null;
  title: string;
  introduction: string | null;
  /** What the answers are used for, shown on the answer page; null: the standard text. */
  purposeOfUse: Generated<string | null>;
  opensOn: DateColumn;
  closesOn: DateColumn;
  status: Generated<"draft" | "published" | "closed">;
  asksOrganizationType: Generated<boolean>;
  publicToken: string;
  copiedFromId: string | null;
  responseCount: Generated<number>;
  openingEntryId: string | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  /** Days after the closing day that free-text answers are kept (null: until the survey is deleted). */
  freeTextRetentionDays: number | null;
  freeTextErasedAt: Date | null;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface SurveyQuestionTable {
  id: string;
  surveyId: string;
  position: number;
  kind: "single" | "multiple" | "scale" | "shortText" | "longText";
  label: string;
  help: string | null;
  required: boolean;
  options: ColumnType<{ id: string; label: string }[], string, string>;
  scaleMinLabel: string | null;
  scaleMaxLabel: string | null;
}

export interface SurveyResponseTable {
  id: Generated<string>;
  surveyId: string;
  number: number;
  idempotencyKey: string;
  submittedAt: Generated<Date>;
  respondentOrganizationType: string | null;
  answers: ColumnType<Record<string, string | string[] | number>, string, string>;
  /** The respondent agreed to the survey's purpose of use (required for free-text answers). */
  textConsent: Generated<boolean>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface SurveyTallyTable {
  surveyId: string;
  questionId: string;
  value: string;
  organizationType: string;
  count: number;
}

export interface AnnouncementTable {
  id: Generated<string>;
  editionId: string;
  announcedOn: DateColumn;
  title: string;
  body: string;
  status: Generated<"draft" | "published">;
  origin: "venue_full" | null;
  publishedAt: Date | null;
  version: Generated<number>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

export interface EditionRetrospectiveTable {
  editionId: string;
  venueAttendance: number | null;
  onlineAttendance: number | null;
  surveyUrl: string | null;
  notes: string | null;
  version: Generated<number>;
  updatedAt: Generated<Date>;
}

export interface FeedTokenTable {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  label: string;
  createdAt: Generated<Date>;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface SurveyTextAnswerTable {
  surveyId: string;
  questionId: string;
  responseNumber: number;
  submittedAt: Date;
  respondentOrganizationType: string | null;
  text: string;
}

export interface RateLimitTable {
  key: string;
  windowStart: Timestamp;
  hits: number;
  expiresAt: Timestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
  sourceType: string | null;
  sourceId: string | null;
  payload: ColumnType<NotificationPayload, string, string>;
  delivery: "app" | "email" | "digest";
  createdAt: Timestamp;
  readAt: Date | null;
  emailAfter: Date | null;
  emailedAt: Date | null;
}

export interface NotificationSettingTable {
  userId: string;
  language: NotificationLanguage;
  quietFrom: string | null;
  quietUntil: string | null;
  version: Generated<number>;
  updatedAt: Generated<Date>;
}

export interface NotificationPreferenceTable {
  userId: string;
  topic: string;
  channel: NotificationChannel;
}

export interface NotificationDigestTable {
  userId: string;
  day: DateColumn;
  itemCount: number;
  sentAt: Timestamp;
}

/** A read of free text (hearing findings, survey free-text answers and exports): who, when, which record. */
export interface ReadLogTable {
  id: Generated<string>;
  occurredAt: Generated<Date>;
  actorId: string | null;
  recordType: string;
  recordId: string;
  regionId: string | null;
  what: string;
}

/** An attachment of a meeting, hearing, forum edition or task (exactly one of the four ids is set). */
export interface FileTable {
  id: Generated<string>;
  regionId: string;
  recordType: "meeting" | "hearing" | "forum_edition" | "task";
  meetingId: string | null;
  hearingId: string | null;
  editionId: string | null;
  taskId: string | null;
  name: string;
  contentType: string;
  sizeBytes: Generated<number>;
  sha256: string | null;
  /** False while its chunks are being written: such a file is never listed or served. */
  complete: Generated<boolean>;
  publicFlyer: Generated<boolean>;
  uploadedBy: string | null;
  createdAt: Generated<Date>;
  deletedAt: Date | null;
  deletedBy: string | null;
}

/** Up to 256 KB of a file's content, in order of seq from 0. */
export interface FileChunkTable {
  fileId: string;
  seq: number;
  data: Uint8Array;
}

/** Counters bumped by triggers at the commit of every write to the tables a cached answer reads. */
export interface DataVersionTable {
  name: string;
  /** A bigint: `pg` returns it as a string, PGlite as a number; compare as text. */
  n: ColumnType<string | number, never, never>;
  bumpedBy: ColumnType<string | number | null, never, never>;
}

/**
 * A write sent with a key (an outbox on a phone may send it again): the first answer's ids and counts, so a repeat
 * returns it instead of writing twice. Null `result` only inside the first write's own transaction.
 */
export interface IdempotencyKeyTable {
  userId: string;
  key: string;
  procedure: string;
  result: ColumnType<unknown, string | null, string | null>;
  createdAt: Generated<Date>;
}
