import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createScratchDatabase, type ScratchDatabase } from "@kyoso/db/testing";
import { loadConfig } from "../src/config";
import { type RunningServer, startServer } from "../src/server";

export interface TestServer extends RunningServer {
  /** The temp folder the server's embedded database (if any) lives in. */
  dataDir: string;
}

/**
 * A server with the demo data on a free port, for one test file, serving what it renders itself (no web build):
 * on a new embedded database in a temp folder, or — with `onPostgres` and DATABASE_URL set — on a scratch
 * PostgreSQL database. `close()` stops it and throws its database away.
 */
export async function startTestServer(
  label: string,
  options: { env?: Record<string, string>; onPostgres?: boolean } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `kyoso-${label}-test-`));
  const pgUrl = options.onPostgres ? process.env.DATABASE_URL : undefined;
  let scratch: ScratchDatabase | undefined;
  try {
    scratch = pgUrl ? await createScratchDatabase(pgUrl, { label }) : undefined;
    const server = await startServer(
      loadConfig({
        PORT: "0",
        ...(scratch
          ? { DATABASE_URL: scratch.url, KYOSO_DEMO_DATA: "true" }
          : { KYOSO_DATA_DIR: path.join(dataDir, "db") }),
        KYOSO_WEB_DIST: path.join(dataDir, "no-web-build"),
        LOG_LEVEL: "silent",
        ...options.env,
      }),
    );
    return {
      ...server,
      dataDir,
      close: async () => {
        await server.close();
        await scratch?.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
