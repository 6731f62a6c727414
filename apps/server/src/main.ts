import { DataDirLockedError } from "@kyoso/db";
import { ConfigError, loadConfig } from "./config";
import { demoAccountsNotice } from "./demo-notice";
import { PortInUseError, startServer } from "./server";

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  const where =
    config.database.engine === "pglite" ? `embedded PGlite at ${config.database.dataDir}` : "PostgreSQL";
  server.log.info({ engine: config.database.engine }, `Kyoso is running at ${server.url} (${where})`);
  // Plain text, not a log line: this is for the person who just typed `pnpm start`.
  if (config.demoData) console.log(`\n${demoAccountsNotice()}\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    server.log.info({ signal }, "shutting down");
    // Closing the embedded database cleanly keeps its data folder consistent.
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof PortInUseError ||
    error instanceof DataDirLockedError
  ) {
    console.error(error.message);
  } else {
    console.error("起動できませんでした (start-up failed):", error);
  }
  process.exit(1);
});
