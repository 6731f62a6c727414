import { type DomainError, type DomainErrorCode, isDomainError } from "@kyoso/domain";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";

const CODES: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_TRANSITION: "UNPROCESSABLE_CONTENT",
  VALIDATION: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  DUPLICATE: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

/** The one place a domain error becomes a tRPC error. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: CODES[error.code], message: error.message, cause: error });
}

export interface FieldErrors {
  [path: string]: string[];
}

/** Input validation failures as field → Japanese messages, for forms to show beside each field. */
export function fieldErrorsOf(cause: unknown): FieldErrors | null {
  if (isDomainError(cause)) return cause.fieldErrors ?? null;
  if (!(cause instanceof ZodError)) return null;
  const out: FieldErrors = {};
  for (const issue of cause.issues) {
    const key = issue.path.join(".") || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
