import { randomUUID } from "node:crypto";
import { type DB, insertResponse, listSurveyQuestions } from "@kyoso/db";
import { PREFECTURES } from "@kyoso/domain";
import { hashPassword } from "../src/auth/password";
import { hashToken, newToken } from "../src/auth/tokens";
import { publicSessionId } from "../src/services/account";

// Records the authorization matrix creates so that every allowed call can really succeed: a call that can only
// succeed once (a delete, a publish, a unique name) gets a record or a value of its own each time.

export interface Fixtures {
  db: DB;
  /** The caller's user id (null when anonymous). */
  callerId: string | null;
  /** A number no earlier call of this test used: for unique names, years and keys. */
  unique(): number;
  version(
    table:
      | "forumEdition"
      | "forumSession"
      | "sessionSpeaker"
      | "announcement"
      | "organization"
      | "cohostAgreement"
      | "networkPage"
      | "task",
    id: string,
  ): Promise<number>;
  sessionIds(editionId: string): Promise<string[]>;
  speakerIds(sessionId: string): Promise<string[]>;
  newSession(editionId: string): Promise<{ id: string; version: number }>;
  newSpeaker(sessionId: string): Promise<string>;
  /** One answer to a published survey of the region, as the public page stores it. */
  newResponse(regionId: string): Promise<{ surveyId: string; id: string }>;
  newAnnouncement(editionId: string, status: "draft" | "published"): Promise<{ id: string; version: number }>;
  /** A survey with one optional free-text question, open from 2026-11-01 to 2026-12-31. */
  newSurvey(
    regionId: string,
    status: "draft" | "published" | "closed",
  ): Promise<{ id: string; version: number; token: string }>;
  /** An organization in the given prefecture with no co-host talks yet. */
  newOrganization(prefectureCode: string): Promise<string>;
  /** A co-host talk just proposed (one event) with a new organization of the prefecture. */
  newAgreement(
    editionId: string,
    prefectureCode: string,
  ): Promise<{ id: string; version: number; eventId: string }>;
  /** An open, unassigned task of the region. */
  newTask(regionId: string): Promise<{ id: string; version: number }>;
  /** A comment by the caller on the task. */
  newComment(taskId: string): Promise<{ id: string; version: number }>;
  prefectureName(code: string): string;
  retrospectiveVersion(editionId: string): Promise<number | null>;
  /** The version of an edition's milestone override; 0 while the edition keeps the template's. */
  editionMilestoneVersion(editionId: string, key: string): Promise<number>;
  /** A draft page of the network's own (開催にあたり…), with a unique address. */
  newNetworkPage(): Promise<{ id: string; version: number }>;
  /** One of the caller's own calendar links. */
  newFeedToken(): Promise<string>;
  /** One of the caller's own unread notifications. */
  newNotification(): Promise<string>;
  /** The version of the caller's notification settings (0 before they first save them). */
  notificationSettingsVersion(): Promise<number>;
  /** A user who has not set a password yet, and their invitation token. */
  newInvitee(): Promise<{ id: string; token: string }>;
  userVersion(email: string): Promise<{ id: string; version: number }>;
  templateVersion(key: string): Promise<number>;
  /** A meeting, hearing or timeline note of the region (deleted `deletedDaysAgo` days before 2026-11-25, if given). */
  newRecord(
    kind: "meeting" | "hearing" | "note",
    t: { regionId: string; organizationId: string; themeId: string },
    deletedDaysAgo?: number,
  ): Promise<{ id: string; version: number }>;
  /** A region of its own (a prefecture region for 千葉県), so renaming or archiving it disturbs no other case. */
  newRegion(): Promise<{ id: string; version: number }>;
  /** Puts the caller's demo password back (a password change in an earlier call changed it). */
  restoreDemoPassword(): Promise<void>;
  /** An enabled user with a password, of their own (resets end that user's sessions). */
  newAccount(): Promise<{ id: string; email: string }>;
  /** An open reset link of a new account. */
  newResetToken(): Promise<string>;
  /** An open e-mail change link of a new account, to a new unique address. */
  newEmailChangeToken(): Promise<string>;
  /** Another session of the caller, by its public id. */
  otherSession(): Promise<string>;
  /** A message in the outbox whose delivery failed. */
  failedMail(): Promise<string>;
}

let demoHash: Promise<string> | undefined;

