import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19456 KiB, t=2, p=1: OWASP's recommendation).

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of a random password: verifying against it when the account is unknown or has no password takes as
// long as a real check, so response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  decoyHash ??= hash(randomBytes(16).toString("hex"));
  const ok = await verify(passwordHash ?? (await decoyHash), password).catch(() => false);
  return ok && passwordHash !== null;
}
