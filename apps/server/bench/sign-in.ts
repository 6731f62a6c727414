// `pnpm --filter @kyoso/server exec tsx bench/sign-in.ts`: what an attacker sees from sign-in over HTTP.
// Prints how many attempts one batched request carries, and the median time of the 1st and 3rd wrong
// password for a real and an unknown address (20 rounds each, interleaved; the counters are cleared between
// rounds). Not a test: times vary with the machine, so they are printed, not asserted.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config";
import { startServer } from "../src/server";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const dataDir = await mkdtemp(path.join(tmpdir(), "kyoso-bench-sign-in-"));
const url = process.env.DATABASE_URL;
const server = await startServer(
  loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    KYOSO_DEMO_DATA: "true",
    KYOSO_WEB_DIST: path.join(dataDir, "no-web"),
    ...(url ? { DATABASE_URL: url } : { KYOSO_DATA_DIR: path.join(dataDir, "db") }),
  }),
);

const post = (procedures: string, body: unknown) =>
  fetch(`${server.url}/trpc/${procedures}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const clearCounts = () =>
  server.database.db.deleteFrom("rateLimit").where("key", "like", "sign-in:%").execute();
const countedAttempts = async () =>
  Number(
    (
      await server.database.db
        .selectFrom("rateLimit")
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("hits"), eb.lit(0)).as("n"))
        .where("key", "like", "sign-in:account:%")
        .executeTakeFirstOrThrow()
    ).n,
  );

try {
  await clearCounts();
  const wrong = { email: "saitama@kyoso.example", password: "wrong-password" };
  const batch = await post(
    `${Array.from({ length: 201 }, () => "auth.signIn").join(",")}?batch=1`,
    Object.fromEntries(Array.from({ length: 201 }, (_, i) => [i, wrong])),
  );
  console.log(`batch of 201 sign-ins: HTTP ${batch.status}, attempts checked: ${await countedAttempts()}`);

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const times = { real: [[], [], []] as number[][], unknown: [[], [], []] as number[][] };
  const statuses = { real: new Set<string>(), unknown: new Set<string>() };
  for (let round = 0; round < ROUNDS; round++) {
    await clearCounts();
    for (let attempt = 0; attempt < 3; attempt++) {
      const pair = [
        ["real", "saitama@kyoso.example"],
        ["unknown", "nobody@kyoso.example"],
      ] as const;
      // Each goes first in every other round, so neither always meets a cold cache or a busy moment.
      for (const [kind, email] of round % 2 === 0 ? pair : [...pair].reverse()) {
        const t = performance.now();
        const res = await post("auth.signIn", { email, password: "wrong-password" });
        times[kind][attempt]?.push(performance.now() - t);
        statuses[kind].add(`${attempt + 1}:${res.status}`);
      }
    }
  }
  for (const kind of ["real", "unknown"] as const) {
    const [first, , third] = times[kind].map(median);
    console.log(
      `${kind.padEnd(7)} address: 1st wrong password median ${first?.toFixed(0)} ms, 3rd ${third?.toFixed(0)} ms; statuses ${[...statuses[kind]].join(" ")}`,
    );
  }
  await clearCounts();
  const sixth = { real: 0, unknown: 0 };
  for (const [kind, email] of [
    ["real", "saitama@kyoso.example"],
    ["unknown", "nobody@kyoso.example"],
  ] as const) {
    for (let i = 0; i < 6; i++)
      sixth[kind] = (await post("auth.signIn", { email, password: "x-wrong" })).status;
  }
  console.log(`6th wrong password from one client: real ${sixth.real}, unknown ${sixth.unknown}`);
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
