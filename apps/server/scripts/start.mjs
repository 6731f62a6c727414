// `pnpm start`: builds what changed (scripts/build.mjs), then runs the server bundle in this same process, so
// nothing but the server stays in memory and signals reach it directly. `node scripts/start.mjs cli-migrate down`
// runs a command-line tool the same way.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuilt, serverDist, serverEntries } from "./build.mjs";

const [entry = "main", ...args] = process.argv.slice(2);
if (!Object.hasOwn(serverEntries, entry)) {
  console.error(`unknown entry "${entry}": one of ${Object.keys(serverEntries).join(", ")}`);
  process.exit(1);
}
try {
  await ensureBuilt(entry === "main" ? ["web", "server"] : ["server"]);
} catch (error) {
  console.error("ビルドできませんでした (build failed):", error instanceof Error ? error.message : error);
  process.exit(1);
}
const bundle = path.join(serverDist, `${entry}.js`);
// The program sees its arguments as if it had been started directly: `node dist/cli-migrate.js down`.
process.argv = [process.argv[0] ?? process.execPath, bundle, ...args];
await import(pathToFileURL(bundle).href);
