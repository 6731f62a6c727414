/**
 * The one error type domain rules and data functions throw. The API maps `code` to a tRPC error code
 * in one place; `message` is Japanese because it is shown to users as is.
 */
export type DomainErrorCode =
  | "NOT_FOUND"
  | "INVALID_TRANSITION"
  | "CONFLICT"
  | "VALIDATION"
  | "DUPLICATE"
  /** The caller could not be identified: not signed in, or a wrong email or password (said the same way). */
  | "UNAUTHENTICATED"
  /** Signed in, but the permission rules refuse this caller here (routes outside tRPC; procedures use meta), or
   * allowed by role but not for this record (someone else's comment). */
  | "FORBIDDEN"
  /** Too many attempts from one client or on one account/link: the message says how long to wait. */
  | "RATE_LIMITED"
  /** An upload over a size limit (per file or a region's total): 413. */
  | "TOO_LARGE"
  /** An upload whose content is not of an allowed type: 415. */
  | "UNSUPPORTED_TYPE";

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Per-field Japanese reasons (field path → messages), for forms to show beside each field. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
