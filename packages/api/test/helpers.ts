import type { DatabaseHandle } from "@kyoso/db";
import { createTestDatabase } from "@kyoso/db/testing";
import { TRPCError } from "@trpc/server";
import { afterEach, beforeEach, expect } from "vitest";
import { createCaller, createContextInner } from "../src/index";

export interface TestApi {
  handle: DatabaseHandle;
  caller: ReturnType<typeof createCaller>;
}

/** A caller on a fresh demo database per test (PGlite, or PostgreSQL when DATABASE_URL is set). */
export function useTestApi(now = new Date("2026-11-25T03:00:00Z")): TestApi {
  const api = {} as TestApi;
  beforeEach(async () => {
    api.handle = await createTestDatabase();
    api.caller = createCaller(
      createContextInner({ db: api.handle.db, engine: api.handle.engine, now: () => now }),
    );
  });
  afterEach(async () => {
    await api.handle.close();
  });
  return api;
}

/** Awaits a call expected to fail and returns its tRPC error. */
export async function trpcError(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}
