import {
  eraseSurveyFreeText,
  findSubjectRecords,
  findSurvey,
  insertReadLogs,
  listSurveysDueForErasure,
  type ReadLogRow,
  type ReadMark,
  setSurveyRetention,
} from "@kyoso/db";
import { DomainError, type ReadKind, type SurveyRetention, todayInTokyo } from "@kyoso/domain";
import type { Context } from "../context";
import { audited } from "./write";

// Privacy by design: the read log, the free-text retention of surveys, and the subject access export.

type DB = Context["db"];

/**
 * Logs that the caller read free text of these records, before the text is handed out: if the log cannot be
 * written, the request fails and nothing is read. `db` is the request's (or an export's) connection.
 */
export async function logReads(
  ctx: { db: DB; actor: Context["actor"]; now: () => Date },
  what: ReadKind,
  records: readonly { recordType: ReadLogRow["recordType"]; recordId: string; regionId: string | null }[],
): Promise<void> {
  const seen = new Set<string>();
  const rows: ReadLogRow[] = [];
  for (const r of records) {
    if (seen.has(r.recordId)) continue;
    seen.add(r.recordId);
    rows.push({ ...r, actorId: ctx.actor?.id ?? null, what });
  }
  await insertReadLogs(ctx.db, rows, ctx.now());
}

/** Who reads what now, for a query that logs its own reads in the statement that reads (no `logReads` then). */
export function readMark(ctx: { actor: Context["actor"]; now: () => Date }, what: ReadKind): ReadMark {
  return { actorId: ctx.actor?.id ?? null, what, at: ctx.now() };
}

/** Sets how many days after its closing day a survey keeps its free-text answers (null: kept). Audited. */
export async function updateSurveyRetention(ctx: Context, input: SurveyRetention) {
  return audited(ctx, async ({ tx, audit }) => {
    const survey = await findSurvey(tx, input.id);
    if (!survey) throw new DomainError("NOT_FOUND", "指定されたアンケートが見つかりません。");
    if (survey.freeTextErasedAt)
      throw new DomainError("VALIDATION", "このアンケートの自由記述はすでに消去されています。");
    await setSurveyRetention(tx, input.id, input.freeTextRetentionDays);
    await audit({
      action: "update",
      recordType: "survey",
      recordId: input.id,
      regionId: survey.regionId,
      before: { freeTextRetentionDays: survey.freeTextRetentionDays },
      after: { freeTextRetentionDays: input.freeTextRetentionDays },
    });
    return { id: input.id, freeTextRetentionDays: input.freeTextRetentionDays };
  });
}

/**
 * Erases the free-text answers of every survey whose retention period ended by today (Japan's date). Each
 * survey in its own transaction with an audit row by the system (no actor); a failure leaves the rest for the
 * next run. Returns how many surveys were erased.
 */
export async function eraseExpiredFreeText(ctx: Context): Promise<number> {
  const due = await listSurveysDueForErasure(ctx.db, todayInTokyo(ctx.now()));
  for (const survey of due) {
    await audited(ctx, async ({ tx, audit }) => {
      const erased = await eraseSurveyFreeText(tx, survey.id, ctx.now());
      await audit({
        action: "update",
        recordType: "survey",
        recordId: survey.id,
        regionId: survey.regionId,
        actorId: null,
        before: { freeTextRetentionDays: survey.freeTextRetentionDays, freeTextErasedAt: null },
        after: { freeTextErasedAt: ctx.now().toISOString(), erasedFreeTextAnswers: erased },
      });
    });
  }
  return due.length;
}

/**
 * What the network holds about one person, found by name or e-mail address, as one document to hand them.
 * The search itself is audited (who asked for whom, how many records), never the records' text.
 */
export async function subjectExport(ctx: Context, input: { query: string }) {
  return audited(ctx, async ({ tx, audit }) => {
    const records = await findSubjectRecords(tx, input.query);
    const counts = {
      contacts: records.contacts.length,
      meetings: records.meetings.length,
      hearings: records.hearings.length,
      users: records.users.length,
    };
    const generatedAt = ctx.now().toISOString();
    const id = crypto.randomUUID();
    await audit({
      action: "create",
      recordType: "subject_export",
      recordId: id,
      regionId: null,
      before: null,
      after: { query: input.query, counts },
    });
    return { id, query: input.query, generatedAt, counts, ...records };
  });
}
