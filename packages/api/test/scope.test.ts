import { findUserIdByEmail } from "@kyoso/db";
import { describe, expect, it } from "vitest";
import { catalogSnapshot, changedTables } from "./authorization-matrix.audit";
import { type Caller, DEMO_EMAILS, type DemoUserKey, trpcError, useTestApi } from "./helpers";

// What a caller may see in lists and refer to in writes, across regions. 埼玉 is one prefecture; 首都圏 covers
// 埼玉・千葉・東京・神奈川, so a 東京 organization is 首都圏's only.

const api = useTestApi();
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

async function world() {
  const db = api.handle.db;
  const region = async (slug: string) => {
    const r = await db.selectFrom("region").select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
    const edition = await db
      .selectFrom("forumEdition")
      .select("id")
      .where("regionId", "=", r.id)
      .orderBy("year", "desc")
      .executeTakeFirstOrThrow();
    const meeting = await db
      .selectFrom("meeting")
      .select("id")
      .where("regionId", "=", r.id)
      .executeTakeFirstOrThrow();
    return { id: r.id, editionId: edition.id, meetingId: meeting.id };
  };
  const user = async (key: DemoUserKey) => (await findUserIdByEmail(db, DEMO_EMAILS[key])) ?? "";
  const saitama = await region("saitama");
  const shutoken = await region("shutoken");
  const theme = await db.selectFrom("hearingTheme").select("id").executeTakeFirstOrThrow();
  // Organizations with notes: one in 埼玉 (both regions cover it) and one in 東京 (首都圏 only).
  const saitamaOrg = await api.caller.organization.create({
    regionId: saitama.id,
    name: "埼玉の団体",
    type: "npo",
    prefectureCode: "11",
    note: "埼玉のメモ",
  });
  const tokyoOrg = await api.caller.organization.create({
    regionId: shutoken.id,
    name: "東京の団体",
    type: "npo",
    prefectureCode: "13",
    note: "東京のメモ",
  });
  const saitamaTask = await api.caller.task.create({ regionId: saitama.id, title: "埼玉のタスク" });
  return {
    saitama,
    shutoken,
    themeId: theme.id,
    saitamaOrgId: saitamaOrg?.id ?? "",
    tokyoOrgId: tokyoOrg?.id ?? "",
    saitamaTask: { id: saitamaTask?.id ?? "", version: saitamaTask?.version ?? 1 },
    users: {
      saitama: await user("saitama"),
      shutoken: await user("shutoken"),
      probono: await user("probono"),
      partner: await user("partner"),
      national: await user("national"),
    },
  };
}

describe("organization list", () => {
  it("shows a partner only their forum's region, and notes only to those who may read a covering region", async () => {
    const w = await world();
    const notes = async (caller: Caller) => {
      const { rows } = await caller.organization.list({ query: "の団体", pageSize: 100 });
      return Object.fromEntries(rows.map((r) => [r.name, r.note]));
    };
    expect(await notes(api.caller)).toEqual({ 埼玉の団体: "埼玉のメモ", 東京の団体: "東京のメモ" });
    expect(await notes(await api.as("saitama"))).toEqual({ 埼玉の団体: "埼玉のメモ", 東京の団体: null });
    expect(await notes(await api.as("shutoken"))).toEqual({
      埼玉の団体: "埼玉のメモ",
      東京の団体: "東京のメモ",
    });
    expect(await notes(await api.as("probono"))).toEqual({ 埼玉の団体: null, 東京の団体: null });
    expect(await notes(await api.as("partner"))).toEqual({ 埼玉の団体: null });
    // The partner's list holds 埼玉 organizations only, whatever the filter asks for.
    const partner = await api.as("partner");
    const all = await partner.organization.list({ pageSize: 100 });
    expect(all.rows.every((r) => r.prefectureCode === "11")).toBe(true);
    expect((await partner.organization.list({ regionId: w.shutoken.id, prefectureCode: "13" })).total).toBe(
      0,
    );
    expect(JSON.stringify(all)).not.toContain("東京のメモ");
  });

  it("offers another region's surveys to copy only once published", async () => {
    const w = await world();
    const draft = await api.caller.survey.create({
      regionId: w.shutoken.id,
      title: "首都圏の下書き",
      opensOn: "2026-12-01",
      closesOn: "2026-12-31",
      questions: [{ kind: "longText", label: "ご意見", required: false }],
    });
    const saitama = await api.as("saitama");
    const sources = await saitama.survey.copySources({ regionId: w.saitama.id });
    expect(sources.map((s) => s.title)).not.toContain("首都圏の下書き");
    const copy = { regionId: w.saitama.id, title: "複製", opensOn: "2026-12-01", closesOn: "2026-12-31" };
    expect((await trpcError(saitama.survey.copy({ ...copy, sourceId: draft.id }))).code).toBe("NOT_FOUND");
    const shutoken = await api.as("shutoken");
    expect((await shutoken.survey.copySources({ regionId: w.shutoken.id })).map((s) => s.title)).toContain(
      "首都圏の下書き",
    );
  });
});

