import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

// A phone's outbox may send a write again (the answer was lost on the way back): each carries a key made when
// the person pressed save, and a key repeated by the same person answers as the first send did.
const api = useTestApi();

const meetingFrom = (regionId: string, idempotencyKey: string) => ({
  regionId,
  kind: "committee" as const,
  heldOn: "2026-11-20",
  title: "共催自治体での会議",
  attendees: "自治体、難病相談支援センター",
  decisions: "会場を決定",
  actionItems: [{ title: "案内文を作る" }, { title: "チラシを頼む" }],
  idempotencyKey,
});

async function regions() {
  const saitama = await api.caller.region.summary({ slug: "saitama" });
  const shutoken = await api.caller.region.summary({ slug: "shutoken" });
  return { saitama: saitama.id, shutoken: shutoken.id };
}

describe("writes sent with an idempotency key", () => {
  it("create one meeting (and its action items) for a key sent twice, answering the same both times", async () => {
    const { saitama: regionId } = await regions();
    const saitama = await api.as("saitama");
    const before = (await api.caller.meeting.forRegion({ slug: "saitama" })).total;
    const tasksBefore = (await api.caller.task.list({ regionId })).total;
    const key = randomUUID();
    const first = await saitama.meeting.create(meetingFrom(regionId, key));
    const again = await saitama.meeting.create(meetingFrom(regionId, key));
    expect(again).toEqual(first);
    expect((await api.caller.meeting.forRegion({ slug: "saitama" })).total).toBe(before + 1);
    expect((await api.caller.task.list({ regionId })).total).toBe(tasksBefore + 2);
    // Another key is another meeting.
    await saitama.meeting.create(meetingFrom(regionId, randomUUID()));
    expect((await api.caller.meeting.forRegion({ slug: "saitama" })).total).toBe(before + 2);
  });

  it("keep each person's keys apart: the same key from someone else is their own write", async () => {
    const { shutoken: regionId } = await regions();
    const shutoken = await api.as("shutoken");
    const key = randomUUID();
    const note = {
      regionId,
      occurredOn: { date: "2026-11-01", precision: "day" as const },
      title: "打ち合わせ",
    };
    const mine = await api.caller.timeline.createNote({ ...note, idempotencyKey: key });
    const theirs = await shutoken.timeline.createNote({ ...note, idempotencyKey: key });
    expect(theirs.id).not.toBe(mine.id);
    expect(await shutoken.timeline.createNote({ ...note, idempotencyKey: key })).toEqual(theirs);
    const notes = await api.caller.timeline.list({ slug: "shutoken", kinds: ["note"] });
    expect(notes.rows.filter((r) => r.title === "打ち合わせ")).toHaveLength(2);
  });

  it("still refuse a region the sender may not write, whatever key was used there", async () => {
    const { saitama, shutoken } = await regions();
    const key = randomUUID();
    await api.caller.meeting.create(meetingFrom(shutoken, key));
    const caller = await api.as("saitama");
    const denied = await trpcError(caller.meeting.create(meetingFrom(shutoken, key)));
    expect(denied.code).toBe("FORBIDDEN");
    // The national team's key, repeated for another procedure, is refused rather than answered with a meeting.
    const misused = await trpcError(
      api.caller.timeline.createNote({
        regionId: saitama,
        occurredOn: { date: "2026-11-01", precision: "day" },
        title: "別の操作",
        idempotencyKey: key,
      }),
    );
    expect(misused.code).toBe("CONFLICT");
  });

  it("apply a note correction once: its repeat answers without a version conflict", async () => {
    const { saitama: regionId } = await regions();
    const note = await api.caller.timeline.createNote({
      regionId,
      occurredOn: { date: "2026-11-01", precision: "day" },
      title: "県との打ち合わせ",
    });
    const correction = {
      id: note.id,
      version: note.version ?? 0,
      occurredOn: { date: "2026-11-02", precision: "day" as const },
      title: "県との打ち合わせ（訂正）",
      idempotencyKey: randomUUID(),
    };
    const first = await api.caller.timeline.updateNote(correction);
    expect(await api.caller.timeline.updateNote(correction)).toEqual(first);
    // A different correction made at the old version meanwhile conflicts, as without a key.
    const stale = await trpcError(
      api.caller.timeline.updateNote({ ...correction, idempotencyKey: randomUUID() }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("change a task's status at the version seen, once; a task changed meanwhile is a conflict", async () => {
    const saitama = await api.as("saitama");
    const [task, other] = (await saitama.task.list({})).rows.filter((t) => t.regionName === "埼玉県");
    if (!task || !other) throw new Error("demo tasks");
    const change = {
      ids: [task.id],
      status: "blocked" as const,
      versions: { [task.id]: task.version },
      idempotencyKey: randomUUID(),
    };
    expect(await saitama.task.setStatus(change)).toEqual({ updated: 1 });
    expect(await saitama.task.setStatus(change)).toEqual({ updated: 1 });
    expect((await api.caller.audit.list({ recordType: "task" })).total).toBe(1);
    // Someone else edits the other task; the change made offline at its old version must not overwrite it.
    await api.caller.task.update({ id: other.id, version: other.version, priority: "high" });
    const conflict = await trpcError(
      saitama.task.setStatus({
        ids: [other.id],
        status: "blocked",
        versions: { [other.id]: other.version },
        idempotencyKey: randomUUID(),
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect((await saitama.task.byId({ id: other.id })).status).toBe(other.status);
  });
});
