import { classifyDatabaseError, type DatabaseErrorKind } from "@kyoso/db";
import { type DomainError, type DomainErrorCode, isDomainError } from "@kyoso/domain";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";

const CODES: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_TRANSITION: "UNPROCESSABLE_CONTENT",
  VALIDATION: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  DUPLICATE: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_TYPE: "UNSUPPORTED_MEDIA_TYPE",
};

/** The one place a domain error becomes a tRPC error. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: CODES[error.code], message: error.message, cause: error });
}

/** The HTTP status a domain error answers with on the server's plain routes (exports): the same as over tRPC. */
export function httpStatusOf(error: DomainError): number {
  return getHTTPStatusCodeFromError(toTRPCError(error));
}

export const PAYLOAD_TOO_LARGE_MESSAGE =
  "送信されたデータが大きすぎます (16MBまで)。ファイルを分けて送ってください。";

/** tRPC's own transport errors (before any procedure runs) read in Japanese too. */
export const TRANSPORT_MESSAGES: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: "リクエストの形式が正しくありません。",
  PAYLOAD_TOO_LARGE: PAYLOAD_TOO_LARGE_MESSAGE,
  METHOD_NOT_SUPPORTED: "このリクエストの方法には対応していません。",
  UNSUPPORTED_MEDIA_TYPE: "このリクエストの形式には対応していません。",
};

export const DATABASE_UNAVAILABLE_MESSAGE =
  "データベースに接続できません。しばらく待ってから、もう一度お試しください。";

/**
 * Database errors a service did not turn into a domain error of its own. A service that knows better (a
 * duplicate organization name, say) catches the error first and says so; these are the fallbacks, so that
 * bad input or a concurrent write is a typed 4xx and a lost database a 503, never a 500.
 */
const DATABASE_ERRORS: Record<DatabaseErrorKind, { code: TRPC_ERROR_CODE_KEY; message: string }> = {
  unavailable: { code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE },
  not_found: {
    code: "NOT_FOUND",
    message: "指定されたデータが見つかりません。削除されたか、指定が正しくない可能性があります。",
  },
  conflict: {
    code: "CONFLICT",
    message: "同じデータが同時に登録・更新されました。画面を再読み込みしてから、もう一度お試しください。",
  },
  invalid: { code: "BAD_REQUEST", message: "入力された値を保存できません。内容を確認してください。" },
};

/** A database error as the tRPC error it stands for, or undefined when it is not one we can explain. */
export function databaseErrorToTRPC(error: unknown): TRPCError | undefined {
  const kind = classifyDatabaseError(error);
  if (!kind) return undefined;
  const { code, message } = DATABASE_ERRORS[kind];
  return new TRPCError({ code, message, cause: error });
}

/** Any error thrown below a procedure (domain rule, data layer) as a typed tRPC error where it has a meaning. */
export function mapProcedureError(cause: unknown): TRPCError | undefined {
  if (isDomainError(cause)) return toTRPCError(cause);
  return databaseErrorToTRPC(cause);
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
