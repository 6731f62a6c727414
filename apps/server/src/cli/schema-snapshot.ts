import { writeSchemaSnapshot } from "../database";
import { runCli } from "./run-cli";

// Run by scripts/build.mjs after bundling: `node dist/cli-schema-snapshot.js <file>`.
await runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new Error("usage: cli-schema-snapshot <file.tar>");
  await writeSchemaSnapshot(file);
});
