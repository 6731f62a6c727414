import { randomUUID } from "node:crypto";
import { UNSTORABLE_TEXT_MESSAGE } from "@kyoso/domain";
import type { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { mapProcedureError } from "../src/errors";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();
/** The Japanese message a client is shown: the first validation issue's (see the error formatter). */
const shown = (error: TRPCError) =>
  (error.cause as ZodError | undefined)?.issues?.[0]?.message ?? error.message;
const regionId = async (slug = "saitama") => (await api.caller.region.summary({ slug })).id;

// Each case here was a 500 found by fuzzing; each must be a typed 4xx with a Japanese message.
describe("bad input is a typed 4xx, never a 500", () => {
  it("refuses NUL in a task title and a lone surrogate in a comment (text that goes to the audit jsonb)", async () => {
    const nul = await trpcError(api.caller.task.create({ regionId: await regionId(), title: "a\u0000b" }));
    expect([nul.code, shown(nul)]).toEqual(["BAD_REQUEST", UNSTORABLE_TEXT_MESSAGE]);
    const task = await api.caller.task.create({ regionId: await regionId(), title: "資料を送る" });
    const surrogate = await trpcError(
      api.caller.task.comment({ taskId: String(task?.id), body: "了解\uD800" }),
    );
    expect([surrogate.code, shown(surrogate)]).toEqual(["BAD_REQUEST", UNSTORABLE_TEXT_MESSAGE]);
    const search = await trpcError(api.caller.task.list({ text: "\u0000" }));
    expect(search.code).toBe("BAD_REQUEST");
  });

  it("refuses a version past PostgreSQL's integer (2,147,483,648)", async () => {
    const task = await api.caller.task.create({ regionId: await regionId(), title: "資料を送る" });
    const error = await trpcError(
      api.caller.task.update({ id: String(task?.id), version: 2_147_483_648, title: "x" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(shown(error)).toBe("数値が大きすぎます。");
  });

  it("answers NOT_FOUND for ids that exist nowhere, even for the national team", async () => {
    const note = await trpcError(
      api.caller.timeline.createNote({
        regionId: randomUUID(),
        occurredOn: { date: "2026-11-20", precision: "day" },
        title: "打ち合わせ",
      }),
    );
    expect(note.code).toBe("NOT_FOUND");
    expect(note.message).toMatch(/見つかりません/);
    const organization = (await api.caller.organization.list({ regionId: await regionId() })).rows[0];
    const hearing = await trpcError(
      api.caller.hearing.create({
        regionId: await regionId(),
        organizationId: organization?.id ?? randomUUID(),
        heldOn: "2026-11-20",
        interviewer: "山田",
        consent: "verbal",
        purposeOfUse: "フォーラムの企画のため",
        findings: [{ themeId: randomUUID(), body: "通院との両立が課題" }],
      }),
    );
    expect(hearing.code).toBe("NOT_FOUND");
    expect(hearing.message).toMatch(/見つかりません/);
  });

  it("answers one of two simultaneous invitations of a new address with CONFLICT, not a 500", async () => {
    const saitama = await regionId();
    const invite = () =>
      api.caller.user.invite({
        email: "new-member@kyoso.example",
        displayName: "新しい委員",
        role: "committee",
        regionIds: [saitama],
      });
    const results = await Promise.allSettled([invite(), invite()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({
      code: "CONFLICT",
      message: "このメールアドレスのユーザーはすでに登録されています。",
    });
  });
});

describe("database errors are mapped in one place", () => {
  it("maps lost connections to 503 and constraint or data errors to 4xx", () => {
    const codeOf = (error: unknown) => mapProcedureError(error)?.code;
    expect(codeOf(new Error("Connection terminated unexpectedly"))).toBe("SERVICE_UNAVAILABLE");
    expect(codeOf(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(
      "SERVICE_UNAVAILABLE",
    );
    expect(codeOf(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(
      "SERVICE_UNAVAILABLE",
    );
    expect(codeOf({ code: "08006" })).toBe("SERVICE_UNAVAILABLE");
    expect(codeOf({ code: "23503" })).toBe("NOT_FOUND");
    expect(codeOf({ code: "23505" })).toBe("CONFLICT");
    expect(codeOf({ code: "22P02" })).toBe("BAD_REQUEST");
    expect(codeOf({ code: "22003" })).toBe("BAD_REQUEST");
    expect(codeOf({ code: "22021" })).toBe("BAD_REQUEST");
    // A bug stays a bug: a missing column is not explained away as bad input.
    expect(mapProcedureError({ code: "42703" })).toBeUndefined();
  });
});
