/**
 * Typed domain errors. Core throws them; the API maps each code to one tRPC code, so a client
 * always learns why it was refused and never sees a 500 for something it sent.
 */
export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "VALIDATION"
  | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  override readonly name: string = "DomainError";
  readonly code: DomainErrorCode;
  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export class NotFoundError extends DomainError {
  override readonly name = "NotFoundError";
  constructor(what: string) {
    super("NOT_FOUND", `${what} was not found`);
  }
}

export class ForbiddenError extends DomainError {
  override readonly name = "ForbiddenError";
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

export class UnauthorizedError extends DomainError {
  override readonly name = "UnauthorizedError";
  constructor(message = "sign in to continue") {
    super("UNAUTHORIZED", message);
  }
}

export class ConflictError extends DomainError {
  override readonly name = "ConflictError";
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** A lifecycle guard refused: `guard` names it, the message says what is missing. */
export class PreconditionFailedError extends DomainError {
  override readonly name = "PreconditionFailedError";
  readonly guard: string;
  readonly missing: string;
  /**
   * A refused lifecycle event to record once the request's transaction has rolled back
   * (lifecycle.md: rejected attempts by authorised users are recorded too).
   */
  readonly attempt: RefusedAttempt | undefined;
  constructor(guard: string, missing: string, attempt?: RefusedAttempt) {
    super("PRECONDITION_FAILED", `${guard}: ${missing}`);
    this.guard = guard;
    this.missing = missing;
    this.attempt = attempt;
  }
}

export type RefusedAttempt = { systemId: string; event: string; fromState: string; reason: string | null };

/** Input that passed the schema but breaks a rule; `field` names where it went wrong. */
export class ValidationError extends DomainError {
  override readonly name = "ValidationError";
  readonly field: string;
  constructor(field: string, reason: string) {
    super("VALIDATION", `${field}: ${reason}`);
    this.field = field;
  }
}

export class TooManyRequestsError extends DomainError {
  override readonly name = "TooManyRequestsError";
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("TOO_MANY_REQUESTS", `too many attempts; try again in ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
