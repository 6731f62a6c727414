import path from "node:path";
import { z } from "zod";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

const flag = z
  .enum(["true", "false", "1", "0"], { message: "true か false を指定してください (use true or false)" })
  .transform((v) => v === "true" || v === "1");

const schema = z.object({
  PORT: z.coerce
    .number({ message: "ポート番号は数値で指定してください (PORT must be a number)" })
    .int()
    .min(0)
    .max(65535, { message: "ポート番号は0〜65535で指定してください (PORT must be 0–65535)" })
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .url({ message: "postgres://user@host:5432/db の形式で指定してください (DATABASE_URL must be a URL)" })
    .refine((u) => /^postgres(ql)?:\/\//.test(u), {
      message: "postgres:// で始まるURLを指定してください (DATABASE_URL must start with postgres://)",
    })
    .optional(),
  KYOSO_DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".kyoso-data")),
  /** Load the demo data into an empty database. Default: on for the embedded database, off for PostgreSQL. */
  KYOSO_DEMO_DATA: flag.optional(),
  KYOSO_WEB_DIST: z.string().min(1).default(path.join(repoRoot, "apps/web/dist")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  port: number;
  host: string;
  database: { engine: "postgres"; url: string } | { engine: "pglite"; dataDir: string };
  demoData: boolean;
  webDist: string;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
};

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** The one place the environment is read. A bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`設定が正しくありません (invalid configuration):\n${lines.join("\n")}`);
  }
  const e = result.data;
  const database = e.DATABASE_URL
    ? ({ engine: "postgres", url: e.DATABASE_URL } as const)
    : ({ engine: "pglite", dataDir: path.resolve(e.KYOSO_DATA_DIR) } as const);
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    demoData: e.KYOSO_DEMO_DATA ?? database.engine === "pglite",
    webDist: path.resolve(e.KYOSO_WEB_DIST),
    logLevel: e.LOG_LEVEL,
  };
}
