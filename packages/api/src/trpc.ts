import { DomainError, type DomainErrorCode } from "@airisk/domain/errors";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { ApiContext } from "#context.ts";

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // The field a validation error is about, so the SPA can show it beside that field.
        field:
          cause instanceof DomainError && "field" in cause ? (cause as { field: string }).field : undefined,
        fieldErrors: cause instanceof ZodError ? zodFieldErrors(cause) : undefined,
        // Never send stack traces.
        stack: undefined,
      },
    };
  },
});

function zodFieldErrors(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "input";
    out[path] ??= issue.message;
  }
  return out;
}

const CODE: Record<DomainErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  VALIDATION: "BAD_REQUEST",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

/**
 * The one adapter from core's typed errors to tRPC codes. Anything unexpected becomes a generic
 * 500 whose detail goes to the log with the request id, never to the client.
 */
const mapErrors = t.middleware(async function mapErrors({ ctx, next, path }) {
  const result = await next();
  if (result.ok) return result;
  const error = result.error;
  const cause = error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: CODE[cause.code], message: cause.message, cause });
  }
  if (cause instanceof ZodError) {
    // Name the first field and the reason in the message itself; all of them are in data.fieldErrors.
    const [path, reason] = Object.entries(zodFieldErrors(cause))[0] ?? ["input", "is invalid"];
    throw new TRPCError({ code: "BAD_REQUEST", message: `${path}: ${reason}`, cause });
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    ctx.log.error({ err: cause ?? error, path, requestId: ctx.requestId }, "unexpected error in procedure");
    throw new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: `Something went wrong on our side (request ${ctx.requestId}).`,
    });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors);
