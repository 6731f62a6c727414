// `pnpm bench:bundle`: what the web app downloads before its first screen, from the build's Vite manifest
// (apps/web/dist/.vite/manifest.json; `node scripts/build.mjs --web` builds it). Prints, in bytes on the wire
// (raw, gzip -9, brotli as precompressed beside the build):
// - the entry chunk alone,
// - the first signed-in screen (the home at `/`): the entry and every chunk it imports statically (the home route
//   is not lazy), plus the chunks it fetches as it shows (this year's and next year's holiday
//   tables: apps/web/src/components/holiday-years.ts), plus CSS. bench/paint.ts checks it against the bytes the browser
//   really fetches before the home shows its data,
// - every lazily loaded route chunk with its own static imports beyond the first screen's.
// Goal (issue 15): the first screen's JavaScript ≤ 180 KB gzip.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const dist = path.resolve(import.meta.dirname, "../../web/dist");
const manifest = JSON.parse(await readFile(path.join(dist, ".vite/manifest.json"), "utf8"));
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Raw, gzip and brotli sizes of one built file: the precompressed siblings when present (as served). */
const sizeCache = new Map();
async function sizes(file) {
  if (sizeCache.has(file)) return sizeCache.get(file);
  const full = path.join(dist, file);
  const raw = await readFile(full);
  const sibling = (ext) =>
    stat(`${full}.${ext}`).then(
      (s) => s.size,
      () => null,
    );
  const gz = (await sibling("gz")) ?? (await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION })).length;
  const br =
    (await sibling("br")) ??
    (await brotliAsync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }))
      .length;
  const result = { raw: raw.length, gz, br };
  sizeCache.set(file, result);
  return result;
}

/** The manifest keys a chunk pulls in before it runs: itself and its static imports, transitively. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

async function total(keys) {
  const sum = { js: { raw: 0, gz: 0, br: 0 }, css: { raw: 0, gz: 0, br: 0 }, files: 0 };
  const files = new Set();
  for (const key of keys) {
    files.add(manifest[key].file);
    for (const css of manifest[key].css ?? []) files.add(css);
  }
  for (const file of files) {
    const s = await sizes(file);
    const bucket = file.endsWith(".css") ? sum.css : sum.js;
    bucket.raw += s.raw;
    bucket.gz += s.gz;
    bucket.br += s.br;
    sum.files++;
  }
  return sum;
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const line = (label, s) =>
  `${label.padEnd(34)} ${kb(s.raw).padStart(10)} raw ${kb(s.gz).padStart(9)} gzip ${kb(s.br).padStart(9)} br`;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error("no entry chunk in the Vite manifest");
/**
 * Chunks the first screen fetches as it shows (by manifest name): the holiday tables of the years its due dates
 * fall in (apps/web/src/components/holiday-years.ts) — counted as this year's and next year's in Tokyo.
 */
const thisYear = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Tokyo", year: "numeric" }).format());
const LOADED_AT_START = [String(thisYear), String(thisYear + 1)];
const startKeys = Object.keys(manifest).filter((key) => LOADED_AT_START.includes(manifest[key].name));
if (startKeys.length !== LOADED_AT_START.length) throw new Error(`missing start chunks: ${LOADED_AT_START}`);
const rendered = staticClosure(entryKey);
const firstScreen = new Set([...rendered, ...startKeys.flatMap((key) => [...staticClosure(key)])]);
const entryOnly = await total([entryKey]);
const first = await total(firstScreen);

console.log("\nKyoso web bundle — what the browser downloads (apps/web/dist)\n");
console.log(line(`entry chunk ${manifest[entryKey].file}`, entryOnly.js));
console.log(line(`entry + static imports (${rendered.size})`, (await total(rendered)).js));
console.log(line(`first screen JS (${firstScreen.size} chunks)`, first.js));
console.log(line("first screen CSS", first.css));
console.log(`first screen JavaScript goal: ≤ 180 KB gzip — ${first.js.gz <= 180_000 ? "met" : "NOT met"}`);

console.log("\nroute chunks loaded on navigation (JS beyond the first screen's):");
const lazyRoots = new Set(Object.values(manifest).flatMap((chunk) => chunk.dynamicImports ?? []));
const rows = [];
for (const key of lazyRoots) {
  const extra = [...staticClosure(key)].filter((k) => !firstScreen.has(k));
  rows.push([manifest[key].name ?? key, (await total(extra)).js]);
}
rows.sort((a, b) => b[1].gz - a[1].gz);
for (const [name, s] of rows) console.log(line(`  ${name}`, s));

// The public survey answer page (/answer/<token>) is rendered by the server, not this bundle: its only
// JavaScript is one small progressive-enhancement script (apps/server/src/public/answer/script.ts), read here
// from its source. The browser test apps/server/e2e/answer-page.test.ts measures what the page really fetches.
const answerSource = await readFile(
  path.resolve(import.meta.dirname, "../src/public/answer/script.ts"),
  "utf8",
);
const answerScript = Buffer.from(/export const ANSWER_SCRIPT = `([\s\S]*?)`;/.exec(answerSource)?.[1] ?? "");
const answerSizes = {
  raw: answerScript.length,
  gz: (await gzipAsync(answerScript, { level: constants.Z_BEST_COMPRESSION })).length,
  br: (await brotliAsync(answerScript)).length,
};
console.log(`\n${line("answer page JS (server-rendered)", answerSizes)}`);
console.log(`answer page JavaScript goal: ≤ 60 KB gzip — ${answerSizes.gz <= 60_000 ? "met" : "NOT met"}`);
