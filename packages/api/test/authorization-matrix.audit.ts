import type { DB } from "@kyoso/db";
import { sql } from "kysely";

// What a call wrote, read from the catalog rather than from a hand-kept list of tables: every table of the
// schema, every row as text. The demo database is small enough to read whole before and after each call.

export type Snapshot = Map<string, string[]>;

type Row = Record<string, unknown>;

export async function catalogSnapshot(db: DB): Promise<Snapshot> {
  const tables = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(
    db,
  );
  const union = sql.join(
    tables.rows.map(
      ({ name }) => sql`select ${name}::text as tbl, to_jsonb(x)::text as row from ${sql.table(name)} x`,
    ),
    sql` union all `,
  );
  const rows = await sql<{ tbl: string; row: string }>`${union}`.execute(db);
  const snapshot: Snapshot = new Map(tables.rows.map(({ name }) => [name, []]));
  for (const { tbl, row } of rows.rows) snapshot.get(tbl)?.push(row);
  for (const list of snapshot.values()) list.sort();
  return snapshot;
}

/** The tables whose rows differ between two snapshots (a table created or dropped counts too). */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter(
    (name) => (before.get(name) ?? []).join("\n") !== (after.get(name) ?? []).join("\n"),
  );
}

/** Row versions that appeared or disappeared: an insert, a delete, or both sides of an update. */
function changedRows(before: Snapshot, after: Snapshot): { table: string; row: Row }[] {
  const out: { table: string; row: Row }[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const was = new Set(before.get(table) ?? []);
    const is = new Set(after.get(table) ?? []);
    for (const text of was) if (!is.has(text)) out.push({ table, row: JSON.parse(text) as Row });
    for (const text of is) if (!was.has(text)) out.push({ table, row: JSON.parse(text) as Row });
  }
  return out;
}

const ref = (type: string, id: unknown) => `${type}:${String(id)}`;

/**
 * The audit names a changed row may be covered by: its own record, or the record it is part of (a contact is
 * part of its organization, a speaker's position of its session). Null: not a record of the network.
 */
