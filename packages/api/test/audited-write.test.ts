import { type DB, findUserIdByEmail, insertHearingTheme, recordAudits } from "@kyoso/db";
import type { Actor } from "@kyoso/domain";
import { describe, expect, it } from "vitest";
import { createContextInner } from "../src/context";
import { audited } from "../src/services/write";
import { DEMO_EMAILS, useTestApi } from "./helpers";

// The one door for writes: the change and its audit rows commit together or not at all, and the actor is
// the context's.

const api = useTestApi();

const auditRows = (db: DB, recordId: string) =>
  db.selectFrom("auditLog").select(["actorId", "action"]).where("recordId", "=", recordId).execute();

async function context() {
  const db = api.handle.db;
  const id = (await findUserIdByEmail(db, DEMO_EMAILS.saitama)) ?? "";
  const actor = { id, role: "committee", regionIds: [] } as unknown as Actor;
  return createContextInner({ db, engine: api.handle.engine, actor });
}

describe("audited writes", () => {
  it("record the context's actor with the change, and keep neither when the write fails", async () => {
    const ctx = await context();
    const db = api.handle.db;
    const write = (name: string, fail: boolean) =>
      audited(ctx, async ({ tx, audit }) => {
        const id = await insertHearingTheme(tx, { nameJa: name, nameEn: name });
        await audit({
          action: "create",
          recordType: "hearing_theme",
          recordId: id,
          regionId: null,
          before: null,
          after: { name },
        });
        if (fail) throw new Error("the write fails after its audit row");
        return id;
      });

    const kept = await write("残るテーマ", false);
    expect(await auditRows(db, kept)).toEqual([{ actorId: ctx.actor?.id, action: "create" }]);

    const auditCount = async () => (await db.selectFrom("auditLog").select("id").execute()).length;
    const before = await auditCount();
    await expect(write("消えるテーマ", true)).rejects.toThrow("the write fails after its audit row");
    const lost = await db
      .selectFrom("hearingTheme")
      .select("id")
      .where("nameJa", "=", "消えるテーマ")
      .execute();
    expect(lost).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it("write audit rows only inside a transaction: a plain database handle does not build", () => {
    const db = api.handle.db;
    // @ts-expect-error recordAudits takes a transaction, so an audit row cannot commit apart from its change
    const outside = () => recordAudits(db, []);
    expect(typeof outside).toBe("function");
  });
});
