import type { Database } from "@airisk/db/client";

/** Where the API reports what it hides from clients (the detail of unexpected errors). */
export type ApiLogger = {
  error(details: Record<string, unknown>, message: string): void;
};

/**
 * The inner context: everything a procedure needs, built without HTTP so tests can call
 * procedures through `createCaller`. The host adds request-specific facts (id, headers) around it.
 */
export type ApiContext = {
  database: Database;
  /** Taken once per request, so one request sees one "now". */
  now: Date;
  requestId: string;
  log: ApiLogger;
};

export function createInnerContext(opts: {
  database: Database;
  log: ApiLogger;
  requestId?: string;
  now?: Date;
}): ApiContext {
  return {
    database: opts.database,
    log: opts.log,
    requestId: opts.requestId ?? "internal",
    now: opts.now ?? new Date(),
  };
}