const RECORD_OF: Record<string, ((r: Row) => string[]) | { notARecord: string }> = {
  audit_log: { notARecord: "the audit log itself" },
  user_session: { notARecord: "sessions come and go with sign-in and sign-out" },
  kysely_migration: { notARecord: "schema bookkeeping" },
  rate_limit: { notARecord: "throttling counters of sign-in and public answers, keyed by digests" },
  kysely_migration_lock: { notARecord: "schema bookkeeping" },
  data_version: { notARecord: "cache bookkeeping: bumped by triggers at the commit of audited changes" },
  forum_edition: (r) => [ref("forum_edition", r.id)],
  // A speaker's change bumps its session's version (so a stale session edit conflicts): part of that change.
  forum_session: (r) => [
    ref("forum_session", r.id),
    ref("forum_edition", r.edition_id),
    ref("speaker_of_session", r.id),
  ],
  session_speaker: (r) => [ref("session_speaker", r.id), ref("forum_session", r.session_id)],
  meeting: (r) => [ref("meeting", r.id)],
  meeting_organization: (r) => [ref("meeting", r.meeting_id)],
  // A log entry written with a record (a meeting, a stage change) is that record's line on the timeline.
  timeline_entry: (r) => [
    ref("timeline_entry", r.id),
    ...(r.source_type ? [ref(String(r.source_type), r.source_id)] : []),
    // An answer that takes a survey past 50 or 100 responses logs it: part of that response.
    ...(r.source_type === "survey" ? [ref("survey_response_of", r.source_id)] : []),
  ],
  app_user: (r) => [ref("user", r.id)],
  user_region: (r) => [ref("user", r.user_id)],
  invitation: (r) => [ref("invitation", r.user_id), ref("user", r.user_id)],
  region: (r) => [ref("region", r.id)],
  region_prefecture: (r) => [ref("region", r.region_id)],
  password_reset: (r) => [ref("password_reset", r.user_id)],
  // Opening the confirmation link changes the user's address: that audit row names the user.
  email_change: (r) => [ref("email_change", r.user_id), ref("user", r.user_id)],
  mail_outbox: (r) => [ref("mail", r.id), "mail:queued-by-an-audited-change"],
  organization: (r) => [ref("organization", r.id)],
  organization_contact: (r) => [ref("organization", r.organization_id)],
  cohost_agreement: (r) => [ref("agreement", r.id)],
  agreement_event: (r) => [ref("agreement", r.agreement_id)],
  task: (r) => [ref("task", r.id)],
  task_comment: (r) => [ref("task_comment", r.id)],
  hearing_theme: (r) => [ref("hearing_theme", r.id)],
  hearing: (r) => [ref("hearing", r.id)],
  hearing_finding: (r) => [ref("hearing", r.hearing_id)],
  milestone_template: (r) => [ref("milestone_template", r.key)],
  edition_milestone: (r) => [ref("edition_milestone", `${String(r.edition_id)}:${String(r.template_key)}`)],
  announcement: (r) => [ref("announcement", r.id)],
  edition_retrospective: (r) => [ref("edition_retrospective", r.edition_id)],
  feed_token: (r) => [ref("feed_token", r.id)],
  // A response also counts itself on its survey (response_count).
  survey: (r) => [ref("survey", r.id), ref("survey_response_of", r.id)],
  survey_question: (r) => [ref("survey", r.survey_id)],
  survey_response: (r) => [ref("survey_response", r.id)],
  // Running tallies and the free-text copy are derived from a response of the same survey (recounted from
  // the responses in the survey tests): covered by that response's audit row, named by the survey it is in.
  survey_tally: (r) => [ref("survey_response_of", r.survey_id)],
  survey_text_answer: (r) => [ref("survey_response_of", r.survey_id)],
  // A notification made by a write (a task given an assignee) is part of that record's change.
  notification: (r) => [
    ref("notification", r.id),
    ...(r.source_type ? [ref(String(r.source_type), r.source_id)] : []),
  ],
  notification_setting: (r) => [ref("notification_setting", r.user_id)],
  // A file's content is part of the file (uploads are written over HTTP, not by a procedure).
  file_chunk: (r) => [ref("file", r.file_id)],
  notification_preference: (r) => [ref("notification_setting", r.user_id)],
  read_log: { notARecord: "who read free text: a log of reads, like the audit log of writes" },
  notification_digest: {
    notARecord: "which day's digest went to whom: delivery bookkeeping of notifications",
  },
};

/**
 * Rows an allowed call changed that no audit row it wrote names. A table not listed above must be named by
 * its own `id` under its table name, so a new table is checked from the day it is added.
 */
export async function unauditedChanges(db: DB, before: Snapshot): Promise<string[]> {
  const after = await catalogSnapshot(db);
  const changed = changedRows(before, after);
  const audited = new Set<string>();
  for (const { table, row } of changed) {
    if (table !== "audit_log") continue;
    audited.add(ref(String(row.record_type), row.record_id));
    // A message is queued by the change it tells about, which has its own audit row.
    audited.add("mail:queued-by-an-audited-change");
    if (row.record_type === "session_speaker") {
      for (const side of [row.before, row.after] as ({ sessionId?: string } | null)[])
        if (side?.sessionId) audited.add(ref("speaker_of_session", side.sessionId));
    }
    if (row.record_type === "survey_response") {
      for (const side of [row.before, row.after] as ({ surveyId?: string } | null)[])
        if (side?.surveyId) audited.add(ref("survey_response_of", side.surveyId));
    }
  }
  const missing: string[] = [];
  for (const { table, row } of changed) {
    const rule = RECORD_OF[table] ?? ((r: Row) => [ref(table, r.id)]);
    if (typeof rule !== "function") continue;
    const names = rule(row);
    if (!names.some((name) => audited.has(name))) missing.push(`${table} ${names.join(" / ")}`);
  }
  return [...new Set(missing)];
}
