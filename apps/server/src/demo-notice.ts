import { DEMO_PASSWORD, DEMO_USERS } from "@kyoso/db";

/** Printed at start-up when the demo data is on, so a newcomer can sign in at once. */
export function demoAccountsNotice(): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const lines = DEMO_USERS.map((u) => `  ${u.email.padEnd(width)}  ${u.displayName}`);
  return [`デモ用アカウント (demo accounts), password: ${DEMO_PASSWORD}`, ...lines].join("\n");
}
