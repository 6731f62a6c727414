import { stat } from "node:fs/promises";
import path from "node:path";
import { type Request, type Response, Router } from "express";

/** Vite names every file under /assets by a hash of its contents: a new build gives new names. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html and unhashed files: kept, but checked (ETag) before each use, so a new build shows at once. */
const REVALIDATE = "no-cache";

/** Written beside each text file by the web build (apps/web/vite.config.ts); the server's preference first. */
const PRECOMPRESSED = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;
type Encoding = (typeof PRECOMPRESSED)[number]["encoding"];

/**
 * The built web app: its files (the precompressed copy the client accepts, hashed assets cached for a year),
 * and the app shell for every other GET so client-side routes load. Mounted after every other route.
 */
export function staticAssets(webDist: string): Router {
  const root = path.resolve(webDist);
  const indexHtml = path.join(root, "index.html");
  const router = Router();
  router.get("/{*splat}", async (req, res, next) => {
    try {
      const file = fileFor(root, req.path);
      if (file && (await isFile(file))) {
        await sendFile(req, res, file, req.path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
      } else if (req.path.startsWith("/assets/")) {
        // A missing script must not be answered with the app shell: the browser would run HTML as JavaScript.
        res.status(404).type("text/plain; charset=utf-8").send("Not Found");
      } else if (await isFile(indexHtml)) {
        await sendFile(req, res, indexHtml, REVALIDATE);
      } else {
        res
          .status(503)
          .type("text/plain; charset=utf-8")
          .send(
            "画面がまだビルドされていません。`pnpm start` で起動してください (the web app is not built).",
          );
      }
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** The file a URL path names inside `root`, or null for anything outside it or hidden (dot files). */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.split("/").some((segment) => segment.startsWith("."))) return null;
  const file = path.join(root, decoded);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Brotli or gzip as the client's Accept-Encoding allows (highest q first, brotli on a tie); else none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  let best: Encoding | undefined;
  let bestQ = 0;
  for (const { encoding } of PRECOMPRESSED) {
    const weight = q.get(encoding) ?? q.get("*") ?? 0;
    if (weight > bestQ) [best, bestQ] = [encoding, weight];
  }
  return best;
}

async function sendFile(req: Request, res: Response, file: string, cacheControl: string): Promise<void> {
  res.vary("Accept-Encoding").set("Cache-Control", cacheControl);
  let sent = file;
  const encoding = chooseEncoding(req.get("accept-encoding"));
  const variant = PRECOMPRESSED.find((p) => p.encoding === encoding);
  if (variant && (await isFile(file + variant.suffix))) {
    sent = file + variant.suffix;
    // The type of what is inside, not of the .br or .gz wrapper.
    res.set("Content-Encoding", variant.encoding).type(path.extname(file));
  }
  await new Promise<void>((resolve, reject) => {
    // dotfiles "allow": fileFor already refused hidden request paths; the install folder may itself be hidden.
    res.sendFile(sent, { cacheControl: false, dotfiles: "allow" }, (error?: Error) => {
      // A client that went away mid-download is not a server error.
      if (error && !res.headersSent) reject(error);
      else resolve();
    });
  });
}
