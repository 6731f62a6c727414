import { listTasks } from "@kyoso/db";
import { TASK_SORTS, taskListSchema } from "@kyoso/domain";
import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

describe("task list", () => {
  it("filters by status, region, due range and text, sorts and pages on the server", async () => {
    const shutoken = await api.caller.region.summary({ slug: "shutoken" });
    const open = await api.caller.task.list({
      regionId: shutoken.id,
      statuses: ["todo", "doing"],
      sort: "dueOn",
    });
    expect(open.rows.map((t) => t.title)).toEqual([
      "参加支援機関へのアンケート案を作る",
      "チラシのデザイン案",
      "案内文の英語版を作る",
    ]);
    const dueDecember = await api.caller.task.list({ dueFrom: "2026-12-01", dueTo: "2026-12-31" });
    expect(dueDecember.total).toBe(2);
    expect((await api.caller.task.list({ text: "チラシ" })).rows.map((t) => t.assigneeName)).toEqual([
      "プロボノ スタッフ",
    ]);
    const byPriority = await api.caller.task.list({ sort: "priority", pageSize: 1 });
    expect(byPriority.rows[0]?.priority).toBe("high");
    expect(byPriority.total).toBe(6);
    const page2 = await api.caller.task.list({ sort: "title", pageSize: 4, page: 2 });
    expect(page2.rows).toHaveLength(2);
  });

  it("counts exactly up to the cap, and past it returns the cap as a lower bound", async () => {
    const all = taskListSchema.parse({ pageSize: 2 });
    expect(await listTasks(api.handle.db, all, null, 6)).toMatchObject({
      total: 6,
      totalIsLowerBound: false,
    });
    expect(await listTasks(api.handle.db, all, null, 5)).toMatchObject({ total: 5, totalIsLowerBound: true });
    const capped = await listTasks(api.handle.db, taskListSchema.parse({ pageSize: 2, page: 3 }), null, 3);
    expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(capped.rows).toHaveLength(2);
    const open = taskListSchema.parse({ statuses: ["todo", "doing"] });
    expect(await listTasks(api.handle.db, open, null, 3)).toMatchObject({
      total: 3,
      totalIsLowerBound: true,
    });
    expect(await listTasks(api.handle.db, open, null, 4)).toMatchObject({
      total: 4,
      totalIsLowerBound: false,
    });
    expect(await api.caller.task.list({})).toMatchObject({ total: 6, totalIsLowerBound: false });
  });

  it("pages every sort in both directions without losing or repeating a task", async () => {
    for (const sort of TASK_SORTS) {
      for (const direction of ["asc", "desc"] as const) {
        const whole = await api.caller.task.list({ sort, direction, pageSize: 200 });
        const pages = [1, 2, 3].map((page) => api.caller.task.list({ sort, direction, pageSize: 2, page }));
        const paged = (await Promise.all(pages)).flatMap((p) => p.rows.map((t) => t.id));
        expect(paged, `${sort} ${direction}`).toEqual(whole.rows.map((t) => t.id));
      }
    }
  });

  it("shows each role only what it may see: a committee member their regions, pro bono theirs and their own tasks", async () => {
    const saitama = await api.as("saitama");
    expect((await saitama.task.list({})).rows.every((t) => t.regionName === "埼玉県")).toBe(true);
    const probono = await api.as("probono");
    expect((await probono.task.list({})).total).toBe(4);
    expect((await probono.task.list({ mine: true })).rows.map((t) => t.title)).toEqual([
      "チラシのデザイン案",
    ]);
    const bad = await trpcError(api.caller.task.list({ dueFrom: "2026-12-31", dueTo: "2026-12-01" }));
    expect(bad.code).toBe("BAD_REQUEST");
  });
});

describe("task changes", () => {
  it("let pro bono staff pick up an open task in their region but not one assigned to someone else", async () => {
    const probono = await api.as("probono");
    const me = await probono.auth.me();
    const tasks = (await probono.task.list({})).rows;
    const open = tasks.find((t) => t.title === "案内文の英語版を作る");
    const others = tasks.find((t) => t.title === "参加支援機関へのアンケート案を作る");
    if (!open || !others) throw new Error("demo tasks");
    const picked = await probono.task.update({
      id: open.id,
      version: open.version,
      assigneeId: me?.id ?? null,
      status: "doing",
    });
    expect(picked).toMatchObject({ status: "doing", assigneeName: "プロボノ スタッフ" });
    const denied = await trpcError(
      probono.task.update({ id: others.id, version: others.version, status: "done" }),
    );
    expect(denied.code).toBe("FORBIDDEN");
  });

  it("change many statuses at once with an audit row each, or none when one task is not allowed", async () => {
    const saitama = await api.as("saitama");
    const all = (await api.caller.task.list({})).rows;
    const own = all.filter((t) => t.regionName === "埼玉県").map((t) => t.id);
    const result = await saitama.task.setStatus({ ids: own, status: "blocked" });
    expect(result.updated).toBe(2);
    expect((await api.caller.audit.list({ recordType: "task" })).total).toBe(2);
    const mixed = [...own, all.find((t) => t.regionName === "首都圏")?.id ?? ""];
    const denied = await trpcError(saitama.task.setStatus({ ids: mixed, status: "done" }));
    expect(denied.code).toBe("FORBIDDEN");
    expect((await api.caller.task.list({ statuses: ["blocked"] })).total).toBe(2);
  });

  it("keep comments in order and fail a stale edit with CONFLICT", async () => {
    const [task] = (await api.caller.task.list({ text: "チラシ" })).rows;
    if (!task) throw new Error("demo task");
    await api.caller.task.comment({ taskId: task.id, body: "ラフ案を共有しました" });
    await api.caller.task.comment({ taskId: task.id, body: "色を落ち着いたトーンに" });
    const detail = await api.caller.task.byId({ id: task.id });
    expect(detail.comments.map((c) => [c.body, c.authorName])).toEqual([
      ["ラフ案を共有しました", "全国 実行チーム"],
      ["色を落ち着いたトーンに", "全国 実行チーム"],
    ]);
    await api.caller.task.update({ id: task.id, version: task.version, priority: "high" });
    const stale = await trpcError(
      api.caller.task.update({ id: task.id, version: task.version, priority: "low" }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("create a task in a region and refuse a forum of another region", async () => {
    const saitama = await api.caller.region.bySlug({ slug: "saitama" });
    const shutoken = await api.caller.region.bySlug({ slug: "shutoken" });
    const task = await api.caller.task.create({
      regionId: saitama.id,
      title: "会場の下見",
      dueOn: "2027-01-10",
      priority: "high",
    });
    expect(task).toMatchObject({ regionName: "埼玉県", status: "todo", priority: "high" });
    const wrong = await trpcError(
      api.caller.task.create({
        regionId: saitama.id,
        editionId: shutoken.currentEdition?.id ?? null,
        title: "x",
      }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
  });
});
