import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe (43 characters): session and invitation tokens. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored, so a database leak does not hand out live sessions or invitations. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
