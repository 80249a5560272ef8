import { pino } from "pino";
import type { Env } from "#env.ts";

/** Structured JSON lines on stdout; every request line carries its request id. */
export function createLogger(env: Pick<Env, "logLevel">): pino.Logger {
  return pino({
    level: env.logLevel,
    base: { service: "airisk" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["req.headers.cookie", "req.headers.authorization"], remove: true },
  });
}
export type Logger = pino.Logger;
