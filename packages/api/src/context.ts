import type { Database } from "@airisk/db/client";

/** Where the API reports what it hides from clients (the detail of unexpected errors). */
export type ApiLogger = {
  error(details: Record<string, unknown>, message: string): void;
};

/**
 * The session cookie as the API sees it; the host implements it over HTTP headers (HttpOnly,
 * SameSite=Lax, Secure in production), tests over a plain variable.
 */
export type SessionCookie = {
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

/**
 * The inner context: everything a procedure needs, built without HTTP so tests can call
 * procedures through `createCaller`.
 */
export type ApiContext = {
  database: Database;
  /** Taken once per request, so one request sees one "now". */
  now: Date;
  requestId: string;
  log: ApiLogger;
  cookie: SessionCookie;
  /** The client's address, for sign-in throttling. */
  clientIp: string;
};

/** A cookie jar in memory: for tests and for callers without HTTP. */
export function memoryCookie(
  initial?: string,
): SessionCookie & { value: string | undefined; expiresAt?: Date } {
  const jar: SessionCookie & { value: string | undefined; expiresAt?: Date } = {
    value: initial,
    read: () => jar.value,
    set(token, expiresAt) {
      jar.value = token;
      jar.expiresAt = expiresAt;
    },
    clear() {
      jar.value = undefined;
      jar.expiresAt = undefined;
    },
  };
  return jar;
}

export function createInnerContext(opts: {
  database: Database;
  log: ApiLogger;
  cookie?: SessionCookie;
  clientIp?: string;
  requestId?: string;
  now?: Date;
}): ApiContext {
  return {
    database: opts.database,
    log: opts.log,
    cookie: opts.cookie ?? memoryCookie(),
    clientIp: opts.clientIp ?? "unknown",
    requestId: opts.requestId ?? "internal",
    now: opts.now ?? new Date(),
  };
}
