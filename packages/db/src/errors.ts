// PostgreSQL error codes the data layer's callers turn into domain errors (same codes on PGlite and pg).

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** A unique constraint refused the write: someone created the same record meanwhile. */
export const isUniqueViolation = (error: unknown): boolean => codeOf(error) === "23505";

/** A foreign key refused the write: a referenced record does not exist (deleted meanwhile, or a forged id). */
export const isForeignKeyViolation = (error: unknown): boolean => codeOf(error) === "23503";
