import { DomainError } from "./errors";

/** How an organization takes part in a forum: 共催 (co-host), 後援 (endorsement), 協力 (cooperation). */
export const AGREEMENT_ROLES = ["cohost", "sponsor", "cooperation"] as const;
export type AgreementRole = (typeof AGREEMENT_ROLES)[number];

/** 打診 → 協議中 → 合意 → 正式決定, or 辞退 (declined) at any point before the formal decision. */
export const AGREEMENT_STATUSES = ["proposed", "negotiating", "agreed", "confirmed", "declined"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_STATUS_LABELS_JA: Record<AgreementStatus, string> = {
  proposed: "打診",
  negotiating: "協議中",
  agreed: "合意",
  confirmed: "正式決定",
  declined: "辞退",
};

const NEXT: Record<AgreementStatus, readonly AgreementStatus[]> = {
  proposed: ["negotiating", "agreed", "declined"],
  negotiating: ["proposed", "agreed", "declined"],
  agreed: ["negotiating", "confirmed", "declined"],
  // A formal decision is final; an organization that later withdraws is recorded as 辞退 with a note.
  confirmed: ["declined"],
  // Talks can be reopened after a refusal.
  declined: ["proposed"],
};

export function allowedAgreementTransitions(from: AgreementStatus): readonly AgreementStatus[] {
  return NEXT[from];
}

/** Throws a DomainError with a Japanese message when the status change is not allowed. */
export function assertAgreementTransition(from: AgreementStatus, to: AgreementStatus): void {
  if (NEXT[from].includes(to)) return;
  const options = NEXT[from].map((s) => `「${AGREEMENT_STATUS_LABELS_JA[s]}」`).join("、");
  throw new DomainError(
    "INVALID_TRANSITION",
    `共催の状況を「${AGREEMENT_STATUS_LABELS_JA[from]}」から「${AGREEMENT_STATUS_LABELS_JA[to]}」へ変更することはできません。変更できるのは${options}です。`,
  );
}

/** Talks still open: not formally decided and not declined. */
export function isAgreementOpen(status: AgreementStatus): boolean {
  return status !== "confirmed" && status !== "declined";
}

/** Whether open talks have had no movement for `days` days (the national view's "stalled" list). */
export function isAgreementStalled(
  status: AgreementStatus,
  lastChangedOn: string,
  today: string,
  days: number,
): boolean {
  if (!isAgreementOpen(status)) return false;
  const elapsed = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastChangedOn}T00:00:00Z`)) / 86_400_000;
  return elapsed >= days;
}
