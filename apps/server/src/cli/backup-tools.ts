import { spawn } from "node:child_process";
import { CliError } from "./run-cli";

/**
 * Runs a PostgreSQL client tool (pg_dump, pg_restore). They must be on PATH, of the server's major version or
 * newer: installing the client package (e.g. Debian's postgresql-client-15) is enough.
 */
export function runPgTool(
  tool: "pg_dump" | "pg_restore",
  databaseUrl: string,
  args: string[],
): Promise<void> {
  // The password stays out of the process list: the tools read it from the environment.
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${url.toString()}`], {
      stdio: ["ignore", "inherit", "pipe"],
      env,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new CliError(
              `${tool} が見つかりません。PostgreSQL のクライアント（postgresql-client）をインストールしてください。\n` +
                `${tool} is not on PATH: install the PostgreSQL client tools (e.g. postgresql-client-15).`,
            )
          : error,
      );
    });
    child.once("close", (code) => {
      if (code === 0) resolve();
      else reject(new CliError(`${tool} が失敗しました (${tool} failed, exit ${code}):\n${stderr.trim()}`));
    });
  });
}
