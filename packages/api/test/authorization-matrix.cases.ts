// The authorization matrix: for every procedure, who may call it in their own region and in another one.
// authorization-matrix.test.ts runs it against the router and fails on any procedure missing here. Each input is
// valid for the region it aims at, so an allowed call must succeed, not merely get past the permission check.

import { type AgreementStatus, allowedAgreementTransitions } from "@kyoso/domain";
import type { Fixtures } from "./authorization-matrix.fixtures";
import { newFile } from "./file-fixtures";
import type { DemoUserKey } from "./helpers";

export type Who = DemoUserKey | "anonymous";
type Verdict = "allow" | "deny";
/** [own region, other region] */
export type Row = Record<"national" | "committee" | "probono" | "partner" | "anonymous", [Verdict, Verdict]>;

const everyone: Row = {
  national: ["allow", "allow"],
  committee: ["allow", "allow"],
  probono: ["allow", "allow"],
  partner: ["allow", "allow"],
  anonymous: ["allow", "allow"],
};
const signedIn: Row = { ...everyone, anonymous: ["deny", "deny"] };
const nationalOnly: Row = {
  national: ["allow", "allow"],
  committee: ["deny", "deny"],
  probono: ["deny", "deny"],
  partner: ["deny", "deny"],
  anonymous: ["deny", "deny"],
};
const ownRegionWriters: Row = { ...nationalOnly, committee: ["allow", "deny"] };
/** Full reads of a region's records: the national team, and committee members in their own region. */
const ownRegionReaders: Row = ownRegionWriters;
const page = { page: 1, pageSize: 5 };
/** Tasks: as region writers, plus pro bono staff on open tasks of their region (their own region's target). */
const taskWorkers: Row = { ...ownRegionWriters, probono: ["allow", "deny"] };
/** A forum edition's plan: its region's members, and a partner for their one forum. */
const editionReaders: Row = {
  ...nationalOnly,
  committee: ["allow", "deny"],
  probono: ["allow", "deny"],
  partner: ["allow", "deny"],
};
const registrationCsv = Buffer.from("申込日,参加形態\n2026/01/10,会場\n2026/01/11,オンライン\n").toString(
  "base64",
);

export interface Target {
  regionId: string;
  slug: string;
  editionId: string;
  agreementId: string;
  meetingId: string;
  hearingId: string;
  timelineEntryId: string;
  organizationId: string;
  themeId: string;
  taskId: string;
  surveyId: string;
  surveyToken: string;
  sessionId: string;
  speakerId: string;
  announcementId: string;
  prefectureCode: string;
}

/**
 * How a mutation's audit rows are checked: by default an allowed call must leave an audit row naming every
 * record it changed. A public procedure that changes no record of the network says why here.
 */
export type AuditRule = "records" | { exempt: string };

export interface Case {
  expect: Row;
  /** An input aimed at the target region that succeeds for an allowed caller (records made by `f` if needed). */
  input: (t: Target, f: Fixtures) => unknown;
  audit?: AuditRule;
}

const organizationCsv = (t: Target, f: Fixtures) =>
  Buffer.from(
    `名称,種別,都道府県\nテスト団体${f.unique()},NPO,${f.prefectureName(t.prefectureCode)}\n`,
  ).toString("base64");
const openSurvey = { opensOn: "2026-11-01", closesOn: "2026-12-31" };
const comment = [{ kind: "longText", label: "ご意見", required: false }];

