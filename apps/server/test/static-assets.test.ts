import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, staticAssets } from "../src/static-assets";

// The real web build: `pnpm --filter @kyoso/server test` builds it (with its .br and .gz files) first.
const webDist = path.resolve(import.meta.dirname, "../../web/dist");

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let server: http.Server;
let port: number;
let entry: string;

beforeAll(async () => {
  const app = express();
  app.use(staticAssets(webDist));
  server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
  const html = await readFile(path.join(webDist, "index.html"), "utf8");
  const src = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error("no entry script in the built index.html");
  entry = src;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A GET whose body is the bytes as sent: Node's http does not decompress, unlike fetch. */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: urlPath, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

describe("the built web app over HTTP", () => {
  it("sends the entry chunk as brotli to a browser that takes it, byte-identical once decompressed", async () => {
    const raw = await readFile(path.join(webDist, entry));
    const res = await get(entry, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(res.headers.vary).toContain("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(raw.length / 3);
    expect(brotliDecompressSync(res.body).equals(raw)).toBe(true);
  });

  it("sends gzip to a client that takes gzip only, byte-identical once decompressed", async () => {
    const raw = await readFile(path.join(webDist, entry));
    const res = await get(entry, { "accept-encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toContain("Accept-Encoding");
    expect(gunzipSync(res.body).equals(raw)).toBe(true);
  });

  it("sends the file as it is to a client that asks for no compression", async () => {
    const raw = await readFile(path.join(webDist, entry));
    const res = await get(entry, { "accept-encoding": "identity" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.vary).toContain("Accept-Encoding");
    expect(res.body.equals(raw)).toBe(true);
  });

  it("caches hashed assets for a year as immutable, and revalidates the app shell on every use", async () => {
    const asset = await get(entry, { "accept-encoding": "br" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const shell = await get("/regions/saitama", { "accept-encoding": "br" });
    expect(shell.status).toBe(200);
    expect(shell.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(shell.headers["cache-control"]).toBe("no-cache");
    // The same representation (brotli) as the first answer: each encoding has its own ETag (Vary: Accept-Encoding).
    const again = await get("/regions/saitama", {
      "accept-encoding": "br",
      "if-none-match": String(shell.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  it("answers 404 for a missing asset instead of the app shell", async () => {
    const res = await get("/assets/index-gone.js");
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
  });

  it("serves neither hidden files nor anything outside the build folder", async () => {
    const hidden = await get("/.build-fingerprint");
    expect(hidden.headers["content-type"]).toBe("text/html; charset=utf-8");
    const outside = await get("/%2e%2e/package.json");
    expect(outside.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(outside.body.toString()).not.toContain("@kyoso/web");
  });
});

describe("choosing the encoding from Accept-Encoding", () => {
  it("prefers brotli on a tie and otherwise follows the client's q-values", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip;q=1.0, br;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
  });

  it("sends no compressed copy when the client refuses both or says nothing", () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBeUndefined();
    expect(chooseEncoding("*;q=0")).toBeUndefined();
  });
});
