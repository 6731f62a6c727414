import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { appRouter, type Meta } from "../src/index";
import { type Caller, type DemoUserKey, trpcError, useTestApi } from "./helpers";

const api = useTestApi();

type Who = DemoUserKey | "anonymous";
type Verdict = "allow" | "deny";
/** [own region, other region] */
type Row = Record<"national" | "committee" | "probono" | "partner" | "anonymous", [Verdict, Verdict]>;

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

interface Target {
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
}

/** Every procedure: who may call it, and an input aimed at a region. A procedure missing here fails the test. */
const MATRIX: Record<string, { expect: Row; input: (t: Target & { prefectureCode: string }) => unknown }> = {
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
    input: (t) => ({ editionId: t.editionId, key: "venue_booked", shiftDays: 7, doneOn: null }),
  },
  "overview.get": { expect: signedIn, input: () => ({}) },
  "timeline.setPublic": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.timelineEntryId, isPublic: false }),
  },
};

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; meta?: Meta } }
>;

/** Whose own region is which: a 埼玉 member's own is 埼玉 and other is 首都圏 (東京 …); the pro bono's is 首都圏. */
const PEOPLE: { who: Who; role: keyof Row; own: string; other: string }[] = [
  { who: "national", role: "national", own: "saitama", other: "shutoken" },
  { who: "saitama", role: "committee", own: "saitama", other: "shutoken" },
  { who: "probono", role: "probono", own: "shutoken", other: "saitama" },
  { who: "partner", role: "partner", own: "saitama", other: "shutoken" },
  { who: "anonymous", role: "anonymous", own: "saitama", other: "shutoken" },
];

/** The demo records of a region that procedures aim at. */
async function target(slug: string): Promise<Target & { prefectureCode: string }> {
  const db = api.handle.db;
  const region = await db
    .selectFrom("region")
    .select(["id", "slug"])
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow();
  const first = async <T>(query: Promise<T | undefined>, what: string): Promise<T> => {
    const found = await query;
    if (!found) throw new Error(`demo data has no ${what} in ${slug}`);
    return found;
  };
  // The edition with co-host talks (a test may have added a later edition without any).
  const agreement = await first(
    db
      .selectFrom("cohostAgreement")
      .innerJoin("forumEdition", "forumEdition.id", "cohostAgreement.editionId")
      .select(["cohostAgreement.id", "forumEdition.id as editionId"])
      .where("forumEdition.regionId", "=", region.id)
      .executeTakeFirst(),
    "agreement",
  );
  const edition = { id: agreement.editionId };
  const meeting = await first(
    db.selectFrom("meeting").select("id").where("regionId", "=", region.id).executeTakeFirst(),
    "meeting",
  );
  const hearing = await first(
    db.selectFrom("hearing").select("id").where("regionId", "=", region.id).executeTakeFirst(),
    "hearing",
  );
  const entry = await first(
    db.selectFrom("timelineEntry").select("id").where("regionId", "=", region.id).executeTakeFirst(),
    "timeline entry",
  );
  const organization = await first(
    db
      .selectFrom("organization")
      .innerJoin("regionPrefecture", "regionPrefecture.prefectureCode", "organization.prefectureCode")
      .select(["organization.id", "organization.prefectureCode"])
      .where("regionPrefecture.regionId", "=", region.id)
      // 首都圏 includes 埼玉: take its last prefecture's organization, which no 埼玉 member may touch.
      .orderBy("organization.prefectureCode", "desc")
      .orderBy("organization.id")
      .executeTakeFirst(),
    "organization",
  );
  const theme = await first(db.selectFrom("hearingTheme").select("id").executeTakeFirst(), "theme");
  // An open (unassigned) task where there is one: the kind pro bono staff may pick up.
  const task = await first(
    db
      .selectFrom("task")
      .select("id")
      .where("regionId", "=", region.id)
      .orderBy(sql`assignee_id is null`, "desc")
      .orderBy("id")
      .executeTakeFirst(),
    "task",
  );
  return {
    regionId: region.id,
    slug: region.slug,
    editionId: edition.id,
    agreementId: agreement.id,
    meetingId: meeting.id,
    hearingId: hearing.id,
    timelineEntryId: entry.id,
    organizationId: organization.id,
    prefectureCode: organization.prefectureCode ?? "",
    themeId: theme.id,
    taskId: task.id,
  };
}

