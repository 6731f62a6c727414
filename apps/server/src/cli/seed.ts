import { prepareDatabase, seedDemoData } from "@kyoso/db";
import { loadConfig } from "../config";
import { connectConfigured } from "../database";
import { runCli } from "./run-cli";

// `pnpm db:seed` loads the demo data into an empty database (migrating it first).
await runCli(async () => {
  const handle = await connectConfigured(loadConfig());
  try {
    await prepareDatabase(handle.db);
    const seeded = await seedDemoData(handle.db);
    console.log(
      seeded
        ? "デモデータを登録しました (demo data loaded)"
        : "データが既にあるため、デモデータは登録しませんでした (database not empty: nothing loaded)",
    );
  } finally {
    await handle.close();
  }
});