export function makeFixtures(db: DB, callerId: string | null, counter: { n: number }): Fixtures {
  const unique = () => ++counter.n;
  return {
    db,
    callerId,
    unique,
    async newNetworkPage() {
      return db
        .insertInto("networkPage")
        .values({ slug: `page-${unique()}`, title: "ページ", body: "本文" })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
    },
    async version(table, id) {
      const row = await db.selectFrom(table).select("version").where("id", "=", id).executeTakeFirstOrThrow();
      return row.version;
    },
    async sessionIds(editionId) {
      const rows = await db
        .selectFrom("forumSession")
        .select("id")
        .where("editionId", "=", editionId)
        .where("deletedAt", "is", null)
        .execute();
      return rows.map((r) => r.id);
    },
    async speakerIds(sessionId) {
      const rows = await db
        .selectFrom("sessionSpeaker")
        .select("id")
        .where("sessionId", "=", sessionId)
        .where("deletedAt", "is", null)
        .execute();
      return rows.map((r) => r.id);
    },
    async newSession(editionId) {
      return db
        .insertInto("forumSession")
        .values({ editionId, position: 500 + unique(), kind: "report", title: "報告", subtitle: null })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
    },
    async newSpeaker(sessionId) {
      const row = await db
        .insertInto("sessionSpeaker")
        .values({ sessionId, position: 500 + unique(), name: "登壇者", affiliation: null, title: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async newResponse(regionId) {
      const survey = await this.newSurvey(regionId, "published");
      const questions = await listSurveyQuestions(db, survey.id);
      const stored = await insertResponse(
        db,
        {
          surveyId: survey.id,
          idempotencyKey: randomUUID(),
          respondentOrganizationType: null,
          answers: { comment: "テスト送信" },
        },
        questions,
      );
      return { surveyId: survey.id, id: stored.id };
    },
    async newAnnouncement(editionId, status) {
      return db
        .insertInto("announcement")
        .values({
          editionId,
          announcedOn: "2026-11-20",
          title: `お知らせ${unique()}`,
          body: "本文",
          status,
          origin: null,
          publishedAt: status === "published" ? new Date("2026-11-20T00:00:00Z") : null,
        })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
    },
    async newSurvey(regionId, status) {
      const token = newToken();
      const survey = await db
        .insertInto("survey")
        .values({
          regionId,
          editionId: null,
          title: `アンケート${unique()}`,
          introduction: null,
          opensOn: "2026-11-01",
          closesOn: "2026-12-31",
          status,
          publicToken: token,
          copiedFromId: null,
          publishedAt: status === "draft" ? null : new Date("2026-11-01T00:00:00Z"),
          closedAt: status === "closed" ? new Date("2026-11-20T00:00:00Z") : null,
        })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
      await db
        .insertInto("surveyQuestion")
        .values({
          id: "comment",
          surveyId: survey.id,
          position: 1,
          kind: "longText",
          label: "ご意見",
          help: null,
          required: false,
          options: "[]",
          scaleMinLabel: null,
          scaleMaxLabel: null,
        })
        .execute();
      return { ...survey, token };
    },
    async newOrganization(prefectureCode) {
      const name = `新しい団体${unique()}`;
      const row = await db
        .insertInto("organization")
        .values({ name, nameKana: null, type: "npo", prefectureCode, searchText: name, note: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async newAgreement(editionId, prefectureCode) {
      const organizationId = await this.newOrganization(prefectureCode);
      const agreement = await db
        .insertInto("cohostAgreement")
        .values({
          editionId,
          organizationId,
          role: "cooperation",
          status: "proposed",
          statusChangedOn: "2026-11-10",
          nextStepOn: null,
          nextStep: null,
        })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
      const event = await db
        .insertInto("agreementEvent")
        .values({
          agreementId: agreement.id,
          fromStatus: null,
          toStatus: "proposed",
          note: null,
          actorId: null,
          occurredOn: "2026-11-10",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { ...agreement, eventId: event.id };
    },
    async newTask(regionId) {
      return db
        .insertInto("task")
        .values({ regionId, title: `新しいタスク${unique()}` })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
    },
    async newComment(taskId) {
      return db
        .insertInto("taskComment")
        .values({ taskId, authorId: callerId, body: `コメント${unique()}` })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
    },
    prefectureName(code) {
      const found = PREFECTURES.find((p) => p.code === code);
      if (!found) throw new Error(`no prefecture ${code}`);
      return found.nameJa;
    },
    async retrospectiveVersion(editionId) {
      const row = await db
        .selectFrom("editionRetrospective")
        .select("version")
        .where("editionId", "=", editionId)
        .executeTakeFirst();
      return row?.version ?? null;
    },
    async editionMilestoneVersion(editionId, key) {
      const row = await db
        .selectFrom("editionMilestone")
        .select("version")
        .where("editionId", "=", editionId)
        .where("templateKey", "=", key)
        .executeTakeFirst();
      return row?.version ?? 0;
    },
    async newFeedToken() {
      if (!callerId) return randomUUID();
      const row = await db
        .insertInto("feedToken")
        .values({ tokenHash: hashToken(newToken()), userId: callerId, label: "予備" })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async newNotification() {
      if (!callerId) return randomUUID();
      const n = unique();
      const row = await db
        .insertInto("notification")
        .values({
          userId: callerId,
          kind: "meeting_soon",
          dedupeKey: `matrix:${n}`,
          sourceType: null,
          sourceId: null,
          payload: JSON.stringify({
            title: "会議",
            regionNameJa: "埼玉県",
            regionNameEn: "Saitama",
            date: "2026-12-05",
            path: "/",
          }),
          delivery: "app",
          emailAfter: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async notificationSettingsVersion() {
      if (!callerId) return 0;
      const row = await db
        .selectFrom("notificationSetting")
        .select("version")
        .where("userId", "=", callerId)
        .executeTakeFirst();
      return row?.version ?? 0;
    },
    async newInvitee() {
      const user = await db
        .insertInto("appUser")
        .values({
          email: `invitee${unique()}@kyoso.example`,
          displayName: "招待中の人",
          role: "committee",
          passwordHash: null,
          partnerEditionId: null,
          disabledAt: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const token = newToken();
      await db
        .insertInto("invitation")
        .values({
          tokenHash: hashToken(token),
          userId: user.id,
          createdBy: null,
          expiresAt: new Date("2027-01-01T00:00:00Z"),
          usedAt: null,
        })
        .execute();
      return { id: user.id, token };
    },
    async userVersion(email) {
      return db
        .selectFrom("appUser")
        .select(["id", "version"])
        .where("email", "=", email)
        .executeTakeFirstOrThrow();
    },
    async newRegion() {
      return db
        .insertInto("region")
        .values({ slug: `matrix-${unique()}`, nameJa: "千葉県", nameEn: "Chiba", kind: "prefecture" })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
    },
    async templateVersion(key) {
      const row = await db
        .selectFrom("milestoneTemplate")
        .select("version")
        .where("key", "=", key)
        .executeTakeFirstOrThrow();
      return row.version;
    },
    async newRecord(kind, t, deletedDaysAgo) {
      const deletedAt =
        deletedDaysAgo === undefined
          ? null
          : new Date(Date.parse("2026-11-25T03:00:00Z") - deletedDaysAgo * 86_400_000);
      const deleted = { deletedAt, deletedBy: null };
      if (kind === "meeting") {
        return db
          .insertInto("meeting")
          .values({
            regionId: t.regionId,
            kind: "planning",
            heldOn: "2026-11-20",
            title: `会議${unique()}`,
            ...deleted,
          })
          .returning(["id", "version"])
          .executeTakeFirstOrThrow();
      }
      if (kind === "hearing") {
        const hearing = await db
          .insertInto("hearing")
          .values({
            regionId: t.regionId,
            organizationId: t.organizationId,
            heldOn: "2026-11-20",
            interviewer: "聞き手",
            ...deleted,
          })
          .returning(["id", "version"])
          .executeTakeFirstOrThrow();
        await db
          .insertInto("hearingFinding")
          .values({ hearingId: hearing.id, themeId: t.themeId, position: 1, body: "わかったこと" })
          .execute();
        return hearing;
      }
      return db
        .insertInto("timelineEntry")
        .values({
          regionId: t.regionId,
          occurredOn: "2026-11-20",
          kind: "note",
          title: `メモ${unique()}`,
          ...deleted,
        })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
    },
    async restoreDemoPassword() {
      if (!callerId) return;
      demoHash ??= hashPassword("kyoso-demo-2026");
      await db
        .updateTable("appUser")
        .set({ passwordHash: await demoHash })
        .where("id", "=", callerId)
        .execute();
    },
    newAccount: () => newAccount(),
    async newResetToken() {
      const { id } = await newAccount();
      const token = newToken();
      await db
        .insertInto("passwordReset")
        .values({
          tokenHash: hashToken(token),
          userId: id,
          createdBy: null,
          expiresAt: new Date("2027-01-01T00:00:00Z"),
        })
        .execute();
      return token;
    },
    async newEmailChangeToken() {
      const { id } = await newAccount();
      const token = newToken();
      await db
        .insertInto("emailChange")
        .values({
          tokenHash: hashToken(token),
          userId: id,
          newEmail: `changed${unique()}@kyoso.example`,
          expiresAt: new Date("2027-01-01T00:00:00Z"),
        })
        .execute();
      return token;
    },
    async otherSession() {
      const tokenHash = hashToken(newToken());
      if (!callerId) return publicSessionId(tokenHash);
      await db
        .insertInto("userSession")
        .values({ tokenHash, userId: callerId, expiresAt: new Date("2027-01-01T00:00:00Z"), userAgent: null })
        .execute();
      return publicSessionId(tokenHash);
    },
    async failedMail() {
      const row = await db
        .insertInto("mailOutbox")
        .values({
          toAddress: "someone@kyoso.example",
          subject: "件名",
          body: "本文",
          kind: "test",
          status: "failed",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };

  async function newAccount() {
    const email = `account${unique()}@kyoso.example`;
    const user = await db
      .insertInto("appUser")
      .values({
        email,
        displayName: "利用者",
        role: "committee",
        passwordHash: "argon2-placeholder",
        partnerEditionId: null,
        disabledAt: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: user.id, email };
  }
}
