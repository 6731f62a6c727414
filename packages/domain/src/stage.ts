import { DomainError } from "./errors";

/** The preparation path of a forum edition, in order. 見送り (postponed) stands beside it. */
export const STAGE_PATH = [
  "concept",
  "approach",
  "coordinating",
  "decided",
  "announced",
  "accepting",
  "held",
  "retrospective",
] as const;
export const STAGES = [...STAGE_PATH, "postponed"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS_JA: Record<Stage, string> = {
  concept: "構想",
  approach: "打診・説明",
  coordinating: "調整中",
  decided: "開催決定",
  announced: "告知",
  accepting: "受付中",
  held: "開催済",
  retrospective: "振り返り",
  postponed: "見送り",
};

const pathIndex = (stage: Stage): number => (STAGE_PATH as readonly Stage[]).indexOf(stage);

/**
 * The stages an edition may move to from `from`. Preparation advances one step at a time; one step back is
 * allowed to correct a mistake. An edition not yet held may be postponed (見送り), and a postponed one
 * restarts from 構想 or resumes where talks stand (打診・説明, 調整中).
 */
export function allowedNextStages(from: Stage): Stage[] {
  if (from === "postponed") return ["concept", "approach", "coordinating"];
  const i = pathIndex(from);
  const next: Stage[] = [];
  const before = STAGE_PATH[i - 1];
  const after = STAGE_PATH[i + 1];
  if (before) next.push(before);
  if (after) next.push(after);
  if (i < pathIndex("held")) next.push("postponed");
  return next;
}

export function canTransition(from: Stage, to: Stage): boolean {
  return from === to || allowedNextStages(from).includes(to);
}

/** Throws a DomainError with a Japanese message when `from → to` is not a valid move. */
export function assertTransition(from: Stage, to: Stage): void {
  if (canTransition(from, to)) return;
  const options = allowedNextStages(from)
    .map((s) => `「${STAGE_LABELS_JA[s]}」`)
    .join("、");
  throw new DomainError(
    "INVALID_TRANSITION",
    `ステージを「${STAGE_LABELS_JA[from]}」から「${STAGE_LABELS_JA[to]}」へ変更することはできません。変更できるのは${options}です。`,
  );
}

/** Stages a newly created edition may start in: a forum is never created as already held. */
export const INITIAL_STAGES: readonly Stage[] = ["concept", "approach", "coordinating", "decided"];
