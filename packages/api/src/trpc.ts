import { isDomainError } from "@kyoso/domain";
import { initTRPC } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context";
import { fieldErrorsOf, toTRPCError } from "./errors";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const fieldErrors = fieldErrorsOf(error.cause);
    const firstMessage = error.cause instanceof ZodError ? error.cause.issues[0]?.message : undefined;
    return {
      ...shape,
      // A validation failure reads as its first Japanese message, not as serialized issues.
      message:
        firstMessage ??
        (error.code === "INTERNAL_SERVER_ERROR" ? "サーバーでエラーが発生しました。" : shape.message),
      data: { ...shape.data, fieldErrors, stack: undefined },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause);
  return result;
});

/** Every procedure starts here: domain errors leave as typed tRPC errors with their Japanese message. */
export const publicProcedure = t.procedure.use(domainErrors);
