export { type Context, type ContextOptions, createContextInner } from "./context";
export type { FieldErrors } from "./errors";
export { type AppRouter, appRouter, createCaller } from "./root";
