import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;
/** Below this a compressed file saves less than the headers it adds. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build, so the server sends them as they are
 * (apps/server/src/static-assets.ts) instead of compressing on every request. Maximum levels: this runs once
 * per build, the files are downloaded on every phone.
 */
function precompress(): Plugin {
  return {
    name: "kyoso-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(dir, name);
          const raw = await readFile(file);
          if (raw.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
            gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
        }),
      );
    },
  };
}

// In development the API runs as its own process (apps/server on :3000); in production it serves this build.
const api = "http://localhost:3000";

/**
 * The installable app: its manifest (name, icons, colours) and the service worker of src/sw.ts, into which the
 * plugin writes the list of the build's files to keep on the device. Registered by src/main.tsx after load.
 */
/** A holiday table chunk (assets/2026-<hash>.js) is precached for last year to two years ahead; other files always. */
function keepHolidayYear(url: string): boolean {
  const year = /(?:^|\/)assets\/(\d{4})-[\w-]+\.js$/.exec(url)?.[1];
  if (!year) return true;
  const now = new Date().getFullYear();
  return Number(year) >= now - 1 && Number(year) <= now + 2;
}

const installable = VitePWA({
  strategies: "injectManifest",
  srcDir: "src",
  filename: "sw.ts",
  injectRegister: false,
  manifestFilename: "manifest.webmanifest",
  includeAssets: ["favicon.svg", "apple-touch-icon.png"],
  manifest: {
    name: "難病・慢性疾患就労支援ネットワークフォーラム Kyoso 共創",
    short_name: "Kyoso 共創",
    description: "難病・慢性疾患就労支援ネットワークフォーラムの実行委員会向け準備ダッシュボード",
    lang: "ja",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#0b5394",
    background_color: "#f7f7f4",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  },
  injectManifest: {
    // The app's own files only: .br/.gz copies are the same files, sent by the server when asked for.
    globPatterns: ["**/*.{js,css,html,png,svg,webmanifest}"],
    globIgnores: ["sw.js"],
    // Of the 81 one-year holiday tables, only the years around the build: the rest are kept when first used
    // (src/sw.ts), so installing does not fetch half the build in tables nobody opens.
    manifestTransforms: [
      async (entries) => ({ manifest: entries.filter((e) => keepHolidayYear(e.url)), warnings: [] }),
    ],
  },
});

export default defineConfig({
  plugins: [react(), precompress(), installable],
  // apps/server/bench/bundle.mjs reads it to add up what the first screen downloads.
  build: { manifest: true },
  server: {
    proxy: {
      "/trpc": api,
      "/healthz": api,
      // The public survey answer page and its script are rendered by the server, not this app.
      "/answer": api,
      "/public": api,
    },
  },
});
