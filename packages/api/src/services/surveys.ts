import { randomBytes, randomUUID } from "node:crypto";
import type { DB } from "@kyoso/db";
import {
  findResponse,
  findResponseByKey,
  findSurvey,
  insertResponse,
  insertSurvey,
  insertTimelineEntry,
  listExpiredSurveys,
  listResponses,
  listSurveyQuestions,
  lockSurvey,
  replaceSurveyQuestions,
  type SurveyDetail,
  type SurveyPatch,
  softDeleteAtVersion,
  softDeleteResponse,
  takeSurveyTimelineEntries,
  updateSurveyAtVersion,
} from "@kyoso/db";
import {
  asksTextConsent,
  assignQuestionIds,
  can,
  DEFAULT_SURVEY_PURPOSE_JA,
  DomainError,
  questionChangeProblems,
  responseMilestonesCrossed,
  type StoredAnswers,
  type SurveyCopy,
  type SurveyCreate,
  type SurveyQuestion,
  type SurveySubmission,
  type SurveyUpdate,
  surveyAvailability,
  surveyTimelineText,
  textConsentProblems,
  todayInTokyo,
  validateAnswers,
} from "@kyoso/domain";
import type { Context } from "../context";
import { countPublicAnswer } from "./answer-limits";
import { checkEditionInRegion, requireRegions } from "./references";
import { type AuditEntry, audited } from "./write";

// Survey writes. Each runs in one transaction with its audit row; publishing, closing and every tenth answer
// also leave an entry on the region's timeline.

const today = (ctx: Context) => todayInTokyo(ctx.now());

/** The public answer link's secret: 256 random bits. */
export const newSurveyToken = () => randomBytes(32).toString("base64url");
/** Short ids for questions and options, unique within a survey. */
const newItemId = () => randomUUID().replaceAll("-", "").slice(0, 12);

const notFound = () => new DomainError("NOT_FOUND", "指定されたアンケートが見つかりません。");
const staleVersion = () =>
  new DomainError(
    "CONFLICT",
    "このアンケートは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
  );

export async function requireSurvey(db: DB, id: string): Promise<SurveyDetail> {
  const survey = await findSurvey(db, id);
  if (!survey) throw notFound();
  return survey;
}

function surveyEntry(
  action: "create" | "update" | "delete",
  before: SurveyDetail | null,
  after: SurveyDetail | null,
): AuditEntry {
  const subject = (after ?? before) as SurveyDetail;
  return {
    action,
    recordType: "survey",
    recordId: subject.id,
    regionId: subject.regionId,
    // The link's secret stays out of the audit log.
    before: before && { ...before, publicToken: undefined },
    after: after && { ...after, publicToken: undefined },
  };
}

export async function createSurvey(ctx: Context, input: SurveyCreate): Promise<SurveyDetail> {
  return audited(ctx, async ({ tx, audit }) => {
    await requireRegions(tx, [input.regionId]);
    await checkEditionInRegion(tx, input.regionId, input.editionId);
    const { questions, ...fields } = input;
    const id = await insertSurvey(tx, {
      ...fields,
      // A new survey states the standard purpose unless its organizers wrote their own (empty: the standard).
      purposeOfUse:
        fields.purposeOfUse === undefined ? DEFAULT_SURVEY_PURPOSE_JA : fields.purposeOfUse || null,
      editionId: input.editionId ?? null,
      publicToken: newSurveyToken(),
      copiedFromId: null,
    });
    await replaceSurveyQuestions(tx, id, assignQuestionIds(questions, newItemId));
    const created = await requireSurvey(tx, id);
    await audit(surveyEntry("create", null, created));
    return created;
  });
}

/** A new draft with another survey's questions (fresh ids, no answers): last year's, or another region's. */
export async function copySurvey(ctx: Context, input: SurveyCopy): Promise<SurveyDetail> {
  return audited(ctx, async ({ tx, audit }) => {
    await requireRegions(tx, [input.regionId]);
    await checkEditionInRegion(tx, input.regionId, input.editionId);
    const source = await requireSurvey(tx, input.sourceId);
    // Another region's draft is not public yet: it answers like an unknown survey (as copySources lists it).
    if (source.status === "draft" && !can(ctx.actor, "region.read", { regionId: source.regionId }))
      throw notFound();
    const id = await insertSurvey(tx, {
      regionId: input.regionId,
      editionId: input.editionId ?? null,
      title: input.title,
      introduction: source.introduction,
      purposeOfUse: source.purposeOfUse,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      asksOrganizationType: source.asksOrganizationType,
      publicToken: newSurveyToken(),
      copiedFromId: source.id,
    });
    const questions = source.questions.map(({ id: _id, options, ...q }) => ({
      ...q,
      options: options.map(({ label }) => ({ label })),
    }));
    await replaceSurveyQuestions(tx, id, assignQuestionIds(questions, newItemId));
    const created = await requireSurvey(tx, id);
    await audit(surveyEntry("create", null, created));
    return created;
  });
}

