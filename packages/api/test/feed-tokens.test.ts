import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { personalCalendar, regionCalendar, resolveFeedToken } from "../src/index";
import { trpcError, useTestApi } from "./helpers";

const now = new Date("2026-11-25T03:00:00Z");
const api = useTestApi(now);

describe("private calendar feed links", () => {
  it("are made with a 256-bit token shown once, stored only as its SHA-256 hash, and audited without it", async () => {
    const saitama = await api.as("saitama");
    const created = await saitama.feedToken.create({ label: "仕事用のカレンダー" });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.paths).toEqual({
      mine: `/feeds/ical/${created.token}/mine.ics`,
      region: `/feeds/ical/${created.token}/regions/{slug}.ics`,
    });
    const rows = await api.handle.db.selectFrom("feedToken").select(["tokenHash"]).execute();
    expect(rows).toEqual([{ tokenHash: createHash("sha256").update(created.token).digest("hex") }]);

    const listed = await saitama.feedToken.list();
    expect(listed).toEqual([
      {
        id: created.id,
        label: "仕事用のカレンダー",
        createdAt: now.toISOString(),
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);
    const audit = await api.caller.audit.list({ recordType: "feed_token" });
    expect(JSON.stringify(audit.rows)).not.toContain(created.token);
    expect(audit.rows[0]).toMatchObject({ action: "create", recordId: created.id });
  });

  it("stand for their user until revoked; another user cannot revoke them", async () => {
    const saitama = await api.as("saitama");
    const created = await saitama.feedToken.create({ label: "スマートフォン" });
    const actor = await resolveFeedToken(api.handle.db, created.token, now);
    expect(actor?.role).toBe("committee");
    expect((await saitama.feedToken.list())[0]?.lastUsedAt).toBe(now.toISOString());

    const shutoken = await api.as("shutoken");
    expect((await trpcError(shutoken.feedToken.revoke({ id: created.id }))).code).toBe("NOT_FOUND");
    const revoked = await saitama.feedToken.revoke({ id: created.id });
    expect(revoked.revokedAt).toBe(now.toISOString());
    expect(await resolveFeedToken(api.handle.db, created.token, now)).toBeNull();
    expect((await trpcError(saitama.feedToken.revoke({ id: created.id }))).code).toBe("NOT_FOUND");
    const audit = await api.caller.audit.list({ recordType: "feed_token" });
    expect(audit.rows.map((r) => r.action)).toEqual(["update", "create"]);
  });

  it("stop working when their user is disabled, and refuse a malformed token", async () => {
    const saitama = await api.as("saitama");
    const created = await saitama.feedToken.create({ label: "PC" });
    const user = (await api.caller.user.list()).find((u) => u.email === "saitama@kyoso.example");
    if (!user) throw new Error("demo user");
    await api.caller.user.update({ id: user.id, version: user.version, disabled: true });
    expect(await resolveFeedToken(api.handle.db, created.token, now)).toBeNull();
    expect(await resolveFeedToken(api.handle.db, "short", now)).toBeNull();
  });
});

describe("what the calendars hold", () => {
  it("gives a region's meetings and milestone dates to those who may read it, and nothing to others", async () => {
    const saitamaMember = await resolveMember("saitama");
    const calendar = await regionCalendar(api.handle.db, saitamaMember, "saitama", "2026-11-25");
    const forum = calendar?.events.find((e) => e.uid.endsWith("-forum@kyoso"));
    expect(forum).toMatchObject({ date: "2026-02-21", startTime: null, path: "/regions/saitama" });
    expect(forum?.title).toMatch(/^開催.*：難病・慢性疾患就労支援ネットワークフォーラムSAITAMA2026$/);
    expect(await regionCalendar(api.handle.db, saitamaMember, "shutoken", "2026-11-25")).toBeNull();
    expect(await regionCalendar(api.handle.db, saitamaMember, "nowhere", "2026-11-25")).toBeNull();
  });

  it("gives a member their own open tasks with due dates", async () => {
    const calendar = await personalCalendar(api.handle.db, await resolveMember("shutoken"), "2026-11-25");
    expect(calendar.events.map((e) => e.title)).toContain(
      "期限：参加支援機関へのアンケート案を作る（首都圏）",
    );
    expect(calendar.events.map((e) => e.title)).not.toContain(
      "期限：11月の首都圏ミーティングの日程調整（首都圏）",
    );
  });
});

async function resolveMember(slug: "saitama" | "shutoken") {
  const caller = await api.as(slug);
  const { token } = await caller.feedToken.create({ label: "テスト" });
  const actor = await resolveFeedToken(api.handle.db, token, now);
  if (!actor) throw new Error("feed token");
  return actor;
}
