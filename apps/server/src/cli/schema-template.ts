import { createSchemaTemplate } from "../database";
import { runCli } from "./run-cli";

// Run by scripts/build.mjs after bundling: `node dist/cli-schema-template.js <folder>`.
await runCli(async () => {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: cli-schema-template <folder>");
  await createSchemaTemplate(dir);
});