export async function updateSurvey(ctx: Context, input: SurveyUpdate): Promise<SurveyDetail> {
  return audited(ctx, async ({ tx, audit }) => {
    // Locked like an answer does, so no first answer can arrive between the check below and the save.
    await lockSurvey(tx, input.id);
    const before = await requireSurvey(tx, input.id);
    if (before.version !== input.version) throw staleVersion();
    const questions = assignQuestionIds(input.questions, newItemId);
    const known = new Set(before.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]));
    if (
      input.questions.some(
        (q) => (q.id && !known.has(q.id)) || q.options.some((o) => o.id && !known.has(o.id)),
      )
    ) {
      throw new DomainError(
        "VALIDATION",
        "このアンケートにない質問または選択肢が含まれています。画面を再読み込みしてください。",
      );
    }
    const problems = questionChangeProblems(before.questions, questions, before.responseCount > 0);
    if (problems.length > 0) throw new DomainError("VALIDATION", problems.join("\n"));
    if (before.status === "published" && input.closesOn < today(ctx)) {
      throw new DomainError(
        "VALIDATION",
        "公開中のアンケートの締切日は今日以降にしてください。締め切る場合は「締め切る」を使ってください。",
      );
    }
    await checkEditionInRegion(tx, before.regionId, input.editionId);
    const { id, version, questions: _q, editionId, purposeOfUse, ...fields } = input;
    // Left out, the forum link and the purpose stay as they were; null unlinks the forum, "" or null on the
    // purpose means the standard text.
    const patch = {
      ...fields,
      ...(editionId === undefined ? {} : { editionId }),
      ...(purposeOfUse === undefined ? {} : { purposeOfUse: purposeOfUse || null }),
    };
    if (!(await updateSurveyAtVersion(tx, id, version, patch))) throw staleVersion();
    await replaceSurveyQuestions(tx, id, questions);
    if (before.openingEntryId && before.opensOn !== input.opensOn) {
      await tx
        .updateTable("timelineEntry")
        .set({ occurredOn: input.opensOn })
        .where("id", "=", before.openingEntryId)
        .execute();
    }
    const after = await requireSurvey(tx, id);
    await audit(surveyEntry("update", before, after));
    return after;
  });
}

/** A draft goes public: the link starts taking answers on the opening day. */
export async function publishSurvey(ctx: Context, input: { id: string; version: number }) {
  return transition(ctx, input, async (tx, before) => {
    if (before.status !== "draft")
      throw new DomainError("INVALID_TRANSITION", "下書きのアンケートだけを公開できます。");
    if (before.closesOn < today(ctx)) {
      throw new DomainError("VALIDATION", "締切日が過ぎています。締切日を変更してから公開してください。");
    }
    const entry = await insertTimelineEntry(tx, {
      regionId: before.regionId,
      occurredOn: before.opensOn,
      kind: "survey",
      ...surveyTimelineText({
        event: "opened",
        survey: before.title,
        opensOn: before.opensOn,
        closesOn: before.closesOn,
      }),
      sourceType: "survey",
      sourceId: before.id,
    });
    return { status: "published", publishedAt: ctx.now(), openingEntryId: entry.id };
  });
}

/** Stops taking answers now (or, from the sweep, on the closing day that has passed). */
export async function closeSurvey(
  ctx: Context,
  input: { id: string; version: number },
  closedOn = today(ctx),
) {
  return transition(ctx, input, async (tx, before) => {
    if (before.status !== "published")
      throw new DomainError("INVALID_TRANSITION", "公開中のアンケートだけを締め切れます。");
    await insertTimelineEntry(tx, {
      regionId: before.regionId,
      // The earlier of the two ISO dates: closed early today, or by the sweep on its closing day.
      occurredOn: [closedOn, before.closesOn].sort()[0] ?? closedOn,
      kind: "survey",
      ...surveyTimelineText({ event: "closed", survey: before.title, responses: before.responseCount }),
      sourceType: "survey",
      sourceId: before.id,
    });
    return { status: "closed", closedAt: ctx.now() };
  });
}