async function rowCounts(): Promise<string> {
  const result = await sql<{ counts: string }>`
    select concat_ws(',', (select count(*) from audit_log), (select count(*) from forum_edition),
      (select count(*) from timeline_entry), (select count(*) from app_user), (select count(*) from invitation),
      (select max(version) from forum_edition), (select count(*) from organization), (select sum(version) from organization),
      (select count(*) from cohost_agreement), (select count(*) from agreement_event), (select count(*) from meeting),
      (select count(*) from task), (select count(*) from hearing), (select count(*) from hearing_theme),
      (select count(*) filter (where is_public) from timeline_entry), (select sum(version) from task),
      (select count(*) from task), (select count(*) from task_comment), (select sum(version) from milestone_template),
      (select count(*) from milestone_template), (select count(*) from edition_milestone)) as counts`.execute(
    api.handle.db,
  );
  return result.rows[0]?.counts ?? "";
}

async function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const [router, name] = path.split(".") as [string, string];
  const fn = (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
    router
  ]?.[name];
  if (!fn) throw new Error(`no procedure ${path}`);
  return fn(input);
}

describe("authorization matrix", () => {
  it("covers every procedure of the router, and every procedure declares a permission and a scope", () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(MATRIX).sort());
    for (const [path, procedure] of Object.entries(procedures)) {
      expect(procedure._def.meta?.permission, `${path} declares no permission`).toBeTruthy();
      expect(procedure._def.meta?.scope, `${path} declares no scope`).toBeTruthy();
    }
  });

  for (const [path, spec] of Object.entries(MATRIX)) {
    it(`${path}: allows and denies each role in its own and another region as specified`, async () => {
      for (const person of PEOPLE) {
        const caller = person.who === "anonymous" ? api.anonymous() : await api.as(person.who);
        for (const [i, slug] of [person.own, person.other].entries()) {
          const verdict = spec.expect[person.role][i];
          const label = `${path} as ${person.who} in ${i === 0 ? "own" : "other"} region (${slug})`;
          const before = await rowCounts();
          const outcome = await call(caller, path, spec.input(await target(slug))).then(
            () => null,
            (e: { code?: string }) => e,
          );
          if (verdict === "deny") {
            expect((outcome as { code?: string } | null)?.code, label).toBe(
              person.who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN",
            );
            expect(await rowCounts(), `${label} wrote something`).toBe(before);
          } else {
            expect(["FORBIDDEN", "UNAUTHORIZED"], label).not.toContain(
              (outcome as { code?: string } | null)?.code,
            );
          }
        }
      }
    });
  }
});

describe("what other regions see", () => {
  it("gives a 埼玉 member only the summary of 首都圏: no timeline, meetings or notes", async () => {
    const saitama = await api.as("saitama");
    const summary = await saitama.region.summary({ slug: "shutoken" });
    const text = JSON.stringify(summary);
    expect(summary.currentEdition?.stage).toBe("coordinating");
    expect(Object.keys(summary).sort()).toEqual(
      ["currentEdition", "editions", "id", "kind", "nameEn", "nameJa", "prefectures", "slug"].sort(),
    );
    expect(text).not.toContain("多職種連携");
    expect(text).not.toContain("ヒアリング");
    expect((await trpcError(saitama.region.bySlug({ slug: "shutoken" }))).code).toBe("FORBIDDEN");
  });

  it("shows a partner only their own forum's region in the list", async () => {
    const partner = await api.as("partner");
    expect((await partner.region.list()).map((r) => r.slug)).toEqual(["saitama"]);
  });
});
