import { type Actor, can, type Permission, type Scope } from "@kyoso/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, type z } from "zod";
import type { Context } from "./context";
import { fieldErrorsOf, mapProcedureError, TRANSPORT_MESSAGES } from "./errors";
import { type CheckedScope, callScope, resolveScopes, type ScopeFor, type ScopeSource } from "./scope";

export type { ScopeSource } from "./scope";

export interface Meta {
  permission: Permission;
  /** "none", or a scope made by `scoped()`, which checks its field against the input schema. */
  scope: ScopeSource;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const fieldErrors = fieldErrorsOf(error.cause);
      const firstMessage = error.cause instanceof ZodError ? error.cause.issues[0]?.message : undefined;
      return {
        ...shape,
        // A validation failure reads as its first Japanese message, not as serialized issues.
        message:
          firstMessage ??
          TRANSPORT_MESSAGES[error.cause instanceof SyntaxError ? "PARSE_ERROR" : error.code] ??
          (error.code === "INTERNAL_SERVER_ERROR" ? "サーバーでエラーが発生しました。" : shape.message),
        data: { ...shape.data, fieldErrors, stack: undefined },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    const mapped = mapProcedureError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

export const FORBIDDEN_MESSAGE = "この操作を行う権限がありません。";

/**
 * The one permission check. Every procedure declares `meta({ permission, scope })`; one without is refused
 * outright (and the router test fails on it).
 */
const authorize = t.middleware(async ({ ctx, meta, getRawInput, next }) => {
  if (!meta?.permission) {
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "procedure declares no permission" });
  }
  if (meta.permission !== "public" && !ctx.actor) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "サインインしてください。" });
  }
  const { mode, scopes } = await resolveScopes(ctx, meta.scope, await getRawInput());
  const allowed = (scope: Scope) => can(ctx.actor, meta.permission, scope);
  const passed = mode === "all" ? (scopes.every(allowed) ? scopes : []) : scopes.filter(allowed);
  if (passed.length === 0) throw new TRPCError({ code: "FORBIDDEN", message: FORBIDDEN_MESSAGE });
  // What was found for the check (the region, the edition) goes to the resolver, which need not read it again.
  return next({ ctx: { scope: callScope(passed) } });
});

/**
 * The input and the permission of a procedure whose region comes from an input field:
 * `protectedProcedure.concat(scoped(surveyUpdateSchema, "region.write", { surveyId: "id" }))`. The field must
 * be a string field of the schema's input (a list of ids for `taskIds`), so a typo fails the build instead of
 * refusing every caller at run time.
 */
export function scoped<TSchema extends z.ZodType>(
  input: TSchema,
  permission: Permission,
  scope: ScopeFor<z.input<TSchema>>,
) {
  return t.procedure.meta({ permission, scope: scope as unknown as CheckedScope }).input(input);
}

const guarded = t.procedure.use(domainErrors).use(authorize);

/** For procedures anyone may call (sign-in, reference data); still declared with `permission: "public"`. */
export const publicProcedure = guarded;

/** For signed-in callers: `ctx.actor` is never null here. */
export const protectedProcedure = guarded.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "サインインしてください。" });
  return next({ ctx: { actor: ctx.actor as Actor } });
});
