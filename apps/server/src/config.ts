import path from "node:path";
import { z } from "zod";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

const flag = z
  .enum(["true", "false", "1", "0"], { message: "true か false を指定してください (use true or false)" })
  .transform((v) => v === "true" || v === "1");

/** An origin such as https://kyoso.example (no path: the app is served from the root). */
const publicUrl = z
  .url({ message: "https://kyoso.example の形式で指定してください (PUBLIC_URL must be a URL)" })
  .refine(
    (u) => {
      const url = new URL(u);
      return /^https?:$/.test(url.protocol) && url.pathname === "/" && !url.search && !url.hash;
    },
    {
      message:
        "http(s):// で始まり、パスを含まないURLを指定してください (PUBLIC_URL must be an http(s) origin, no path)",
    },
  )
  .transform((u) => new URL(u).origin);

/**
 * Express's "trust proxy": false, true, a number of proxy hops, or a comma list of proxy addresses/subnets
 * (or the names loopback, linklocal, uniquelocal).
 */
const trustProxy = z
  .string()
  .trim()
  .min(1)
  .transform((v, ctx): boolean | number | string[] => {
    if (v === "false" || v === "0") return false;
    if (v === "true") return true;
    if (/^\d+$/.test(v)) return Number(v);
    const list = v.split(",").map((a) => a.trim());
    const address = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;
    if (list.every((a) => address.test(a))) return list;
    ctx.addIssue({
      code: "custom",
      message:
        "false、true、プロキシの段数、またはプロキシのアドレスをカンマ区切りで指定してください " +
        "(TRUST_PROXY: false, true, a hop count, or a comma list of proxy addresses)",
    });
    return z.NEVER;
  });

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
  /** The day the demo data is counted from (YYYY-MM-DD); default: today in Tokyo. Tests pin it. */
  KYOSO_DEMO_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "KYOSO_DEMO_TODAY は YYYY-MM-DD で指定してください" })
    .optional(),
  KYOSO_WEB_DIST: z.string().min(1).default(path.join(repoRoot, "apps/web/dist")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: publicUrl.optional(),
  /** The SMTP server mail goes out through (smtp://user:pass@host:587, smtps://…); none: mail stays in the outbox. */
  SMTP_URL: z
    .url({ message: "smtp://user:pass@host:587 の形式で指定してください (SMTP_URL must be a URL)" })
    .refine((u) => /^smtps?:\/\//.test(u), {
      message:
        "smtp:// か smtps:// で始まるURLを指定してください (SMTP_URL must start with smtp:// or smtps://)",
    })
    .optional(),
  /** The sender of every message, e.g. "Kyoso <kyoso@example.jp>". Default: no-reply at PUBLIC_URL's host. */
  MAIL_FROM: z.string().trim().min(3).optional(),
  TRUST_PROXY: trustProxy.default(false),
});

export type Config = {
  port: number;
  host: string;
  database: { engine: "postgres"; url: string } | { engine: "pglite"; dataDir: string };
  demoData: boolean;
  demoToday: string | undefined;
  webDist: string;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  /**
   * The origin every absolute link is built from (pages, feeds, invitations, answer links), never the request's
   * Host. Null only when neither PUBLIC_URL nor a fixed PORT is given (PORT=0): the server then uses the port it got.
   */
  publicUrl: string | null;
  trustProxy: boolean | number | string[];
  /** SMTP_URL: with it mail is delivered; without it, it stays in the outbox for the national team to read. */
  smtpUrl: string | null;
  mailFrom: string | null;
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
    demoToday: e.KYOSO_DEMO_TODAY,
    webDist: path.resolve(e.KYOSO_WEB_DIST),
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? (e.PORT === 0 ? null : `http://localhost:${e.PORT}`),
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? null,
  };
}
