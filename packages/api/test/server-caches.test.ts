import { findUserIdByEmail } from "@kyoso/db";
import { StatementCounter } from "@kyoso/db/testing";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createSession, resolveSession } from "../src/auth/sessions";
import { createServerCaches, type ServerCaches } from "../src/index";
import { DEMO_EMAILS, useTestApi } from "./helpers";

const api = useTestApi();
const now = new Date("2026-11-25T03:00:00Z");

/** The national team's caller sharing `caches`, counting its statements. */
async function nationalWith(caches: ServerCaches) {
  const counter = new StatementCounter();
  const caller = await api.as("national", { caches, db: api.handle.db.withPlugin(counter) });
  return { caller, counter };
}

describe("the overview cache", () => {
  it("answers from the cache in one statement while nothing changed", async () => {
    const caches = createServerCaches();
    const { caller, counter } = await nationalWith(caches);
    const first = await caller.overview.get({});
    expect(counter.count).toBe(1);
    counter.count = 0;
    expect(await caller.overview.get({})).toEqual(first);
    expect(counter.count).toBe(1);
  });

  it("shows a task marked done at once: the write bumps the data version", async () => {
    const caches = createServerCaches();
    const { caller } = await nationalWith(caches);
    const before = await caller.overview.get({});
    const due = before.dueTasks?.[0];
    expect(due?.title).toBe("2027年度の開催について難病相談支援センターと相談");
    await caller.task.setStatus({ ids: [String(due?.id)], status: "done" });
    expect((await caller.overview.get({})).dueTasks).toEqual([]);
  });

  it("shows an edition's new title at once, and a change made outside the services too", async () => {
    const caches = createServerCaches();
    const { caller } = await nationalWith(caches);
    const before = await caller.overview.get({});
    const fukuoka = before.regions.find((r) => r.slug === "fukuoka")?.edition;
    if (!fukuoka) throw new Error("no FUKUOKA edition");
    const edition = await api.handle.db
      .selectFrom("forumEdition")
      .select("version")
      .where("id", "=", fukuoka.id)
      .executeTakeFirstOrThrow();
    await caller.forumEdition.update({ id: fukuoka.id, version: edition.version, title: "福岡フォーラム改" });
    const renamed = await caller.overview.get({});
    expect(renamed.regions.find((r) => r.slug === "fukuoka")?.edition?.title).toBe("福岡フォーラム改");
    // A hand-run SQL change (no service, no audit) is caught by the trigger as well.
    await sql`update forum_edition set stage = 'announced' where id = ${fukuoka.id}`.execute(api.handle.db);
    const staged = await caller.overview.get({});
    expect(staged.regions.find((r) => r.slug === "fukuoka")?.edition?.stage).toBe("announced");
    expect(staged.prefectureTiles.find((t) => t.code === "40")?.stage).toBe("announced");
  });

  it("keeps answers apart per role scope: a committee member never gets the national answer", async () => {
    const caches = createServerCaches();
    const { caller } = await nationalWith(caches);
    const national = await caller.overview.get({});
    const saitama = await api.as("saitama", { caches });
    expect(national.dueTasks?.length).toBeGreaterThan(0);
    expect((await saitama.overview.get({})).dueTasks).toBeNull();
    const partner = await api.as("partner", { caches });
    const forum = await partner.overview.get({});
    expect(forum.regions.length).toBe(1);
    expect(forum.byStage).toEqual([]);
  });

  it("does not move the version for a write the overview does not read (a home visit)", async () => {
    const caches = createServerCaches();
    const { caller, counter } = await nationalWith(caches);
    await caller.overview.get({});
    await caller.home.get({});
    counter.count = 0;
    await caller.overview.get({});
    expect(counter.count).toBe(1);
  });
});

describe("the session cache", () => {
  async function session() {
    const userId = await findUserIdByEmail(api.handle.db, DEMO_EMAILS.saitama);
    if (!userId) throw new Error("no demo user");
    const { token } = await createSession(api.handle.db, userId, now);
    return { userId, token };
  }

  it("looks a session up once for a burst of calls, and again after a few seconds", async () => {
    const caches = createServerCaches();
    const { token } = await session();
    const counter = new StatementCounter();
    const db = api.handle.db.withPlugin(counter);
    await resolveSession(db, token, now, caches.sessions);
    await resolveSession(db, token, new Date(now.getTime() + 1000), caches.sessions);
    expect(counter.count).toBe(1);
    await resolveSession(db, token, new Date(now.getTime() + 6000), caches.sessions);
    expect(counter.count).toBe(2);
  });

  it("ends at once on sign-out", async () => {
    const caches = createServerCaches();
    const { token } = await session();
    const resolved = await resolveSession(api.handle.db, token, now, caches.sessions);
    const caller = api.anonymous({
      caches,
      actor: resolved?.actor ?? null,
      sessionTokenHash: resolved?.tokenHash ?? null,
    });
    await caller.auth.signOut();
    expect(await resolveSession(api.handle.db, token, now, caches.sessions)).toBeNull();
  });

  it("ends at once when the national team disables the account", async () => {
    const caches = createServerCaches();
    const { userId, token } = await session();
    expect(await resolveSession(api.handle.db, token, now, caches.sessions)).not.toBeNull();
    const { version } = await api.handle.db
      .selectFrom("appUser")
      .select("version")
      .where("id", "=", userId)
      .executeTakeFirstOrThrow();
    const national = await api.as("national", { caches });
    await national.user.update({ id: userId, version, disabled: true });
    expect(await resolveSession(api.handle.db, token, now, caches.sessions)).toBeNull();
  });
});