/** Takes answers again until a new closing day. */
export async function reopenSurvey(ctx: Context, input: { id: string; version: number; closesOn: string }) {
  return transition(ctx, input, async (tx, before) => {
    if (before.status !== "closed")
      throw new DomainError("INVALID_TRANSITION", "締切済のアンケートだけを再開できます。");
    if (input.closesOn < today(ctx))
      throw new DomainError("VALIDATION", "新しい締切日は今日以降にしてください。");
    await insertTimelineEntry(tx, {
      regionId: before.regionId,
      occurredOn: today(ctx),
      kind: "survey",
      ...surveyTimelineText({ event: "reopened", survey: before.title, closesOn: input.closesOn }),
      sourceType: "survey",
      sourceId: before.id,
    });
    return { status: "published", closedAt: null, closesOn: input.closesOn };
  });
}

async function transition(
  ctx: Context,
  input: { id: string; version: number },
  change: (tx: DB, before: SurveyDetail) => Promise<SurveyPatch>,
): Promise<SurveyDetail> {
  return audited(ctx, async ({ tx, audit }) => {
    const before = await requireSurvey(tx, input.id);
    if (before.version !== input.version) throw staleVersion();
    const patch = await change(tx, before);
    if (!(await updateSurveyAtVersion(tx, input.id, input.version, patch))) throw staleVersion();
    const after = await requireSurvey(tx, input.id);
    await audit(surveyEntry("update", before, after));
    return after;
  });
}

/**
 * A survey nobody has answered may be deleted (a mistaken draft, or one published by mistake); answered ones are
 * closed instead, so no answer is lost with it. Soft: the list, the answer link and its timeline entries lose it
 * at once, and its region's committee can restore it from 削除済み.
 */
export async function removeSurvey(ctx: Context, input: { id: string; version: number }) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    // Locked like an answer does, so no first answer can arrive between the check below and the delete.
    await lockSurvey(tx, input.id);
    const before = await requireSurvey(tx, input.id);
    if (before.version !== input.version) throw staleVersion();
    if (before.responseCount > 0) {
      throw new DomainError(
        "VALIDATION",
        "回答があるアンケートは削除できません。締め切って保存してください。",
      );
    }
    const deletedAt = await softDeleteAtVersion(tx, "survey", input.id, input.version, actorId);
    if (!deletedAt) throw staleVersion();
    // Its timeline entries (回答受付開始…) go with it; the audit row keeps them, and a restore puts them back.
    const timelineEntries = await takeSurveyTimelineEntries(tx, input.id);
    await audit({
      action: "delete",
      recordType: "survey",
      recordId: input.id,
      regionId: before.regionId,
      before: { ...withoutToken(before), timelineEntries },
      after: null,
    });
    return { id: input.id, recordType: "survey" as const, deletedAt: deletedAt.toISOString() };
  });
}

/** The link's secret stays out of the audit log. */
export const withoutToken = (survey: SurveyDetail) => ({ ...survey, publicToken: undefined });

const responseNotFound = () => new DomainError("NOT_FOUND", "指定された回答が見つかりません。");

/** A survey's answers for review, newest first (free text included: for people who may read the region). */
export async function surveyResponses(
  ctx: Context,
  input: { surveyId: string; page: number; pageSize: number },
) {
  await requireSurvey(ctx.db, input.surveyId);
  return listResponses(ctx.db, input);
}

/**
 * Deletes one answer (spam, a test): it leaves the results, the tallies, the free-text pages and the exports in
 * the same transaction. Soft: its region's committee can restore it from 削除済み.
 */
export async function removeSurveyResponse(ctx: Context, input: { surveyId: string; id: string }) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    // The survey's lock: answers arriving meanwhile wait, so the tallies move one change at a time.
    const survey = await lockSurvey(tx, input.surveyId);
    if (!survey) throw notFound();
    const response = await findResponse(tx, input.id);
    if (!response || response.surveyId !== input.surveyId) throw responseNotFound();
    const questions = await listSurveyQuestions(tx, input.surveyId);
    const deletedAt = await softDeleteResponse(tx, response, questions, actorId);
    if (!deletedAt) throw responseNotFound();
    await audit({
      action: "delete",
      recordType: "survey_response",
      recordId: input.id,
      regionId: survey.regionId,
      // As when it arrived: the answers themselves stay out of the audit log (they may mention a disease).
      before: responseAuditView(response),
      after: null,
    });
    return { id: input.id, recordType: "survey_response" as const, deletedAt: deletedAt.toISOString() };
  });
}

/** What the audit log keeps of an answer: which survey, its number, the respondent type; never the answers. */
export const responseAuditView = (response: {
  surveyId: string;
  number: number;
  respondentOrganizationType: string | null;
}) => ({
  surveyId: response.surveyId,
  number: response.number,
  respondentOrganizationType: response.respondentOrganizationType,
});