/** Every procedure: who may call it, and an input aimed at a region. A procedure missing here fails the test. */
export const MATRIX: Record<string, Case> = {
  "auth.me": { expect: everyone, input: () => undefined },
  "auth.signIn": {
    expect: everyone,
    input: () => ({ email: "saitama@kyoso.example", password: "kyoso-demo-2026" }),
    audit: { exempt: "a sign-in starts a session, which is not a record of the network" },
  },
  "auth.signOut": {
    expect: everyone,
    input: () => undefined,
    audit: { exempt: "a sign-out ends a session, which is not a record of the network" },
  },
  "auth.acceptInvitation": {
    expect: everyone,
    input: async (_t, f) => ({ token: (await f.newInvitee()).token, password: "a-long-enough-password" }),
  },
  "auth.requestPasswordReset": {
    expect: everyone,
    input: async (_t, f) => ({ email: (await f.newAccount()).email }),
  },
  "auth.resetPassword": {
    expect: everyone,
    input: async (_t, f) => ({ token: await f.newResetToken(), password: "a-long-enough-password" }),
  },
  "auth.confirmEmailChange": {
    expect: everyone,
    input: async (_t, f) => ({ token: await f.newEmailChangeToken() }),
  },
  "account.changePassword": {
    expect: signedIn,
    input: async (_t, f) => {
      await f.restoreDemoPassword();
      return { currentPassword: "kyoso-demo-2026", newPassword: `another-password-${f.unique()}` };
    },
  },
  "account.requestEmailChange": {
    expect: signedIn,
    input: async (_t, f) => {
      await f.restoreDemoPassword();
      return { newEmail: `moved${f.unique()}@kyoso.example`, currentPassword: "kyoso-demo-2026" };
    },
  },
  "account.sessions": { expect: signedIn, input: () => undefined },
  "account.endSession": { expect: signedIn, input: async (_t, f) => ({ id: await f.otherSession() }) },
  "account.endOtherSessions": { expect: signedIn, input: () => undefined },
  "mail.outbox": { expect: nationalOnly, input: () => ({}) },
  "mail.retry": { expect: nationalOnly, input: async (_t, f) => ({ id: await f.failedMail() }) },
  "reference.prefectures": { expect: everyone, input: () => undefined },
  "region.list": { expect: signedIn, input: () => undefined },
  "region.summary": {
    expect: { ...signedIn, partner: ["allow", "deny"] },
    input: (t) => ({ slug: t.slug }),
  },
  // Those who may not read the full record get the summary: allowed, as region.summary is.
  "region.page": {
    expect: { ...signedIn, partner: ["allow", "deny"] },
    input: (t) => ({ slug: t.slug }),
  },
  "region.bySlug": {
    expect: { ...nationalOnly, committee: ["allow", "deny"] },
    input: (t) => ({ slug: t.slug }),
  },
  "region.manageList": { expect: nationalOnly, input: () => undefined },
  "region.create": {
    expect: nationalOnly,
    input: (_t, f) => ({
      slug: `area-${f.unique()}`,
      nameJa: "房総圏",
      nameEn: "Boso area",
      kind: "area",
      prefectureCodes: ["12", "13"],
    }),
  },
  "region.rename": {
    expect: nationalOnly,
    input: async (_t, f) => ({ ...(await f.newRegion()), nameJa: `千葉県${f.unique()}`, nameEn: "Chiba" }),
  },
  "region.setArchived": {
    expect: nationalOnly,
    input: async (_t, f) => ({ ...(await f.newRegion()), archived: true }),
  },
  "forumEdition.byId": { expect: editionReaders, input: (t) => ({ id: t.editionId }) },
  "forumEdition.create": {
    expect: ownRegionWriters,
    input: (t, f) => {
      const year = 2030 + f.unique();
      return {
        regionId: t.regionId,
        year,
        title: `難病・慢性疾患就労支援ネットワークフォーラム${year}`,
        stage: "concept",
        heldOn: null,
        venueName: null,
        venueCapacity: null,
        onlineCapacity: null,
      };
    },
  },
  "forumEdition.update": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      id: t.editionId,
      version: await f.version("forumEdition", t.editionId),
      venueName: `会場${f.unique()}`,
      venueAddress: "埼玉県さいたま市浦和区高砂3-15-1",
      startsAt: "13:00",
      endsAt: "16:30",
      registrationUrl: "https://example.jp/apply",
      organizerName: "フォーラム実行委員会",
    }),
  },
  "program.forEdition": { expect: editionReaders, input: (t) => ({ editionId: t.editionId }) },
  "program.createSession": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, kind: "panel", title: "パネルディスカッション" }),
  },
  "program.updateSession": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      id: t.sessionId,
      version: await f.version("forumSession", t.sessionId),
      kind: "keynote",
      title: `基調講演${f.unique()}`,
      startsAt: "13:00",
    }),
  },
  "program.deleteSession": { expect: ownRegionWriters, input: (t, f) => f.newSession(t.editionId) },
  "program.reorderSessions": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      editionId: t.editionId,
      sessionIds: (await f.sessionIds(t.editionId)).reverse(),
    }),
  },
  "program.addSpeaker": {
    expect: ownRegionWriters,
    input: (t) => ({ sessionId: t.sessionId, name: "新しい登壇者" }),
  },
  "program.updateSpeaker": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      id: t.speakerId,
      version: await f.version("sessionSpeaker", t.speakerId),
      name: `朝日雅也${f.unique()}`,
      affiliation: "埼玉県立大学",
      title: "名誉教授",
    }),
  },
  "program.deleteSpeaker": {
    expect: ownRegionWriters,
    input: async (t, f) => ({ id: await f.newSpeaker(t.sessionId), version: 1 }),
  },
  "program.reorderSpeakers": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      sessionId: t.sessionId,
      speakerIds: (await f.speakerIds(t.sessionId)).reverse(),
    }),
  },
  "capacity.set": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      editionId: t.editionId,
      version: await f.version("forumEdition", t.editionId),
      venueCapacity: 800,
      onlineCapacity: null,
      venueRegistrations: f.unique(),
      onlineRegistrations: 5,
    }),
  },
  "capacity.importPreview": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, fileBase64: registrationCsv }),
    audit: { exempt: "a preview reads the file and writes nothing" },
  },
  "capacity.importCommit": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      editionId: t.editionId,
      version: await f.version("forumEdition", t.editionId),
      fileBase64: registrationCsv,
    }),
  },
  "announcement.forEdition": { expect: editionReaders, input: (t) => ({ editionId: t.editionId }) },
  "announcement.create": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, announcedOn: "2026-11-20", title: "お知らせ", body: "本文" }),
  },
  "announcement.update": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      id: t.announcementId,
      version: await f.version("announcement", t.announcementId),
      title: `見出し${f.unique()}`,
    }),
  },
  "announcement.publish": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      // News is published once the forum is decided: 首都圏's is still being coordinated.
      await f.db
        .updateTable("forumEdition")
        .set({ stage: "decided" })
        .where("id", "=", t.editionId)
        .where("stage", "in", ["concept", "approach", "coordinating"])
        .execute();
      return f.newAnnouncement(t.editionId, "draft");
    },
  },
  "announcement.unpublish": {
    expect: ownRegionWriters,
    input: (t, f) => f.newAnnouncement(t.editionId, "published"),
  },
  "announcement.delete": {
    expect: ownRegionWriters,
    input: (t, f) => f.newAnnouncement(t.editionId, "draft"),
  },
  "retrospective.forEdition": { expect: editionReaders, input: (t) => ({ editionId: t.editionId }) },
  "retrospective.save": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      // A retrospective is written once the forum is held: 首都圏's is still being prepared.
      await f.db
        .updateTable("forumEdition")
        .set({ stage: "retrospective" })
        .where("id", "=", t.editionId)
        .where("stage", "not in", ["held", "retrospective"])
        .execute();
      return {
        editionId: t.editionId,
        version: await f.retrospectiveVersion(t.editionId),
        venueAttendance: f.unique(),
        onlineAttendance: 112,
      };
    },
  },
  "feedToken.list": { expect: signedIn, input: () => undefined },
  "feedToken.create": { expect: signedIn, input: () => ({ label: "仕事用のカレンダー" }) },
  "feedToken.revoke": { expect: signedIn, input: async (_t, f) => ({ id: await f.newFeedToken() }) },
  "notification.list": { expect: signedIn, input: () => ({}) },
  "notification.unreadCount": { expect: signedIn, input: () => undefined },
  "notification.markRead": {
    expect: signedIn,
    input: async (_t, f) => ({ ids: [await f.newNotification()] }),
  },
  "notification.markAllRead": {
    expect: signedIn,
    input: async (_t, f) => {
      await f.newNotification();
      return undefined;
    },
  },
  "notification.preferences": { expect: signedIn, input: () => undefined },
  "notification.savePreferences": {
    expect: signedIn,
    input: async (_t, f) => ({
      version: await f.notificationSettingsVersion(),
      language: "en",
      quietFrom: "22:00",
      quietUntil: "07:00",
      channels: {
        task_assigned: "email",
        task_due: "digest",
        meeting: "email",
        milestone: "app",
        minutes_missing: "off",
        cohost_next_step: "app",
        survey_answers: "digest",
      },
    }),
  },
  "user.list": { expect: nationalOnly, input: () => undefined },
  "user.invite": {
    expect: nationalOnly,
    input: (t, f) => ({
      email: `new${f.unique()}@kyoso.example`,
      displayName: "新しい委員",
      role: "committee",
      regionIds: [t.regionId],
    }),
  },
  "user.reissueInvitation": {
    expect: nationalOnly,
    input: async (_t, f) => ({ id: (await f.newInvitee()).id }),
  },
  "user.issuePasswordReset": {
    expect: nationalOnly,
    input: async (_t, f) => ({ id: (await f.newAccount()).id }),
  },
  "user.update": {
    expect: nationalOnly,
    input: async (_t, f) => ({
      ...(await f.userVersion("shutoken@kyoso.example")),
      displayName: `首都圏の委員${f.unique()}`,
    }),
  },
  "audit.list": { expect: nationalOnly, input: () => ({}) },
  "audit.forRecord": {
    expect: ownRegionReaders,
    input: (t) => ({ recordType: "meeting", id: t.meetingId }),
  },
  "trash.list": { expect: ownRegionWriters, input: (t) => ({ regionSlug: t.slug }) },
  "trash.restore": {
    expect: ownRegionWriters,
    input: async (t, f) => ({ recordType: "meeting", id: (await f.newRecord("meeting", t, 3)).id }),
  },
  "trash.purge": {
    expect: nationalOnly,
    input: async (t, f) => ({ recordType: "hearing", id: (await f.newRecord("hearing", t, 40)).id }),
  },
  "organization.list": { expect: signedIn, input: () => ({ query: "センター" }) },
  "organization.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.organizationId }) },
  "organization.create": {
    expect: ownRegionWriters,
    input: (t, f) => ({
      regionId: t.regionId,
      name: `新しい団体${f.unique()}`,
      type: "npo",
      prefectureCode: t.prefectureCode,
    }),
  },
  "organization.update": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      id: t.organizationId,
      version: await f.version("organization", t.organizationId),
      name: `改名した団体${f.unique()}`,
      type: "npo",
      prefectureCode: t.prefectureCode,
    }),
  },
  "organization.delete": {
    expect: ownRegionWriters,
    input: async (t, f) => ({ id: await f.newOrganization(t.prefectureCode), version: 1 }),
  },
  "organization.importPreview": {
    expect: ownRegionWriters,
    input: (t, f) => ({ regionId: t.regionId, fileBase64: organizationCsv(t, f) }),
    audit: { exempt: "a preview reads the file and writes nothing" },
  },
  "organization.importCommit": {
    expect: ownRegionWriters,
    input: (t, f) => ({ regionId: t.regionId, fileBase64: organizationCsv(t, f) }),
  },
  "agreement.forRegion": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug }) },
  "agreement.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.agreementId }) },
  "agreement.stalled": { expect: nationalOnly, input: () => ({ days: 30 }) },
  "agreement.create": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      editionId: t.editionId,
      organizationId: await f.newOrganization(t.prefectureCode),
      role: "cooperation",
      status: "proposed",
      occurredOn: "2026-11-20",
    }),
  },
  "agreement.transition": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      const status = (
        await f.db
          .selectFrom("cohostAgreement")
          .select("status")
          .where("id", "=", t.agreementId)
          .executeTakeFirstOrThrow()
      ).status as AgreementStatus;
      return {
        id: t.agreementId,
        version: await f.version("cohostAgreement", t.agreementId),
        to: allowedAgreementTransitions(status)[0],
        occurredOn: "2026-11-20",
      };
    },
  },
  "agreement.update": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      id: t.agreementId,
      version: await f.version("cohostAgreement", t.agreementId),
      role: "cohost",
      nextStep: `次の一手${f.unique()}`,
    }),
  },
  "agreement.setPublishable": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      id: t.agreementId,
      version: await f.version("cohostAgreement", t.agreementId),
      publishable: f.unique() % 2 === 0,
    }),
  },
  "agreement.correct": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      const agreement = await f.newAgreement(t.editionId, t.prefectureCode);
      return {
        id: agreement.id,
        version: agreement.version,
        eventId: agreement.eventId,
        to: "negotiating",
        occurredOn: "2026-11-11",
      };
    },
  },
  "agreement.delete": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      const { id, version } = await f.newAgreement(t.editionId, t.prefectureCode);
      return { id, version };
    },
  },
  "meeting.forRegion": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug, ...page }) },
  "meeting.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.meetingId }) },
  "meeting.create": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      kind: "planning",
      heldOn: "2026-11-20",
      title: "打ち合わせ",
      organizationIds: [t.organizationId],
      actionItems: [{ title: "会場を押さえる", assigneeId: null }],
    }),
  },
  "meeting.update": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      ...(await f.newRecord("meeting", t)),
      kind: "committee",
      heldOn: "2026-11-21",
      title: "訂正した会議名",
      organizationIds: [t.organizationId],
      actionItems: [{ title: "後から加えたやること" }],
    }),
  },
  "meeting.delete": { expect: ownRegionWriters, input: (t, f) => f.newRecord("meeting", t) },
  "survey.forRegion": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug }) },
  "survey.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.surveyId }) },
  "survey.copySources": { expect: ownRegionWriters, input: (t) => ({ regionId: t.regionId }) },
  "survey.create": {
    expect: ownRegionWriters,
    input: (t) => ({ regionId: t.regionId, title: "新しいアンケート", ...openSurvey, questions: comment }),
  },
  "survey.copy": {
    expect: ownRegionWriters,
    input: (t) => ({ sourceId: t.surveyId, regionId: t.regionId, title: "複製", ...openSurvey }),
  },
  "survey.update": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      const { id, version } = await f.newSurvey(t.regionId, "draft");
      return { id, version, title: "更新", ...openSurvey, questions: comment };
    },
  },
  "survey.publish": { expect: ownRegionWriters, input: (t, f) => f.newSurvey(t.regionId, "draft") },
  "survey.close": { expect: ownRegionWriters, input: (t, f) => f.newSurvey(t.regionId, "published") },
  "survey.reopen": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      const { id, version } = await f.newSurvey(t.regionId, "closed");
      return { id, version, closesOn: "2026-12-31" };
    },
  },
  "survey.setRetention": {
    expect: ownRegionWriters,
    input: async (t, f) => ({ id: (await f.newSurvey(t.regionId, "draft")).id, freeTextRetentionDays: 90 }),
  },
  "survey.delete": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      const { id, version } = await f.newSurvey(t.regionId, "draft");
      return { id, version };
    },
  },
  "survey.responses": { expect: ownRegionReaders, input: (t) => ({ surveyId: t.surveyId }) },
  "survey.deleteResponse": {
    expect: ownRegionWriters,
    input: async (t, f) => f.newResponse(t.regionId),
  },
  "survey.results": { expect: ownRegionReaders, input: (t) => ({ id: t.surveyId }) },
  "survey.textAnswers": {
    expect: ownRegionReaders,
    input: (t) => ({ id: t.surveyId, questionId: "comment" }),
  },
  "publicSurvey.get": {
    expect: everyone,
    input: async (t, f) => ({ token: (await f.newSurvey(t.regionId, "published")).token }),
  },
  "publicSurvey.submit": {
    expect: everyone,
    input: async (t, f) => ({
      token: (await f.newSurvey(t.regionId, "published")).token,
      idempotencyKey: crypto.randomUUID(),
      textConsent: true,
      answers: { comment: "よかったです" },
    }),
  },
  "hearing.themes": { expect: signedIn, input: () => undefined },
  "hearing.createTheme": {
    expect: nationalOnly,
    input: (_t, f) => {
      const n = f.unique();
      return { nameJa: `新テーマ${n}`, nameEn: `New theme ${n}` };
    },
  },
  "hearing.forRegion": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug, ...page }) },
  "hearing.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.hearingId }) },
  "hearing.findingsByTheme": { expect: nationalOnly, input: () => page },
  "hearing.create": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      organizationId: t.organizationId,
      heldOn: "2026-11-20",
      interviewer: "聞き手",
      consent: "verbal",
      purposeOfUse: "フォーラムの企画のため",
      findings: [{ themeId: t.themeId, body: "わかったこと" }],
    }),
  },
  "hearing.update": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      ...(await f.newRecord("hearing", t)),
      organizationId: t.organizationId,
      heldOn: "2026-11-19",
      interviewer: "聞き手",
      consent: "verbal",
      purposeOfUse: "フォーラムの企画のため",
      findings: [{ themeId: t.themeId, body: "訂正したわかったこと" }],
    }),
  },
  "privacy.readLog": { expect: nationalOnly, input: () => page },
  "privacy.subjectExport": { expect: nationalOnly, input: () => ({ query: "saitama@kyoso.example" }) },
  "hearing.delete": { expect: ownRegionWriters, input: (t, f) => f.newRecord("hearing", t) },
  "timeline.list": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug, ...page }) },
  "timeline.updateNote": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      ...(await f.newRecord("note", t)),
      occurredOn: { date: "2026-11-01", precision: "month" },
      title: "訂正したメモ",
    }),
  },
  "timeline.deleteNote": { expect: ownRegionWriters, input: (t, f) => f.newRecord("note", t) },
  "timeline.createNote": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      occurredOn: { date: "2026-11-20", precision: "day" },
      title: "メモ",
    }),
  },
  "timeline.setPublic": {
    expect: ownRegionWriters,
    input: async (t, f) => {
      const entry = await f.db
        .selectFrom("timelineEntry")
        .select("isPublic")
        .where("id", "=", t.timelineEntryId)
        .executeTakeFirstOrThrow();
      return { id: t.timelineEntryId, isPublic: !entry.isPublic };
    },
  },
  "task.list": { expect: { ...signedIn, partner: ["deny", "deny"] }, input: () => ({}) },
  "task.byId": { expect: taskWorkers, input: (t) => ({ id: t.taskId }) },
  "task.create": {
    expect: ownRegionWriters,
    input: (t) => ({ regionId: t.regionId, title: "新しいタスク", meetingId: t.meetingId }),
  },
  "task.update": {
    expect: taskWorkers,
    input: async (t, f) => ({
      id: t.taskId,
      version: await f.version("task", t.taskId),
      title: `タスク${f.unique()}`,
    }),
  },
  "task.setStatus": {
    expect: taskWorkers,
    input: async (t, f) => {
      const task = await f.db
        .selectFrom("task")
        .select("status")
        .where("id", "=", t.taskId)
        .executeTakeFirstOrThrow();
      return { ids: [t.taskId], status: task.status === "blocked" ? "doing" : "blocked" };
    },
  },
  "task.comment": { expect: taskWorkers, input: (t) => ({ taskId: t.taskId, body: "進めます" }) },
  "task.pickUp": { expect: taskWorkers, input: (t, f) => f.newTask(t.regionId) },
  "task.delete": { expect: ownRegionWriters, input: (t, f) => f.newTask(t.regionId) },
  "task.updateComment": {
    expect: taskWorkers,
    input: async (t, f) => ({ taskId: t.taskId, ...(await f.newComment(t.taskId)), body: "直しました" }),
  },
  "task.deleteComment": {
    expect: taskWorkers,
    input: async (t, f) => ({ taskId: t.taskId, ...(await f.newComment(t.taskId)) }),
  },
  "milestone.template": { expect: signedIn, input: () => undefined },
  "networkPage.list": { expect: nationalOnly, input: () => undefined },
  "networkPage.byId": {
    expect: nationalOnly,
    input: async (_t, f) => ({ id: (await f.newNetworkPage()).id }),
  },
  "networkPage.create": {
    expect: nationalOnly,
    input: (_t, f) => ({ slug: `about-${f.unique()}`, title: "開催にあたり", body: "## 見出し\n\n本文" }),
  },
  "networkPage.update": {
    expect: nationalOnly,
    input: async (_t, f) => {
      const page = await f.newNetworkPage();
      return { ...page, title: "共有価値", body: "- 対話", position: 2, published: true };
    },
  },
  "milestone.addTemplateItem": {
    expect: nationalOnly,
    input: (_t, f) => ({
      key: `press_release_${f.unique()}`,
      labelJa: "プレスリリース",
      labelEn: "Press release",
      offsetDays: -45,
    }),
  },
  "milestone.updateTemplateItem": {
    expect: nationalOnly,
    input: async (_t, f) => ({
      key: "survey_ready",
      version: await f.templateVersion("survey_ready"),
      labelJa: "アンケート準備",
      labelEn: "Survey ready",
      offsetDays: -30 - f.unique(),
    }),
  },
  "milestone.forEdition": {
    expect: { ...signedIn, partner: ["allow", "deny"] },
    input: (t) => ({ editionId: t.editionId }),
  },
  "milestone.setForEdition": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      editionId: t.editionId,
      key: "venue_booked",
      shiftDays: f.unique(),
      doneOn: null,
      version: await f.editionMilestoneVersion(t.editionId, "venue_booked"),
    }),
  },
  "overview.get": { expect: signedIn, input: () => ({}) },
  "home.get": { expect: signedIn, input: () => ({}) },
  "home.markSeen": {
    expect: signedIn,
    input: () => undefined,
    audit: { exempt: "the time a person last opened their own home page is bookkeeping, not a record" },
  },
  // Attachments: under the permissions of their record (a meeting's or hearing's region, the edition, the task).
  "file.meetingFiles": { expect: ownRegionReaders, input: (t) => ({ meetingId: t.meetingId }) },
  "file.deleteMeetingFile": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      meetingId: t.meetingId,
      id: await newFile(f.db, "meeting", t.meetingId, t.regionId),
    }),
  },
  "file.hearingFiles": { expect: ownRegionReaders, input: (t) => ({ hearingId: t.hearingId }) },
  "file.deleteHearingFile": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      hearingId: t.hearingId,
      id: await newFile(f.db, "hearing", t.hearingId, t.regionId),
    }),
  },
  "file.editionFiles": { expect: editionReaders, input: (t) => ({ editionId: t.editionId }) },
  "file.deleteEditionFile": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      editionId: t.editionId,
      id: await newFile(f.db, "forum_edition", t.editionId, t.regionId),
    }),
  },
  "file.setEditionFlyer": {
    expect: ownRegionWriters,
    input: async (t, f) => ({
      editionId: t.editionId,
      id: await newFile(f.db, "forum_edition", t.editionId, t.regionId),
      publicFlyer: true,
    }),
  },
  "file.taskFiles": { expect: taskWorkers, input: (t) => ({ taskId: t.taskId }) },
  "file.deleteTaskFile": {
    expect: taskWorkers,
    input: async (t, f) => {
      const task = await f.newTask(t.regionId);
      return { taskId: task.id, id: await newFile(f.db, "task", task.id, t.regionId) };
    },
  },
};
