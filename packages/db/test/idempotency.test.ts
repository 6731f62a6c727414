import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  claimIdempotencyKey,
  type DatabaseHandle,
  deleteOldIdempotencyKeys,
  findIdempotencyKey,
  insertUser,
} from "../src/index";
import { createTestDatabase } from "../src/testing/index";

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => {
  await handle.close();
});

describe("idempotency keys", () => {
  it("are forgotten once older than the cut-off, and only those", async () => {
    const userId = await insertUser(
      handle.db,
      {
        email: "phone@example.jp",
        displayName: "携帯",
        role: "national",
        partnerEditionId: null,
        passwordHash: null,
      },
      [],
    );
    const procedure = "meeting.quickLog";
    const [old, fresh] = [randomUUID(), randomUUID()];
    expect(await claimIdempotencyKey(handle.db, { userId, key: old, procedure })).toBe(true);
    expect(await claimIdempotencyKey(handle.db, { userId, key: fresh, procedure })).toBe(true);
    await handle.db
      .updateTable("idempotencyKey")
      .set({ createdAt: new Date("2025-11-01T00:00:00Z") })
      .where("key", "=", old)
      .execute();

    expect(await deleteOldIdempotencyKeys(handle.db, new Date("2025-12-02T00:00:00Z"))).toBe(1);
    expect(await findIdempotencyKey(handle.db, userId, old)).toBeUndefined();
    expect(await findIdempotencyKey(handle.db, userId, fresh)).toMatchObject({ procedure });
    // A key forgotten is free again: the same write sent later counts as a new one.
    expect(await claimIdempotencyKey(handle.db, { userId, key: old, procedure })).toBe(true);
  });
});