/** Closes every published survey whose closing day has passed: run at start-up and hourly by the server. */
export async function closeExpiredSurveys(ctx: Context): Promise<number> {
  const expired = await listExpiredSurveys(ctx.db, today(ctx));
  let closed = 0;
  for (const survey of expired) {
    try {
      await closeSurvey(ctx, survey);
      closed++;
    } catch (error) {
      // Someone edited or closed it meanwhile: the next sweep looks again.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return closed;
}

export interface SubmitResult {
  /** The response's number in its survey (shown as 受付番号). */
  number: number;
  /** True when this form had already been received: nothing new was stored. */
  duplicate: boolean;
}

/**
 * Stores one answer from the public page. The survey row is locked for the transaction, so answers are
 * numbered in order and a form sent twice (same idempotency key) is found and not stored again.
 */
/** A public link that leads nowhere (unknown, or a draft's): said the same way whatever the reason. */
export const unknownSurveyLink = () =>
  new DomainError("NOT_FOUND", "アンケートが見つかりません。リンクをご確認ください。");

export async function submitSurveyResponse(ctx: Context, input: SurveySubmission): Promise<SubmitResult> {
  const found = await ctx.db
    .selectFrom("survey")
    .select("id")
    .where("publicToken", "=", input.token)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  if (!found) throw unknownSurveyLink();
  await countPublicAnswer(ctx, found.id, input.idempotencyKey);

  return audited(ctx, async ({ tx, audit }) => {
    const survey = await lockSurvey(tx, found.id);
    if (!survey) throw unknownSurveyLink();
    // Checked under the lock, against the questions as they are now (an edit also takes the lock).
    const questions = await listSurveyQuestions(tx, survey.id);
    const checked = checkSubmission(questions, input);
    if (!checked.ok) throw answerErrors(checked.errors, checked.consent);
    const existing = await findResponseByKey(tx, survey.id, input.idempotencyKey);
    if (existing) return { number: existing.number, duplicate: true };
    const availability = surveyAvailability(survey, today(ctx));
    if (!availability.open) throw new DomainError("INVALID_TRANSITION", availability.message);
    const organizationType = survey.asksOrganizationType ? (input.respondentOrganizationType ?? null) : null;
    const stored = await insertResponse(
      tx,
      {
        surveyId: survey.id,
        idempotencyKey: input.idempotencyKey,
        respondentOrganizationType: organizationType,
        answers: checked.answers,
        textConsent: input.textConsent && asksTextConsent(questions),
      },
      questions,
    );
    // The answers themselves stay out of the audit log (they may mention a disease): who, when, which survey.
    await audit({
      // Anonymous even from a signed-in browser: an answer is never tied to an account.
      actorId: null,
      action: "create",
      recordType: "survey_response",
      recordId: stored.id,
      regionId: survey.regionId,
      before: null,
      after: { surveyId: survey.id, number: stored.number, respondentOrganizationType: organizationType },
    });
    // Counted by answers kept, not by number (a deleted answer leaves a gap in the numbers).
    for (const n of responseMilestonesCrossed(survey.responseCount, survey.responseCount + 1)) {
      await insertTimelineEntry(tx, {
        regionId: survey.regionId,
        occurredOn: today(ctx),
        kind: "survey",
        ...surveyTimelineText({ event: "responses", survey: survey.title, responses: n }),
        sourceType: "survey",
        sourceId: survey.id,
      });
    }
    return { number: stored.number, duplicate: false };
  });
}

/**
 * The answers checked against the questions and the free-text consent rule (survey-consent.ts), both at once so
 * the respondent sees every problem in one go. The public answer page runs it before sending, the service again
 * under the survey's lock.
 */
export function checkSubmission(
  questions: readonly SurveyQuestion[],
  input: Pick<SurveySubmission, "answers" | "textConsent">,
):
  | { ok: true; answers: StoredAnswers }
  | { ok: false; errors: Record<string, string>; consent: string | null } {
  const checked = validateAnswers(questions, input.answers);
  const consent = textConsentProblems(questions, input.answers, input.textConsent);
  if (checked.ok && !consent) return checked;
  // A question's own problem (missing, too long) comes before the consent one.
  const errors = { ...consent?.questions, ...(checked.ok ? {} : checked.errors) };
  return { ok: false, errors, consent: consent?.consent ?? null };
}

/** Answers that do not fit the survey: per question (`answers.<id>`), a Japanese reason shown beside it. */
function answerErrors(errors: Record<string, string>, consent: string | null = null): DomainError {
  const fieldErrors: Record<string, string[]> = Object.fromEntries(
    Object.entries(errors).map(([id, message]) => [`answers.${id}`, [message]]),
  );
  if (consent) fieldErrors.textConsent = [consent];
  return new DomainError(
    "VALIDATION",
    "回答に不備があります。各質問のメッセージをご確認ください。",
    fieldErrors,
  );
}
