export { hashPassword } from "./auth/password";
export { type ResolvedSession, resolveSession, SESSION_TTL_MS } from "./auth/sessions";
export { type Context, type ContextOptions, createContextInner, type SessionCookie } from "./context";
export type { FieldErrors } from "./errors";
export { type AppRouter, appRouter, createCaller } from "./root";
export { type Invitation, inviteUser } from "./services/users";
export type { Meta } from "./trpc";
