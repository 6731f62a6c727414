import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

// "Today" in these tests is 2026-11-25 (Japan).
const api = useTestApi();

async function shutoken() {
  const region = await api.caller.region.bySlug({ slug: "shutoken" });
  const edition = region.currentEdition;
  if (!edition) throw new Error("demo 首都圏 edition");
  return { region, edition };
}

describe("co-host agreements", () => {
  it("move along 打診 → 協議中 with history, a timeline entry and an audit row", async () => {
    const [chiba] = (await api.caller.agreement.forRegion({ slug: "shutoken" })).filter(
      (a) => a.organizationName === "千葉県難病相談支援センター",
    );
    if (!chiba) throw new Error("demo agreement");
    const moved = await api.caller.agreement.transition({
      id: chiba.id,
      version: chiba.version,
      to: "negotiating",
      occurredOn: "2026-11-20",
      note: "後援名義の申請書類を確認",
    });
    expect(moved).toMatchObject({
      status: "negotiating",
      statusChangedOn: "2026-11-20",
      version: chiba.version + 1,
    });
    const detail = await api.caller.agreement.byId({ id: chiba.id });
    expect(detail.history.map((h) => [h.fromStatus, h.toStatus, h.note, h.actorName])).toEqual([
      [null, "proposed", "後援のご依頼", null],
      ["proposed", "negotiating", "後援名義の申請書類を確認", "全国 実行チーム"],
    ]);
    const timeline = await api.caller.timeline.list({ slug: "shutoken", kinds: ["agreement"] });
    expect(timeline.rows[0]).toMatchObject({
      occurredOn: "2026-11-20",
      title: "千葉県難病相談支援センター：打診→協議中",
    });
    expect((await api.caller.audit.list({ recordType: "agreement" })).rows[0]?.recordId).toBe(chiba.id);
  });

  it("refuse 打診 → 正式決定 with a Japanese reason and change nothing", async () => {
    const [chiba] = (await api.caller.agreement.forRegion({ slug: "shutoken" })).filter(
      (a) => a.status === "proposed",
    );
    if (!chiba) throw new Error("demo agreement");
    const error = await trpcError(
      api.caller.agreement.transition({
        id: chiba.id,
        version: chiba.version,
        to: "confirmed",
        occurredOn: "2026-11-20",
      }),
    );
    expect(error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(error.message).toContain("「打診」から「正式決定」へ変更することはできません");
    expect((await api.caller.agreement.byId({ id: chiba.id })).history).toHaveLength(1);
  });

  it("list open talks without movement for 30 days across regions, not the decided ones", async () => {
    const stalled = await api.caller.agreement.stalled({ days: 30 });
    expect(stalled.map((a) => a.organizationName).sort()).toEqual([
      "千葉県難病相談支援センター",
      "東京都難病相談・支援センター",
    ]);
  });

  it("refuse a second agreement with the same organization for one forum", async () => {
    const { edition } = await shutoken();
    const [tokyo] = (await api.caller.organization.list({ query: "東京都難病" })).rows;
    const error = await trpcError(
      api.caller.agreement.create({
        editionId: edition.id,
        organizationId: tokyo?.id ?? "",
        role: "cohost",
        status: "proposed",
        occurredOn: "2026-11-20",
      }),
    );
    expect(error.code).toBe("CONFLICT");
  });
});

describe("meetings", () => {
  it("log a meeting whose action items become tasks and whose next date is known only to the month", async () => {
    const { region, edition } = await shutoken();
    const [tokyo] = (await api.caller.organization.list({ query: "東京都難病" })).rows;
    const users = await api.caller.user.list();
    const probono = users.find((u) => u.role === "probono");
    const meeting = await api.caller.meeting.create({
      regionId: region.id,
      editionId: edition.id,
      kind: "committee",
      heldOn: "2026-11-20",
      startTime: "14:00",
      endTime: "15:30",
      title: "首都圏 実行委員会",
      online: true,
      attendees: "共催自治体、難病相談支援センター",
      organizationIds: [tokyo?.id ?? ""],
      minutes: "## 議題\n- 会場の候補",
      decisions: "会場候補を2か所に絞る",
      nextMeeting: { date: "2026-12-01", precision: "month" },
      actionItems: [{ title: "会場の見積もりを取る", assigneeId: probono?.id ?? null, dueOn: "2026-12-10" }],
    });
    expect(meeting).toMatchObject({
      startTime: "14:00",
      endTime: "15:30",
      online: true,
      nextMeeting: { date: "2026-12-01", precision: "month" },
      organizations: [{ name: "東京都難病相談・支援センター" }],
      tasks: [
        {
          title: "会場の見積もりを取る",
          status: "todo",
          dueOn: "2026-12-10",
          assigneeName: "プロボノ スタッフ",
        },
      ],
    });
    const timeline = await api.caller.timeline.list({ slug: "shutoken" });
    expect(timeline.rows[0]).toMatchObject({
      kind: "meeting",
      title: "首都圏 実行委員会",
      sourceId: meeting?.id,
    });
    const list = await api.caller.meeting.forRegion({ slug: "shutoken" });
    expect(list.rows[0]?.id).toBe(meeting?.id);
  });

  it("refuse an end time before the start and an unknown organization, writing nothing", async () => {
    const { region } = await shutoken();
    const base = {
      regionId: region.id,
      kind: "planning" as const,
      heldOn: "2026-11-20",
      title: "打ち合わせ",
    };
    const times = await trpcError(
      api.caller.meeting.create({ ...base, startTime: "15:00", endTime: "14:00" }),
    );
    expect(JSON.stringify(times.cause)).toContain("終了時刻は開始時刻より後にしてください。");
    const before = (await api.caller.meeting.forRegion({ slug: "shutoken" })).total;
    const unknown = await trpcError(
      api.caller.meeting.create({ ...base, organizationIds: ["00000000-0000-4000-8000-000000000000"] }),
    );
    // An unknown referenced id is NOT_FOUND, as everywhere (one of another region is BAD_REQUEST).
    expect(unknown.code).toBe("NOT_FOUND");
    expect(unknown.message).toContain("見つかりません");
    expect((await api.caller.meeting.forRegion({ slug: "shutoken" })).total).toBe(before);
  });
});

describe("hearings", () => {
  it("record findings by theme and show them across regions with who said it where", async () => {
    const { region } = await shutoken();
    const themes = await api.caller.hearing.themes();
    const employment = themes.find((t) => t.nameJa === "雇用");
    const [kanagawa] = (await api.caller.organization.list({ query: "神奈川" })).rows;
    await api.caller.hearing.create({
      regionId: region.id,
      organizationId: kanagawa?.id ?? "",
      heldOn: "2026-11-18",
      interviewer: "首都圏 実行委員",
      consent: "verbal",
      purposeOfUse: "フォーラムの企画のため",
      findings: [{ themeId: employment?.id ?? "", body: "短時間勤務の求人が少ない" }],
    });
    const byTheme = await api.caller.hearing.findingsByTheme({ themeId: employment?.id });
    expect(byTheme.rows.map((f) => [f.body, f.organizationName, f.regionName])).toEqual([
      ["短時間勤務の求人が少ない", "神奈川県難病相談・支援センター", "首都圏"],
      ["企業側の理解を広げる機会がほしい。", "埼玉県難病相談支援センター", "埼玉県"],
    ]);
  });

  it("need at least one finding", async () => {
    const { region } = await shutoken();
    const [tokyo] = (await api.caller.organization.list({ query: "東京都難病" })).rows;
    const error = await trpcError(
      api.caller.hearing.create({
        regionId: region.id,
        organizationId: tokyo?.id ?? "",
        heldOn: "2026-11-18",
        interviewer: "x",
        consent: "verbal",
        purposeOfUse: "フォーラムの企画のため",
        findings: [],
      }),
    );
    expect(JSON.stringify(error.cause)).toContain("わかったことを1つ以上入力してください。");
  });
});

describe("the region timeline", () => {
  it("lists newest first, filters by kind and pages on the server", async () => {
    const all = await api.caller.timeline.list({ slug: "saitama" });
    const dates = all.rows.map((r) => r.occurredOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const meetings = await api.caller.timeline.list({ slug: "saitama", kinds: ["meeting"] });
    expect(meetings.rows.every((r) => r.kind === "meeting")).toBe(true);
    const page2 = await api.caller.timeline.list({ slug: "saitama", pageSize: 2, page: 2 });
    expect(page2.rows.map((r) => r.id)).toEqual(all.rows.slice(2, 4).map((r) => r.id));
  });

  it("keeps a month-only note as a month and lets writers mark entries public", async () => {
    const { region } = await shutoken();
    const note = await api.caller.timeline.createNote({
      regionId: region.id,
      occurredOn: { date: "2026-12-01", precision: "month" },
      title: "次回ミーティング（12月）",
    });
    expect(note).toMatchObject({ precision: "month", isPublic: false });
    const updated = await api.caller.timeline.setPublic({ id: note.id, isPublic: true });
    expect(updated.isPublic).toBe(true);
    expect((await api.caller.audit.list({ recordType: "timeline_entry" })).total).toBe(2);
  });
});
