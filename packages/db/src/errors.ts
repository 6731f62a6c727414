// PostgreSQL error codes the data layer's callers turn into domain errors (same codes on PGlite and pg).

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** A unique constraint refused the write: someone created the same record meanwhile. */
export const isUniqueViolation = (error: unknown): boolean => codeOf(error) === "23505";

/** A foreign key refused the write: a referenced record does not exist (deleted meanwhile, or a forged id). */
export const isForeignKeyViolation = (error: unknown): boolean => codeOf(error) === "23503";

/**
 * What a database error means for the caller:
 * - `unavailable`: the database cannot be reached or ended the connection (restart, failover,
 *   pg_terminate_backend); retrying later works.
 * - `not_found`: a referenced record does not exist (foreign key).
 * - `conflict`: a unique constraint, or a concurrent transaction that lost (serialization, deadlock).
 * - `invalid`: the value itself cannot be stored (bad text encoding, out of range, malformed literal, check).
 * Anything else (`undefined`) is a bug and stays a 500.
 */
export type DatabaseErrorKind = "unavailable" | "not_found" | "conflict" | "invalid";

/** Node socket errors seen when the server is down or the network drops. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);

/** pg reports a lost connection by message only (no code). */
const LOST_CONNECTION =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|Connection ended unexpectedly|is not currently accepting connections/i;

export function classifyDatabaseError(error: unknown): DatabaseErrorKind | undefined {
  const code = codeOf(error);
  if (typeof code === "string") {
    if (SOCKET_CODES.has(code)) return "unavailable";
    // Class 08: connection exception; 57P01–57P03: admin/crash shutdown, cannot connect now; 53300: too many connections.
    if (code.startsWith("08") || /^57P0[1-3]$/.test(code) || code === "53300") return "unavailable";
    if (code === "23503") return "not_found";
    if (code === "23505" || code === "40001" || code === "40P01") return "conflict";
    // Class 22: data exception (22P02 bad literal, 22003 out of range, 22021 NUL, 22P05 bad escape, 22001 too long);
    // 23514: a check constraint.
    if (code.startsWith("22") || code === "23514") return "invalid";
  }
  if (error instanceof Error && LOST_CONNECTION.test(error.message)) return "unavailable";
  return undefined;
}
