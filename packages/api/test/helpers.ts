import { type DatabaseHandle, findUserIdByEmail } from "@kyoso/db";
import { createTestDatabase } from "@kyoso/db/testing";
import { TRPCError } from "@trpc/server";
import { afterEach, beforeEach, expect } from "vitest";
import { createSession, resolveSession } from "../src/auth/sessions";
import { type ContextOptions, createCaller, createContextInner } from "../src/index";

export const DEMO_EMAILS = {
  national: "national@kyoso.example",
  saitama: "saitama@kyoso.example",
  shutoken: "shutoken@kyoso.example",
  probono: "probono@kyoso.example",
  partner: "partner@kyoso.example",
} as const;
export type DemoUserKey = keyof typeof DEMO_EMAILS;

export type Caller = ReturnType<typeof createCaller>;

export interface TestApi {
  handle: DatabaseHandle;
  /** The national team's caller. */
  caller: Caller;
  /** A caller signed in (through a real session) as a demo user. */
  as(user: DemoUserKey, options?: Partial<ContextOptions>): Promise<Caller>;
  /** A caller with no session. */
  anonymous(options?: Partial<ContextOptions>): Caller;
}

/** A fresh demo database per test (PGlite, or PostgreSQL when DATABASE_URL is set). */
export function useTestApi(now = new Date("2026-11-25T03:00:00Z")): TestApi {
  const api = {} as TestApi;
  const base = () => ({
    db: api.handle.db,
    engine: api.handle.engine,
    now: () => now,
    sleep: async () => {},
  });
  beforeEach(async () => {
    api.handle = await createTestDatabase();
    api.anonymous = (options = {}) => createCaller(createContextInner({ ...base(), ...options }));
    api.as = async (user, options = {}) => {
      const userId = await findUserIdByEmail(api.handle.db, DEMO_EMAILS[user]);
      if (!userId) throw new Error(`demo user ${user} missing`);
      const { token } = await createSession(api.handle.db, userId, now);
      const session = await resolveSession(api.handle.db, token, now);
      return createCaller(
        createContextInner({
          ...base(),
          actor: session?.actor ?? null,
          sessionTokenHash: session?.tokenHash ?? null,
          ...options,
        }),
      );
    };
    api.caller = await api.as("national");
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