type World = Awaited<ReturnType<typeof world>>;

/** Each kind of id an input refers to, aimed wrong: at another region's record, or at nothing. */
const REFERENCES: {
  what: string;
  as: DemoUserKey;
  call: (c: Caller, w: World) => Promise<unknown>;
  code: "BAD_REQUEST" | "NOT_FOUND";
}[] = [
  {
    what: "a task's meeting from another region",
    as: "saitama",
    call: (c, w) => c.task.create({ regionId: w.saitama.id, title: "t", meetingId: w.shutoken.meetingId }),
    code: "BAD_REQUEST",
  },
  {
    what: "a task's unknown meeting",
    as: "national",
    call: (c, w) => c.task.create({ regionId: w.saitama.id, title: "t", meetingId: UNKNOWN }),
    code: "NOT_FOUND",
  },
  {
    what: "a task's forum edition from another region",
    as: "national",
    call: (c, w) => c.task.create({ regionId: w.saitama.id, title: "t", editionId: w.shutoken.editionId }),
    code: "BAD_REQUEST",
  },
  {
    what: "a task assigned to another region's committee member",
    as: "saitama",
    call: (c, w) => c.task.create({ regionId: w.saitama.id, title: "t", assigneeId: w.users.shutoken }),
    code: "BAD_REQUEST",
  },
  {
    what: "a task assigned to a partner",
    as: "national",
    call: (c, w) => c.task.create({ regionId: w.saitama.id, title: "t", assigneeId: w.users.partner }),
    code: "BAD_REQUEST",
  },
  {
    what: "a task assigned to nobody known",
    as: "saitama",
    call: (c, w) => c.task.create({ regionId: w.saitama.id, title: "t", assigneeId: UNKNOWN }),
    code: "NOT_FOUND",
  },
  {
    what: "a task reassigned to pro bono staff of another region",
    as: "saitama",
    call: (c, w) => c.task.update({ ...w.saitamaTask, assigneeId: w.users.probono }),
    code: "BAD_REQUEST",
  },
  {
    what: "a meeting attended by another region's organization",
    as: "saitama",
    call: (c, w) =>
      c.meeting.create({
        regionId: w.saitama.id,
        kind: "planning",
        heldOn: "2026-11-20",
        title: "m",
        organizationIds: [w.tokyoOrgId],
      }),
    code: "BAD_REQUEST",
  },
  {
    what: "a meeting's action item for another region's member",
    as: "national",
    call: (c, w) =>
      c.meeting.create({
        regionId: w.saitama.id,
        kind: "planning",
        heldOn: "2026-11-20",
        title: "m",
        actionItems: [{ title: "a", assigneeId: w.users.shutoken }],
      }),
    code: "BAD_REQUEST",
  },
  {
    what: "a meeting's forum edition from another region",
    as: "saitama",
    call: (c, w) =>
      c.meeting.create({
        regionId: w.saitama.id,
        editionId: w.shutoken.editionId,
        kind: "planning",
        heldOn: "2026-11-20",
        title: "m",
      }),
    code: "BAD_REQUEST",
  },
  {
    what: "a hearing of another region's organization",
    as: "saitama",
    call: (c, w) =>
      c.hearing.create({
        regionId: w.saitama.id,
        organizationId: w.tokyoOrgId,
        heldOn: "2026-11-20",
        interviewer: "i",
        consent: "verbal",
        purposeOfUse: "フォーラムの企画のため",
        findings: [{ themeId: w.themeId, body: "b" }],
      }),
    code: "BAD_REQUEST",
  },
  {
    what: "a hearing finding under an unknown theme",
    as: "national",
    call: (c, w) =>
      c.hearing.create({
        regionId: w.saitama.id,
        organizationId: w.saitamaOrgId,
        heldOn: "2026-11-20",
        interviewer: "i",
        consent: "verbal",
        purposeOfUse: "フォーラムの企画のため",
        findings: [{ themeId: UNKNOWN, body: "b" }],
      }),
    code: "NOT_FOUND",
  },
  {
    what: "a hearing in an unknown region",
    as: "national",
    call: (c, w) =>
      c.hearing.create({
        regionId: UNKNOWN,
        organizationId: w.saitamaOrgId,
        heldOn: "2026-11-20",
        interviewer: "i",
        consent: "verbal",
        purposeOfUse: "フォーラムの企画のため",
        findings: [{ themeId: w.themeId, body: "b" }],
      }),
    code: "NOT_FOUND",
  },
  {
    what: "a co-host talk with another region's organization",
    as: "saitama",
    call: (c, w) =>
      c.agreement.create({
        editionId: w.saitama.editionId,
        organizationId: w.tokyoOrgId,
        role: "cooperation",
        status: "proposed",
        occurredOn: "2026-11-20",
      }),
    code: "BAD_REQUEST",
  },
  {
    what: "an organization moved to a prefecture outside the editor's regions",
    as: "saitama",
    call: (c, w) =>
      c.organization.update({
        id: w.saitamaOrgId,
        version: 1,
        name: "埼玉の団体",
        type: "npo",
        prefectureCode: "13",
      }),
    code: "BAD_REQUEST",
  },
  {
    what: "a survey's forum edition from another region",
    as: "saitama",
    call: (c, w) =>
      c.survey.create({
        regionId: w.saitama.id,
        editionId: w.shutoken.editionId,
        title: "s",
        opensOn: "2026-12-01",
        closesOn: "2026-12-31",
        questions: [{ kind: "longText", label: "q", required: false }],
      }),
    code: "BAD_REQUEST",
  },
  {
    what: "a note in an unknown region",
    as: "national",
    call: (c) =>
      c.timeline.createNote({
        regionId: UNKNOWN,
        occurredOn: { date: "2026-11-20", precision: "day" },
        title: "n",
      }),
    code: "NOT_FOUND",
  },
  {
    what: "a user invited to an unknown region",
    as: "national",
    call: (c) =>
      c.user.invite({ email: "x@kyoso.example", displayName: "x", role: "committee", regionIds: [UNKNOWN] }),
    code: "NOT_FOUND",
  },
];

describe("ids an input refers to", () => {
  for (const ref of REFERENCES) {
    it(`refuses ${ref.what} (${ref.code}, Japanese message) and writes nothing`, async () => {
      const w = await world();
      const caller = await api.as(ref.as);
      const before = await catalogSnapshot(api.handle.db);
      const error = await trpcError(ref.call(caller, w));
      expect(error.code).toBe(ref.code);
      expect(error.message).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(changedTables(before, await catalogSnapshot(api.handle.db))).toEqual([]);
    });
  }

  it("accepts the same references within the region: its meeting, its member, a national team member", async () => {
    const w = await world();
    const saitama = await api.as("saitama");
    const task = await saitama.task.create({
      regionId: w.saitama.id,
      title: "埼玉の会議から",
      meetingId: w.saitama.meetingId,
      assigneeId: w.users.saitama,
    });
    expect(task?.meetingId).toBe(w.saitama.meetingId);
    const reassigned = await saitama.task.update({
      id: task?.id ?? "",
      version: 1,
      assigneeId: w.users.national,
    });
    expect(reassigned?.assigneeId).toBe(w.users.national);
  });
});
