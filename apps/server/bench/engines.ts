import { connect, type DatabaseHandle } from "@kyoso/db";
import { createScratchDatabase } from "@kyoso/db/testing";

// The engines a benchmark runs on: a fresh in-memory PGlite, and a scratch database on the PostgreSQL server
// at DATABASE_URL (default: the local test server). BENCH_ENGINES=pglite or =postgres runs one of them.

const PG_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const ENGINES = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",");

/** Runs `run` on each engine in turn, closing (and dropping) each database after it. */
export async function onEachEngine<R>(
  run: (engine: string, handle: DatabaseHandle) => Promise<R>,
): Promise<R[]> {
  const reports: R[] = [];
  if (ENGINES.includes("pglite")) {
    const pglite = await connect({ engine: "pglite" });
    try {
      reports.push(await run("pglite", pglite));
    } finally {
      await pglite.close();
    }
  }
  if (ENGINES.includes("postgres")) {
    try {
      const scratch = await createScratchDatabase(PG_URL, { label: "bench" });
      const handle = await connect({ engine: "postgres", databaseUrl: scratch.url });
      try {
        reports.push(await run("postgres", handle));
      } finally {
        await handle.close();
        await scratch.drop();
      }
    } catch (error) {
      console.log(`postgres skipped: ${(error as Error).message}`);
    }
  }
  return reports;
}
