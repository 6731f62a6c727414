// Builds what `pnpm start` runs, and only what changed since the last build:
// - the web app (Vite, with precompressed .br/.gz files) into apps/web/dist,
// - the server and its command-line tools (esbuild, dependencies left in node_modules) into apps/server/dist,
//   with a PGlite data folder of the migrated schema, copied into a new data folder instead of initdb and migrations.
// Each output folder keeps a fingerprint (SHA-256 of its inputs' contents) of the build it holds; when the inputs
// hash the same the build is skipped. Contents rather than mtimes: a checkout that touches files without
// changing them does not rebuild. `node scripts/build.mjs [--web|--server] [--force]` runs it by hand.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { externalDependencies } from "./external-dependencies.mjs";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const serverDir = path.join(repoRoot, "apps/server");
const webDir = path.join(repoRoot, "apps/web");
export const serverDist = path.join(serverDir, "dist");
const webDist = path.join(webDir, "dist");
const FINGERPRINT = ".build-fingerprint";

/** The entry points bundled into apps/server/dist, all at its top level so `import.meta.dirname` is the same. */
export const serverEntries = {
  main: "src/main.ts",
  "cli-migrate": "src/cli/migrate.ts",
  "cli-seed": "src/cli/seed.ts",
  "cli-create-admin": "src/cli/create-admin.ts",
  "cli-schema-template": "src/cli/schema-template.ts",
};

// What each build reads. The web bundle imports @kyoso/domain at run time (and @kyoso/api for types only).
const shared = [
  "pnpm-lock.yaml",
  "tsconfig.base.json",
  "packages/domain/src",
  "packages/domain/package.json",
];
const inputs = {
  web: [...shared, "apps/web"],
  server: [
    ...shared,
    "apps/server/src",
    "apps/server/scripts",
    "apps/server/package.json",
    "packages/db/src",
    "packages/db/package.json",
    "packages/api/src",
    "packages/api/package.json",
  ],
};
const skipped = new Set(["node_modules", "dist", "test", "test-artifacts"]);

async function filesUnder(relative) {
  const absolute = path.join(repoRoot, relative);
  const entries = await readdir(absolute, { withFileTypes: true }).catch((error) => {
    if (error.code === "ENOTDIR") return null;
    throw error;
  });
  if (entries === null) return [relative];
  const files = [];
  for (const entry of entries) {
    if (skipped.has(entry.name)) continue;
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(child)));
    else if (entry.isFile()) files.push(child);
  }
  return files;
}

/** SHA-256 over the path and contents of every input file, in a stable order. */
async function fingerprint(roots) {
  const hash = createHash("sha256").update(process.version);
  const files = (await Promise.all(roots.map(filesUnder))).flat().sort();
  for (const file of files) hash.update(`${file}\0`).update(await readFile(path.join(repoRoot, file)));
  return hash.digest("hex");
}

const readFingerprint = (dist) => readFile(path.join(dist, FINGERPRINT), "utf8").catch(() => "");

function run(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

async function buildWeb() {
  // Vite from the web app's own dependencies, in a child process: its memory goes when it ends.
  const vite = createRequire(path.join(webDir, "package.json")).resolve("vite/package.json");
  await run([path.join(path.dirname(vite), "bin/vite.js"), "build"], webDir);
}

async function buildServer() {
  const esbuild = await import("esbuild");
  await rm(serverDist, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: serverDir,
    entryPoints: serverEntries,
    outdir: serverDist,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Node's own conditions, so a dependency resolves here to the file Node would load.
    conditions: [],
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [externalDependencies(serverDist)],
  });
  await esbuild.stop();
  await run(
    [path.join(serverDist, "cli-schema-template.js"), path.join(serverDist, "pglite-schema")],
    serverDir,
  );
}

const builds = { web: { dist: webDist, build: buildWeb }, server: { dist: serverDist, build: buildServer } };

/**
 * Builds each of `parts` whose inputs changed since its last build (all of them when `force`); the two run side
 * by side. Returns the parts it built.
 */
export async function ensureBuilt(parts = ["web", "server"], { force = false } = {}) {
  const stale = [];
  for (const part of parts) {
    const current = await fingerprint(inputs[part]);
    if (force || current !== (await readFingerprint(builds[part].dist))) stale.push({ part, current });
  }
  await Promise.all(
    stale.map(async ({ part, current }) => {
      const { dist, build } = builds[part];
      const began = performance.now();
      // A build that fails half-way must not be taken for a finished one next time.
      await rm(path.join(dist, FINGERPRINT), { force: true });
      await build();
      await writeFile(path.join(dist, FINGERPRINT), current);
      console.log(`built ${part} in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    }),
  );
  return stale.map((s) => s.part);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const parts = ["web", "server"].filter((p) => args.includes(`--${p}`));
  await ensureBuilt(parts.length ? parts : undefined, { force: args.includes("--force") });
}
