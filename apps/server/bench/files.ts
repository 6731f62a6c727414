// `pnpm bench:files`: a 20 MB attachment streamed in and out through the file service, on each engine, with the
// process's memory sampled meanwhile: the content passes chunk by chunk (256 KB), so the heap should not grow by
// anything near the file's size. Figures vary with the machine's load: report them with `uptime`.
import { createContextInner, openDownload, uploadFile } from "@kyoso/api";
import {
  type DatabaseHandle,
  findRegionBySlug,
  findUserIdByEmail,
  prepareDatabase,
  seedDemoData,
} from "@kyoso/db";
import { FILE_MAX_BYTES } from "@kyoso/domain";
import { onEachEngine } from "./engines";

const SIZE = FILE_MAX_BYTES - 1024;
const PIECE = 64 * 1024;

/** The upload's body, made piece by piece: the bench never holds the whole file either. */
async function* body() {
  const piece = Buffer.alloc(PIECE, 0x20);
  const first = Buffer.from(piece);
  first.write("%PDF-1.4\n");
  for (let sent = 0; sent < SIZE; sent += PIECE) {
    const next = sent === 0 ? first : piece;
    yield sent + PIECE <= SIZE ? next : next.subarray(0, SIZE - sent);
  }
}

function sampler() {
  const base = process.memoryUsage();
  let heap = 0;
  let rss = 0;
  let pieces = 0;
  let retained = 0;
  const sample = () => {
    // Every 32 pieces (2 MB in, 8 MB out) a full collection shows what is really held, not garbage awaiting GC.
    pieces += 1;
    if (pieces % 32 === 0 && global.gc) {
      global.gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed - base.heapUsed);
    }
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed - base.heapUsed);
    rss = Math.max(rss, now.rss - base.rss);
  };
  // On a timer, and at every piece (PGlite's work can keep the timer from firing).
  const timer = setInterval(sample, 20);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return { heapMb: heap / 1024 / 1024, rssMb: rss / 1024 / 1024, retainedMb: retained / 1024 / 1024 };
    },
  };
}

async function* sampled(source: AsyncIterable<Uint8Array>, sample: () => void) {
  for await (const piece of source) {
    sample();
    yield piece;
  }
}

async function run(engine: string, handle: DatabaseHandle) {
  await prepareDatabase(handle.db);
  await seedDemoData(handle.db);
  const userId = await findUserIdByEmail(handle.db, "saitama@kyoso.example");
  const region = await findRegionBySlug(handle.db, "saitama");
  const meeting = await handle.db
    .selectFrom("meeting")
    .select("id")
    .where("regionId", "=", region?.id ?? "")
    .executeTakeFirstOrThrow();
  if (!userId || !region) throw new Error("demo data missing");
  const ctx = createContextInner({
    db: handle.db,
    engine: handle.engine,
    actor: {
      id: userId,
      role: "committee",
      regionIds: [region.id],
      partnerEditionId: null,
      partnerRegionId: null,
    },
  });
  global.gc?.();
  let memory = sampler();
  let began = performance.now();
  const stored = await uploadFile(ctx, {
    recordType: "meeting",
    recordId: meeting.id,
    name: "bench.pdf",
    declaredBytes: SIZE,
    body: sampled(body(), memory.sample),
  });
  const uploadMs = performance.now() - began;
  const uploadMem = memory.stop();
  global.gc?.();
  memory = sampler();
  began = performance.now();
  let read = 0;
  for await (const chunk of sampled((await openDownload(ctx, stored.id)).content, memory.sample))
    read += chunk.byteLength;
  const downloadMs = performance.now() - began;
  const downloadMem = memory.stop();
  if (read !== SIZE) throw new Error(`read ${read} of ${SIZE} bytes`);
  return { engine, uploadMs, downloadMs, uploadMem, downloadMem };
}

const reports = await onEachEngine(run);
const mb = SIZE / 1024 / 1024;
console.log(`\nAttachments: one ${mb.toFixed(1)} MB file uploaded and downloaded through the file service\n`);
for (const r of reports) {
  console.log(
    `${r.engine.padEnd(9)} upload ${(r.uploadMs / 1000).toFixed(1)} s (${(mb / (r.uploadMs / 1000)).toFixed(1)} MB/s, heap peak +${r.uploadMem.heapMb.toFixed(1)} MB, held after GC +${r.uploadMem.retainedMb.toFixed(1)} MB, rss +${r.uploadMem.rssMb.toFixed(1)} MB)` +
      `  download ${(r.downloadMs / 1000).toFixed(1)} s (${(mb / (r.downloadMs / 1000)).toFixed(1)} MB/s, heap peak +${r.downloadMem.heapMb.toFixed(1)} MB, held after GC +${r.downloadMem.retainedMb.toFixed(1)} MB, rss +${r.downloadMem.rssMb.toFixed(1)} MB)`,
  );
}
