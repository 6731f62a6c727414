// How many attempts the server takes before it asks a client to wait. Counted per fixed window in the
// database (so every server enforces the same count) and per call, never per HTTP request.

const MINUTE = 60_000;

export interface LimitRule {
  /** Hits allowed in one window; the next one is refused until the window ends. */
  limit: number;
  windowMs: number;
}

/**
 * Failed sign-ins (a successful attempt is taken back). Nothing here locks an account for everyone: the
 * refusals are per client, so someone who knows a committee member's address can only shut themselves out.
 * Every count is keyed by the address as typed, never by whether an account exists, so an unknown address
 * is answered exactly like a real one.
 */
export const SIGN_IN_LIMITS = {
  /** One account from one client: a person mistyping is never stopped here; a guesser is, at the sixth try. */
  accountFromClient: { limit: 5, windowMs: 15 * MINUTE },
  /** One client across all accounts: one machine trying many addresses (a venue's shared Wi-Fi has room). */
  client: { limit: 30, windowMs: 15 * MINUTE },
  /** One account from all clients: never refused, only slowed (see signInDelayMs). */
  account: { windowMs: 15 * MINUTE },
} as const;

/** Invitation links: tokens cannot be guessed, but each try hashes a password, so one client gets a cap. */
export const ACCEPT_INVITATION_LIMIT: LimitRule = { limit: 30, windowMs: 15 * MINUTE };

/**
 * Answers from a survey's public page. A forum hall answers from one Wi-Fi address: 300 people within ten
 * minutes must get through, so one address gets 500 per link; a script sending more is stopped there, and
 * every address together gets 5,000 per link (a flood from many addresses cannot fill a survey faster than
 * that). A form sent again with its idempotency key is free.
 */
export const PUBLIC_ANSWER_LIMITS = {
  clientPerLink: { limit: 500, windowMs: 10 * MINUTE },
  link: { limit: 5000, windowMs: 10 * MINUTE },
} as const;

/**
 * How long to hold a failed sign-in's answer, given the account's failures in the window from every client
 * (this one included): nothing for the first two typos, then 0.5 s, 1 s, 2 s… capped at 4 s, so guessing
 * one account from many machines gets slow while its owner can still sign in.
 */
export function signInDelayMs(accountFailures: number): number {
  if (accountFailures < 3) return 0;
  return Math.min(500 * 2 ** (accountFailures - 3), 4000);
}

export interface LimitCount {
  hits: number;
  limit: number;
  windowEnd: Date;
}

/** How long until the latest-ending window over its limit ends; null when every count is within its limit. */
export function limitWaitMs(counts: readonly LimitCount[], now: Date): number | null {
  const over = counts.filter((c) => c.hits > c.limit);
  if (over.length === 0) return null;
  return Math.max(0, ...over.map((c) => c.windowEnd.getTime() - now.getTime()));
}

/** Whole minutes to wait, at least one, as said to the user. */
export function waitMinutes(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / MINUTE));
}

export function signInWaitMessage(waitMs: number): string {
  return `サインインの試行が多すぎます。${waitMinutes(waitMs)}分ほど待ってから、もう一度お試しください。`;
}

export function answerWaitMessage(waitMs: number): string {
  return `送信が多すぎます。${waitMinutes(waitMs)}分ほど待ってから、もう一度お試しください。`;
}
