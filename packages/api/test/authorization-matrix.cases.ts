// The authorization matrix: for every procedure, who may call it in their own region and in another one.
// authorization-matrix.test.ts runs it against the router and fails on any procedure missing here.

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
}

/** Every procedure: who may call it, and an input aimed at a region. A procedure missing here fails the test. */
export const MATRIX: Record<
  string,
  { expect: Row; input: (t: Target & { prefectureCode: string }) => unknown }
> = {
  "auth.me": { expect: everyone, input: () => undefined },
  "auth.signIn": {
    expect: everyone,
    input: () => ({ email: "saitama@kyoso.example", password: "kyoso-demo-2026" }),
  },
  "auth.signOut": { expect: everyone, input: () => undefined },
  "auth.acceptInvitation": {
    expect: everyone,
    input: () => ({ token: "x".repeat(43), password: "a-long-enough-password" }),
  },
  "reference.prefectures": { expect: everyone, input: () => undefined },
  "region.list": { expect: signedIn, input: () => undefined },
  "region.summary": {
    expect: { ...signedIn, partner: ["allow", "deny"] },
    input: (t) => ({ slug: t.slug }),
  },
  "region.bySlug": {
    expect: { ...nationalOnly, committee: ["allow", "deny"] },
    input: (t) => ({ slug: t.slug }),
  },
  "forumEdition.byId": {
    expect: {
      ...nationalOnly,
      committee: ["allow", "deny"],
      probono: ["allow", "deny"],
      partner: ["allow", "deny"],
    },
    input: (t) => ({ id: t.editionId }),
  },
  "forumEdition.create": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      year: 2031,
      title: "難病・慢性疾患就労支援ネットワークフォーラム2031",
      stage: "concept",
      heldOn: null,
      venueName: null,
      venueCapacity: null,
      onlineCapacity: null,
    }),
  },
  "forumEdition.update": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.editionId, version: 1, venueName: "会場" }),
  },
  "program.forEdition": { expect: editionReaders, input: (t) => ({ editionId: t.editionId }) },
  "program.createSession": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, kind: "panel", title: "パネルディスカッション" }),
  },
  "program.updateSession": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.sessionId, version: 1, kind: "keynote", title: "基調講演", startsAt: "13:00" }),
  },
  "program.deleteSession": { expect: ownRegionWriters, input: (t) => ({ id: t.sessionId, version: 999 }) },
  "program.reorderSessions": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, sessionIds: [t.sessionId] }),
  },
  "program.addSpeaker": {
    expect: ownRegionWriters,
    input: (t) => ({ sessionId: t.sessionId, name: "新しい登壇者" }),
  },
  "program.updateSpeaker": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.speakerId, name: "朝日雅也", affiliation: "埼玉県立大学", title: "名誉教授" }),
  },
  "program.deleteSpeaker": { expect: ownRegionWriters, input: (t) => ({ id: t.speakerId }) },
  "program.reorderSpeakers": {
    expect: ownRegionWriters,
    input: (t) => ({ sessionId: t.sessionId, speakerIds: [t.speakerId] }),
  },
  "capacity.set": {
    expect: ownRegionWriters,
    input: (t) => ({
      editionId: t.editionId,
      version: 999,
      venueCapacity: 80,
      onlineCapacity: null,
      venueRegistrations: 10,
      onlineRegistrations: 5,
    }),
  },
  "capacity.importPreview": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, fileBase64: registrationCsv }),
  },
  "capacity.importCommit": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, version: 999, fileBase64: registrationCsv }),
  },
  "announcement.forEdition": { expect: editionReaders, input: (t) => ({ editionId: t.editionId }) },
  "announcement.create": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, announcedOn: "2026-11-20", title: "お知らせ", body: "本文" }),
  },
  "announcement.update": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.announcementId, version: 999, title: "見出し" }),
  },
  "announcement.publish": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.announcementId, version: 999 }),
  },
  "announcement.unpublish": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.announcementId, version: 999 }),
  },
  "announcement.delete": { expect: ownRegionWriters, input: (t) => ({ id: t.announcementId, version: 999 }) },
  "retrospective.forEdition": { expect: editionReaders, input: (t) => ({ editionId: t.editionId }) },
  "retrospective.save": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, version: null, venueAttendance: 80, onlineAttendance: 112 }),
  },
  "feedToken.list": { expect: signedIn, input: () => undefined },
  "feedToken.create": { expect: signedIn, input: () => ({ label: "仕事用のカレンダー" }) },
  "feedToken.revoke": { expect: signedIn, input: () => ({ id: "00000000-0000-4000-8000-000000000000" }) },
  "user.list": { expect: nationalOnly, input: () => undefined },
  "user.invite": {
    expect: nationalOnly,
    input: (t) => ({
      email: "new@kyoso.example",
      displayName: "新しい委員",
      role: "committee",
      regionIds: [t.regionId],
    }),
  },
  "user.reissueInvitation": {
    expect: nationalOnly,
    input: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  },
  "user.update": {
    expect: nationalOnly,
    input: () => ({ id: "00000000-0000-4000-8000-000000000000", version: 1, displayName: "x" }),
  },
  "audit.list": { expect: nationalOnly, input: () => ({}) },
  "organization.list": { expect: signedIn, input: () => ({ query: "センター" }) },
  "organization.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.organizationId }) },
  "organization.create": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      name: "新しい団体",
      type: "npo",
      prefectureCode: t.prefectureCode,
    }),
  },
  "organization.update": {
    expect: ownRegionWriters,
    input: (t) => ({
      id: t.organizationId,
      version: 1,
      name: "改名した団体",
      type: "npo",
      prefectureCode: t.prefectureCode,
    }),
  },
  "organization.importPreview": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      fileBase64: Buffer.from("名称,種別\nテスト団体,NPO\n").toString("base64"),
    }),
  },
  "organization.importCommit": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      fileBase64: Buffer.from("名称,種別\nテスト団体,NPO\n").toString("base64"),
    }),
  },
  "agreement.forRegion": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug }) },
  "agreement.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.agreementId }) },
  "agreement.stalled": { expect: nationalOnly, input: () => ({ days: 30 }) },
  "agreement.create": {
    expect: ownRegionWriters,
    input: (t) => ({
      editionId: t.editionId,
      organizationId: t.organizationId,
      role: "cooperation",
      status: "proposed",
      occurredOn: "2026-11-20",
    }),
  },
  "agreement.transition": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.agreementId, version: 1, to: "declined", occurredOn: "2026-11-20" }),
  },
  "meeting.forRegion": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug, ...page }) },
  "meeting.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.meetingId }) },
  "meeting.create": {
    expect: ownRegionWriters,
    input: (t) => ({ regionId: t.regionId, kind: "planning", heldOn: "2026-11-20", title: "打ち合わせ" }),
  },
  "survey.forRegion": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug }) },
  "survey.byId": { expect: ownRegionReaders, input: (t) => ({ id: t.surveyId }) },
  "survey.copySources": { expect: ownRegionWriters, input: (t) => ({ regionId: t.regionId }) },
  "survey.create": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      title: "新しいアンケート",
      opensOn: "2026-12-01",
      closesOn: "2026-12-31",
      questions: [{ kind: "longText", label: "ご意見", required: false }],
    }),
  },
  "survey.copy": {
    expect: ownRegionWriters,
    input: (t) => ({
      sourceId: t.surveyId,
      regionId: t.regionId,
      title: "複製",
      opensOn: "2026-12-01",
      closesOn: "2026-12-31",
    }),
  },
  "survey.update": {
    expect: ownRegionWriters,
    input: (t) => ({
      id: t.surveyId,
      version: 1,
      title: "更新",
      opensOn: "2026-12-01",
      closesOn: "2026-12-31",
      questions: [{ kind: "longText", label: "ご意見", required: false }],
    }),
  },
  "survey.publish": { expect: ownRegionWriters, input: (t) => ({ id: t.surveyId, version: 1 }) },
  "survey.close": { expect: ownRegionWriters, input: (t) => ({ id: t.surveyId, version: 1 }) },
  "survey.reopen": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.surveyId, version: 1, closesOn: "2026-12-31" }),
  },
  "survey.delete": { expect: ownRegionWriters, input: (t) => ({ id: t.surveyId, version: 1 }) },
  "survey.results": { expect: ownRegionReaders, input: (t) => ({ id: t.surveyId }) },
  "survey.textAnswers": {
    expect: ownRegionReaders,
    input: (t) => ({ id: t.surveyId, questionId: "comment" }),
  },
  "publicSurvey.get": { expect: everyone, input: (t) => ({ token: t.surveyToken }) },
  "publicSurvey.submit": {
    expect: everyone,
    input: (t) => ({
      token: t.surveyToken,
      idempotencyKey: "5f0c8a4e-2b1d-4c3e-9a7f-000000000001",
      answers: {},
    }),
  },
  "hearing.themes": { expect: signedIn, input: () => undefined },
  "hearing.createTheme": { expect: nationalOnly, input: () => ({ nameJa: "新テーマ", nameEn: "New theme" }) },
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
      findings: [{ themeId: t.themeId, body: "わかったこと" }],
    }),
  },
  "timeline.list": { expect: ownRegionReaders, input: (t) => ({ slug: t.slug, ...page }) },
  "timeline.createNote": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      occurredOn: { date: "2026-11-20", precision: "day" },
      title: "メモ",
    }),
  },
  "task.list": { expect: { ...signedIn, partner: ["deny", "deny"] }, input: () => ({}) },
  "task.byId": { expect: taskWorkers, input: (t) => ({ id: t.taskId }) },
  "task.create": {
    expect: ownRegionWriters,
    input: (t) => ({ regionId: t.regionId, title: "新しいタスク" }),
  },
  "task.update": { expect: taskWorkers, input: (t) => ({ id: t.taskId, version: 1, status: "doing" }) },
  "task.setStatus": { expect: taskWorkers, input: (t) => ({ ids: [t.taskId], status: "blocked" }) },
  "task.comment": { expect: taskWorkers, input: (t) => ({ taskId: t.taskId, body: "進めます" }) },
  "milestone.template": { expect: signedIn, input: () => undefined },
  "milestone.addTemplateItem": {
    expect: nationalOnly,
    input: () => ({
      key: "press_release",
      labelJa: "プレスリリース",
      labelEn: "Press release",
      offsetDays: -45,
    }),
  },
  "milestone.updateTemplateItem": {
    expect: nationalOnly,
    input: () => ({
      key: "survey_ready",
      version: 1,
      labelJa: "アンケート準備",
      labelEn: "Survey ready",
      offsetDays: -35,
    }),
  },
  "milestone.forEdition": {
    expect: { ...signedIn, partner: ["allow", "deny"] },
    input: (t) => ({ editionId: t.editionId }),
  },
  "milestone.setForEdition": {
    expect: ownRegionWriters,
    input: (t) => ({ editionId: t.editionId, key: "venue_booked", shiftDays: 7, doneOn: null, version: 0 }),
  },
  "overview.get": { expect: signedIn, input: () => ({}) },
  "timeline.setPublic": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.timelineEntryId, isPublic: false }),
  },
};
