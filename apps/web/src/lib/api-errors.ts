import { isApiError } from "./trpc";

export interface ApiFailure {
  code: string | undefined;
  message: string;
  fieldErrors: Record<string, string[]>;
}

/** What a form needs from a failed call: the Japanese message, the per-field messages, the tRPC code. */
export function describeApiFailure(error: unknown, fallback: string): ApiFailure {
  // Without `data` the server never answered (network down): its raw message would be English jargon.
  if (!isApiError(error) || !error.data) return { code: undefined, message: fallback, fieldErrors: {} };
  return {
    code: error.data.code,
    message: error.message || fallback,
    fieldErrors: error.data.fieldErrors ?? {},
  };
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.data?.code === "NOT_FOUND";
}

/** A record that does not exist, or an address that could never name one (a malformed id). */
export function isMissing(error: unknown): boolean {
  return isApiError(error) && (error.data?.code === "NOT_FOUND" || error.data?.code === "BAD_REQUEST");
}

/** The server's own (Japanese) message, when the server answered at all. */
export function serverMessage(error: unknown): string | undefined {
  return isApiError(error) && error.data ? error.message : undefined;
}

/** The server refused: the signed-in user may not see or change this. */
export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.data?.code === "FORBIDDEN";
}
