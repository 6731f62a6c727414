import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ScratchDatabase {
  /** Connection string of the new database. */
  url: string;
  /** Drops the database, ending any session still connected to it. */
  drop(): Promise<void>;
  /** Ends every session connected to it, as a restart or failover would (pg_terminate_backend). */
  terminateConnections(): Promise<number>;
  /** Refuses (or again accepts) new connections to it, as while the server is away. */
  allowConnections(allowed: boolean): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway database on the server `url` points at, named after its database with a random suffix.
 * `prepareTemplate`, when given, builds a template database once (under an advisory lock, so parallel
 * workers wait instead of racing) and the scratch database is a copy of it.
 */
export async function createScratchDatabase(
  url: string,
  options: { label: string; template?: { name: string; prepare: (templateUrl: string) => Promise<void> } },
): Promise<ScratchDatabase> {
  const base = new URL(url).pathname.slice(1) || "postgres";
  const name = `${base}_${options.label}_${randomBytes(6).toString("hex")}`;
  const template = options.template;
  await withAdmin(url, async (admin) => {
    if (!template) {
      await admin.query(`create database ${quoteIdent(name)}`);
      return;
    }
    const templateName = `${base}_tpl_${template.name}`;
    await admin.query("select pg_advisory_lock(hashtext($1))", [templateName]);
    try {
      const exists = await admin.query("select 1 from pg_database where datname = $1", [templateName]);
      if (exists.rowCount === 0) {
        await admin.query(`create database ${quoteIdent(templateName)}`);
        await template.prepare(withDatabase(url, templateName));
      }
      await admin.query(`create database ${quoteIdent(name)} template ${quoteIdent(templateName)}`);
    } finally {
      await admin.query("select pg_advisory_unlock(hashtext($1))", [templateName]);
    }
  });
  return {
    url: withDatabase(url, name),
    terminateConnections: () =>
      withAdmin(url, async (admin) => {
        const result = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
          [name],
        );
        return result.rowCount ?? 0;
      }),
    allowConnections: (allowed) =>
      withAdmin(url, (admin) =>
        admin.query(`alter database ${quoteIdent(name)} with allow_connections ${allowed}`),
      ).then(() => {}),
    drop: () =>
      withAdmin(url, (admin) => admin.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(
        () => {},
      ),
  };
}
