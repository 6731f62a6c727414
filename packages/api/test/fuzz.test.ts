import { type DatabaseHandle, findUserIdByEmail } from "@kyoso/db";
import { createTestDatabase } from "@kyoso/db/testing";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, resolveSession } from "../src/auth/sessions";
import { createCaller, createContextInner } from "../src/index";
import { appRouter } from "../src/root";
import { type arbitraryFor, inputFor, type Pools } from "./fuzz/arbitraries";
import { type Caller, DEMO_EMAILS } from "./helpers";

/**
 * Property-based fuzzing of every procedure: inputs derived from each procedure's own zod schema, mixed with
 * hostile values (NUL, lone surrogates, integers past int4, unknown ids, over-long text) and real ids from the
 * demo data, called as several roles. Bad input must come back as a typed 4xx, never a 5xx.
 * `FUZZ_RUNS` raises the runs per procedure (default 30); `FUZZ_SEED` replays a failure.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const NOW = new Date("2026-11-25T03:00:00Z");
const ROLES = ["national", "saitama", "partner", "anonymous"] as const;
type Role = (typeof ROLES)[number];
// The national team passes every permission check, so its calls reach the services most often.
const ROLE = fc.constantFrom<Role>(
  "national",
  "national",
  "national",
  "national",
  "saitama",
  "saitama",
  "partner",
  "anonymous",
);

// biome-ignore lint/suspicious/noExplicitAny: the router's flat procedure table is typed for tRPC's internals.
const procedures = Object.entries((appRouter as any)._def.procedures as Record<string, any>).map(
  ([path, procedure]) => ({ path, inputs: procedure._def.inputs as Parameters<typeof arbitraryFor>[0][] }),
);

let handle: DatabaseHandle;
let pools: Pools;
const callers = new Map<Role, Caller>();
const tally = { calls: 0, serverErrors: 0 };

async function readPools(db: DatabaseHandle["db"]): Promise<Pools> {
  const tables = await sql<{ tableName: string }>`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`.execute(db);
  const idsByTable = new Map<string, string[]>();
  for (const { tableName } of tables.rows) {
    const rows = await sql<{ id: string }>`select id from ${sql.table(tableName)} limit 30`.execute(db);
    const camel = tableName.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    idsByTable.set(
      camel,
      rows.rows.map((r) => r.id),
    );
  }
  const strings = [
    ...(await db.selectFrom("region").select("slug").execute()).map((r) => r.slug),
    ...(await db.selectFrom("milestoneTemplate").select("key").execute()).map((r) => r.key),
    ...(await db.selectFrom("survey").select("publicToken").execute()).map((r) => r.publicToken),
    ...(await db.selectFrom("surveyQuestion").select("id").limit(40).execute()).map((r) => r.id),
    ...Object.values(DEMO_EMAILS),
    "kyoso-demo-2026",
  ];
  return { idsByTable, allIds: [...idsByTable.values()].flat(), strings };
}

async function callerFor(role: Role): Promise<Caller> {
  const base = { db: handle.db, engine: handle.engine, now: () => NOW, sleep: async () => {} };
  if (role === "anonymous") return createCaller(createContextInner(base));
  const userId = await findUserIdByEmail(handle.db, DEMO_EMAILS[role]);
  if (!userId) throw new Error(`demo user ${role} missing`);
  const { token } = await createSession(handle.db, userId, NOW);
  const session = await resolveSession(handle.db, token, NOW);
  // No session hash: auth.signOut must not end the session the following calls run in.
  return createCaller(createContextInner({ ...base, actor: session?.actor ?? null }));
}

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: walking the caller by a procedure path read at run time.
  const procedure = path.split(".").reduce<any>((node, key) => node[key], caller);
  return procedure(input);
}

const statusOf = (error: unknown) => (error instanceof TRPCError ? getHTTPStatusCodeFromError(error) : 500);

beforeAll(async () => {
  handle = await createTestDatabase();
  pools = await readPools(handle.db);
  for (const role of ROLES) callers.set(role, await callerFor(role));
}, 120_000);

afterAll(async () => {
  console.log(
    `fuzz on ${handle?.engine}: ${procedures.length} procedures × ${RUNS} runs, ${tally.calls} calls, ` +
      `${tally.serverErrors} × 5xx (seed ${SEED})`,
  );
  await handle?.close();
});

describe("every procedure answers bad input with a typed 4xx, never a 5xx", () => {
  it("covers every procedure of the router", () => {
    expect(procedures.length).toBeGreaterThan(80);
  });

  it.each(procedures)("$path", async ({ path, inputs }) => {
    const router = path.split(".")[0] ?? "";
    const input = inputs[0] ? inputFor(inputs[0], pools, router) : fc.constant(undefined);
    await fc.assert(
      fc.asyncProperty(ROLE, input, async (role, value) => {
        tally.calls++;
        const caller = callers.get(role);
        if (!caller) throw new Error(`no caller for ${role}`);
        const error = await call(caller, path, value).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error === undefined || statusOf(error) < 500) return;
        tally.serverErrors++;
        const cause = error instanceof TRPCError ? error.cause : error;
        throw new Error(`${path} as ${role} → ${statusOf(error)}: ${String(cause)}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
