import { z } from "zod";
import {
  AGREEMENT_ROLES,
  AGREEMENT_STATUS_LABELS_JA,
  AGREEMENT_STATUSES,
  type AgreementStatus,
  assertAgreementTransition,
} from "./agreements";
import { DomainError } from "./errors";
import { isoDateSchema, safeString, versionSchema } from "./text";

// Correcting a co-host agreement: its role and next step can be edited, and a wrongly recorded transition is
// corrected by a new event naming the one it corrects. Both stay in the history, the corrected one marked.

const text = (max: number, label: string) =>
  safeString()
    .trim()
    .max(max, { message: `${label}は${max.toLocaleString("ja-JP")}文字以内で入力してください。` })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);

export const agreementUpdateSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  role: z.enum(AGREEMENT_ROLES, { message: "共催・後援・協力のいずれかを選んでください。" }),
  nextStepOn: isoDateSchema.nullable().default(null),
  nextStep: text(500, "次の一手"),
});
export type AgreementUpdate = z.infer<typeof agreementUpdateSchema>;

/** Whether a confirmed (正式決定) co-host is named on the public forum page: the committee decides. */
export const agreementPublishableSchema = z.object({
  id: z.uuid(),
  version: versionSchema,
  publishable: z.boolean({ message: "公開の指定が正しくありません。" }),
});
export type AgreementPublishable = z.infer<typeof agreementPublishableSchema>;

export const agreementCorrectionSchema = z.object({
  /** The agreement. */
  id: z.uuid(),
  version: versionSchema,
  /** The event recorded wrongly. */
  eventId: z.uuid({ message: "訂正する記録を選んでください。" }),
  to: z.enum(AGREEMENT_STATUSES, { message: "状況の値が正しくありません。" }),
  occurredOn: isoDateSchema,
  note: text(2000, "メモ"),
});
export type AgreementCorrection = z.infer<typeof agreementCorrectionSchema>;

export interface AgreementHistoryEvent {
  id: string;
  fromStatus: AgreementStatus | null;
  toStatus: AgreementStatus;
  occurredOn: string;
  note: string | null;
  correctsId: string | null;
  /** The newest event correcting this one, if any. */
  correctedById: string | null;
}

/**
 * The history as it stands after corrections, oldest first: each event that no later one corrects, in the
 * place of the event it (through a chain of corrections) replaces.
 */
export function effectiveAgreementHistory<E extends AgreementHistoryEvent>(events: readonly E[]): E[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const rootOf = (e: E): E => {
    let current = e;
    const seen = new Set<string>();
    while (current.correctsId && !seen.has(current.id)) {
      seen.add(current.id);
      const previous = byId.get(current.correctsId);
      if (!previous) break;
      current = previous;
    }
    return current;
  };
  const position = new Map(events.map((e, i) => [e.id, i]));
  return events
    .filter((e) => !e.correctedById)
    .map((e) => ({ e, at: position.get(rootOf(e).id) ?? 0 }))
    .sort((a, b) => a.at - b.at)
    .map(({ e }) => e);
}

const FIRST_STATUSES: readonly AgreementStatus[] = ["proposed", "negotiating"];

/**
 * Checks a correction of `eventId` against the history and says whether it sets the agreement's current status
 * (it does when the event is the latest one in effect). Only the latest event's status can be corrected: an
 * earlier one would leave the transitions after it starting from a status the agreement never had.
 */
export function checkAgreementCorrection(
  events: readonly AgreementHistoryEvent[],
  correction: Pick<AgreementCorrection, "eventId" | "to" | "occurredOn" | "note">,
): { isLatest: boolean } {
  const event = events.find((e) => e.id === correction.eventId);
  if (!event)
    throw new DomainError("NOT_FOUND", "訂正する記録が見つかりません。画面を再読み込みしてください。");
  if (event.correctedById) {
    throw new DomainError(
      "CONFLICT",
      "この記録はすでに訂正されています。画面を再読み込みしてから、訂正後の記録を訂正してください。",
    );
  }
  const effective = effectiveAgreementHistory(events);
  const isLatest = effective[effective.length - 1]?.id === event.id;
  if (correction.to !== event.toStatus) {
    if (!isLatest) {
      throw new DomainError(
        "INVALID_TRANSITION",
        "状況を訂正できるのは最新の記録だけです。途中の記録は日付とメモを訂正できます。",
      );
    }
    if (event.fromStatus === null) {
      if (!FIRST_STATUSES.includes(correction.to)) {
        throw new DomainError(
          "INVALID_TRANSITION",
          `最初の状況は「${AGREEMENT_STATUS_LABELS_JA.proposed}」か「${AGREEMENT_STATUS_LABELS_JA.negotiating}」です。`,
        );
      }
    } else {
      assertAgreementTransition(event.fromStatus, correction.to);
    }
  }
  if (
    correction.to === event.toStatus &&
    correction.occurredOn === event.occurredOn &&
    (correction.note ?? null) === (event.note ?? null)
  ) {
    throw new DomainError(
      "VALIDATION",
      "訂正する内容がありません。状況・日付・メモのいずれかを変えてください。",
    );
  }
  return { isLatest };
}
