import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { appRouter } from "../src/index";
import { DEMO_EMAILS, useTestApi } from "./helpers";

const api = useTestApi();

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;

describe("secrets", () => {
  it("never leave through any procedure: no password hash, no session or invitation token hash", async () => {
    const outputs: unknown[] = [];
    const invitation = await api.caller.user.invite({
      email: "new@kyoso.example",
      displayName: "新しい委員",
      role: "national",
      regionIds: [],
    });
    outputs.push(invitation);
    outputs.push(
      await api.anonymous().auth.acceptInvitation({
        token: invitation.invitationPath.replace("/invite/", ""),
        password: "new-password-2026",
      }),
    );
    outputs.push(
      await api.anonymous().auth.signIn({ email: DEMO_EMAILS.saitama, password: "kyoso-demo-2026" }),
    );

    // Reset and e-mail change links: shown once or mailed, their stored hashes never.
    const probonoId = (await api.caller.user.list()).find((u) => u.email === DEMO_EMAILS.probono)?.id ?? "";
    outputs.push(await api.caller.user.issuePasswordReset({ id: probonoId }));
    outputs.push(await api.anonymous().auth.requestPasswordReset({ email: DEMO_EMAILS.shutoken }));
    outputs.push(
      await api.caller.account.requestEmailChange({
        newEmail: "national-new@kyoso.example",
        currentPassword: "kyoso-demo-2026",
      }),
    );

    // A calendar link: its token is shown once on creation, its stored hash never.
    outputs.push(await api.caller.feedToken.create({ label: "カレンダー" }));
    const saitama = await api.caller.region.bySlug({ slug: "saitama" });
    const agreement = (await api.caller.agreement.forRegion({ slug: "saitama" }))[0];
    const meeting = (await api.caller.meeting.forRegion({ slug: "saitama" })).rows[0];
    const hearing = (await api.caller.hearing.forRegion({ slug: "saitama" })).rows[0];
    const slug = { slug: "saitama" };
    const survey = (await api.caller.survey.forRegion(slug))[0];
    const inputs: Record<string, unknown> = {
      "region.summary": slug,
      "region.page": slug,
      "region.bySlug": slug,
      "forumEdition.byId": { id: saitama.currentEdition?.id },
      "audit.list": {},
      "audit.forRecord": { recordType: "meeting", id: meeting?.id },
      "trash.list": { regionSlug: "saitama" },
      "organization.list": {},
      "organization.byId": { id: agreement?.organizationId },
      "agreement.forRegion": slug,
      "agreement.byId": { id: agreement?.id },
      "agreement.stalled": {},
      "meeting.forRegion": slug,
      "meeting.byId": { id: meeting?.id },
      "hearing.forRegion": slug,
      "hearing.byId": { id: hearing?.id },
      "hearing.findingsByTheme": {},
      "timeline.list": slug,
      "task.list": {},
      "overview.get": {},
      "home.get": {},
      "milestone.forEdition": { editionId: saitama.currentEdition?.id },
      "task.byId": { id: (await api.caller.task.list({})).rows[0]?.id },
      "program.forEdition": { editionId: saitama.currentEdition?.id },
      "announcement.forEdition": { editionId: saitama.currentEdition?.id },
      "retrospective.forEdition": { editionId: saitama.currentEdition?.id },
      "survey.forRegion": slug,
      "survey.byId": { id: survey?.id },
      "survey.copySources": { regionId: saitama.id },
      "survey.results": { id: survey?.id },
      "survey.textAnswers": { id: survey?.id, questionId: "comment" },
      "survey.responses": { surveyId: survey?.id },
      "mail.outbox": {},
      "publicSurvey.get": { token: (await api.caller.survey.byId({ id: survey?.id ?? "" })).publicToken },
      "notification.list": {},
      "networkPage.byId": { id: (await api.caller.networkPage.list())[0]?.id },
      "file.meetingFiles": { meetingId: meeting?.id },
      "file.hearingFiles": { hearingId: hearing?.id },
      "file.editionFiles": { editionId: saitama.currentEdition?.id },
      "file.taskFiles": { taskId: (await api.caller.task.list({})).rows[0]?.id },
      "privacy.readLog": {},
    };
    const queries = Object.entries(procedures).filter(([, p]) => p._def.type === "query");
    expect(queries.length).toBeGreaterThan(5);
    for (const [path] of queries) {
      const [router, name] = path.split(".") as [string, string];
      const fn = (api.caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
        router
      ]?.[name];
      outputs.push(await fn?.(inputs[path]));
    }

    const stored = await sql<{ secret: string }>`
      select password_hash as secret from app_user where password_hash is not null
      union all select token_hash from user_session
      union all select token_hash from invitation
      union all select token_hash from feed_token
      union all select token_hash from password_reset
      union all select token_hash from email_change`.execute(api.handle.db);
    expect(stored.rows.length).toBeGreaterThan(5);
    const text = JSON.stringify(outputs);
    expect(text).not.toMatch(/argon2|passwordHash|password_hash|tokenHash|token_hash/i);
    for (const { secret } of stored.rows) expect(text).not.toContain(secret);
  });
});

describe("audit.list", () => {
  it("filters by record type, region and Japanese date range, and pages on the server", async () => {
    const saitama = await api.caller.region.bySlug({ slug: "saitama" });
    const edition = saitama.currentEdition;
    if (!edition) throw new Error("demo edition");
    let version = edition.version;
    for (const venue of ["A", "B", "C"]) {
      version = (await api.caller.forumEdition.update({ id: edition.id, version, venueName: venue })).version;
    }
    const page1 = await api.caller.audit.list({
      recordType: "forum_edition",
      regionId: saitama.id,
      pageSize: 2,
    });
    expect(page1.total).toBe(3);
    expect(page1.rows.map((r) => (r.after as { venueName: string }).venueName)).toEqual(["C", "B"]);
    const page2 = await api.caller.audit.list({
      recordType: "forum_edition",
      regionId: saitama.id,
      pageSize: 2,
      page: 2,
    });
    expect(page2.rows.map((r) => (r.after as { venueName: string }).venueName)).toEqual(["A"]);
    expect(page1.rows[0]).toMatchObject({
      actorName: "全国 実行チーム",
      regionName: "埼玉県",
      action: "update",
    });

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
    expect((await api.caller.audit.list({ from: today, to: today, recordType: "forum_edition" })).total).toBe(
      3,
    );
    expect((await api.caller.audit.list({ to: "2020-01-01" })).total).toBe(0);
    const other = await api.caller.region.bySlug({ slug: "shutoken" });
    expect((await api.caller.audit.list({ regionId: other.id })).total).toBe(0);
  });
});
