import { readMembershipRole } from "@airisk/core/auth/accounts";
import { type ValidSession, validateSession } from "@airisk/core/auth/sessions";
import type { TenantContext } from "@airisk/core/context";
import { recordRefusedAttempt } from "@airisk/core/systems";
import { withTenant } from "@airisk/db/tenancy";
import { DomainError, type DomainErrorCode, PreconditionFailedError } from "@airisk/domain/errors";
import { type Action, can } from "@airisk/domain/permissions";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { ApiContext } from "#context.ts";

/** What a procedure declares about itself; tests read it to cover every procedure. */
export type ProcedureMeta = { action?: Action };

const t = initTRPC
  .context<ApiContext>()
  .meta<ProcedureMeta>()
  .create({
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

/** A valid session: the signed-in user and the organisation the session works in. */
const requireSession = t.middleware(async function requireSession({ ctx, next }) {
  const token = ctx.cookie.read();
  const session = token ? await validateSession({ database: ctx.database, token, now: ctx.now }) : null;
  if (!session) {
    if (token) ctx.cookie.clear();
    throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in to continue" });
  }
  if (session.refreshed) ctx.cookie.set(token as string, session.expiresAt);
  return next({ ctx: { session } });
});

export const authedProcedure = publicProcedure.use(requireSession);

/**
 * An active organisation the user belongs to. The procedure runs inside one transaction as the
 * request role with that tenant selected, so row-level security confines every query to it; an
 * error anywhere rolls the whole procedure back.
 */
const requireTenant = t.middleware(async function requireTenant({ ctx, next }) {
  const { session } = ctx as typeof ctx & { session: ValidSession };
  const tenantId = session.activeTenantId;
  if (!tenantId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "choose or create an organisation first" });
  }
  let actor: TenantContext["actor"] | undefined;
  try {
    return await withTenant(ctx.database.db, { tenantId, userId: session.userId }, async (tx) => {
      const role = await readMembershipRole(tx, { tenantId, userId: session.userId });
      if (!role)
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "you are no longer a member of this organisation",
        });
      actor = { userId: session.userId, role };
      const tenant: TenantContext = { tx, tenantId, actor, now: ctx.now };
      const result = await next({ ctx: { tenant } });
      // Throwing inside the transaction rolls it back; tRPC reports the same error either way.
      if (!result.ok) throw result.error;
      return result;
    });
  } catch (error) {
    // A lifecycle event a guard refused is recorded once the request's work has rolled back
    // (lifecycle.md: rejected attempts by authorised users are recorded too).
    const cause = error instanceof TRPCError ? error.cause : error;
    if (actor && cause instanceof PreconditionFailedError && cause.attempt) {
      const attempt = cause.attempt;
      const who = actor;
      await withTenant(ctx.database.db, { tenantId, userId: session.userId }, (tx) =>
        recordRefusedAttempt({ ctx: { tx, tenantId, actor: who, now: ctx.now }, attempt, error: cause }),
      ).catch((recordError: unknown) =>
        ctx.log.error({ err: recordError, requestId: ctx.requestId }, "could not record a refused attempt"),
      );
    }
    throw error;
  }
});

export const tenantProcedure = authedProcedure.use(requireTenant);

/** A tenant procedure the member's role must permit (the matrix in @airisk/domain/permissions). */
export function permittedProcedure(action: Action) {
  return tenantProcedure.meta({ action }).use(async function requirePermission({ ctx, next }) {
    const { tenant } = ctx as typeof ctx & { tenant: TenantContext };
    if (!can(tenant.actor.role, action)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `your role (${tenant.actor.role}) may not ${action}`,
      });
    }
    return next();
  });
}
