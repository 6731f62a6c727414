// `pnpm bench` part 4: the organization CSV import at directory scale (issue 12), on each engine.
// 50,000 rows (a national directory) previewed, then created in one transaction with an audit row each.
import { createCaller, createContextInner } from "@kyoso/api";
import { type DatabaseHandle, findUserIdByEmail, prepareDatabase, seedDemoData } from "@kyoso/db";
import { generateOrganizationCsv } from "@kyoso/db/testing";
import { onEachEngine } from "./engines";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);

async function run(engine: string, handle: DatabaseHandle) {
  await prepareDatabase(handle.db);
  await seedDemoData(handle.db);
  const nationalId = await findUserIdByEmail(handle.db, "national@kyoso.example");
  if (!nationalId) throw new Error("demo national user missing");
  const caller = createCaller(
    createContextInner({
      db: handle.db,
      engine: handle.engine,
      actor: {
        id: nationalId,
        role: "national",
        regionIds: [],
        partnerEditionId: null,
        partnerRegionId: null,
      },
    }),
  );
  const { id: regionId } = await caller.region.summary({ slug: "saitama" });
  const csv = Buffer.from(generateOrganizationCsv(ROWS));
  const fileBase64 = csv.toString("base64");

  let began = performance.now();
  const preview = await caller.organization.importPreview({ regionId, fileBase64 });
  const previewMs = performance.now() - began;
  began = performance.now();
  const result = await caller.organization.importCommit({ regionId, fileBase64 });
  const commitMs = performance.now() - began;
  if (result.created !== preview.toCreate.length)
    throw new Error("commit created a different number of rows");
  return { engine, bytes: csv.length, base64: fileBase64.length, previewMs, commitMs, ...result };
}

const reports = await onEachEngine(run);
console.log(`\nOrganization CSV import: ${ROWS.toLocaleString()} rows (1 in 1,000 rejected)\n`);
for (const r of reports) {
  const rate = Math.round(r.created / (r.commitMs / 1000)).toLocaleString();
  console.log(
    `${r.engine.padEnd(9)} file ${(r.bytes / 1024 / 1024).toFixed(1)} MB (${(r.base64 / 1024 / 1024).toFixed(1)} MB as base64)` +
      `  preview ${(r.previewMs / 1000).toFixed(1)} s  confirm ${(r.commitMs / 1000).toFixed(1)} s` +
      ` (${r.created.toLocaleString()} created, ${r.rejected} rejected, ${rate} rows/s; re-reads the file)`,
  );
}
