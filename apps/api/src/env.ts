import { dirname, isAbsolute, join, resolve } from "node:path";
import { defaultDataDir } from "@airisk/db/client";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Raised for malformed configuration; its message is the one line an operator sees. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(
    z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }).optional(),
  );

const intInRange = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? String(fallback) : v))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, { error: `must be a whole number from ${min} to ${max}` })
        .transform(Number)
        .pipe(
          z
            .number()
            .min(min, { error: `must be a whole number from ${min} to ${max}` })
            .max(max, { error: `must be a whole number from ${min} to ${max}` }),
        ),
    );

const schema = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: intInRange(1, 65535, 3000),
  DATABASE_URL: optionalUrl,
  DATABASE_POOL_MAX: intInRange(1, 200, 10),
  DATA_DIR: z.string().optional(),
  WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: intInRange(100, 120_000, 10_000),
  SHUTDOWN_DRAIN_MS: intInRange(0, 60_000, 0),
  COOKIE_SECURE: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  TRUST_PROXY: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
  AIRISK_DEMO: z
    .enum(["0", "1", "false", "true"], { error: "must be 0 or 1" })
    .default("1")
    .transform((v) => v === "1" || v === "true"),
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(
      z
        .url({
          protocol: /^smtps?$/,
          error: "must be an smtp:// or smtps:// URL such as smtp://user:pass@host:587",
        })
        .optional(),
    ),
  MAIL_FROM: z.string().min(3).default("airisk <no-reply@airisk.localhost>"),
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: "must be an http(s) origin such as https://airisk.example.com" })
    .transform((u) => new URL(u).origin)
    .optional(),
};

export type Env = {
  nodeEnv: "development" | "production" | "test";
  host: string;
  port: number;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  /** The embedded database's folder; unused when `databaseUrl` is set. */
  dataDir: string;
  /** The built SPA. */
  webDist: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  shutdownTimeoutMs: number;
  /** How long /readyz answers 503 before the listener closes, so a load balancer stops routing. */
  shutdownDrainMs: number;
  /** Session cookie marked Secure: default on in production. */
  cookieSecure: boolean;
  trustProxy: boolean;
  publicOrigin: string | undefined;
  /** Reminder e-mail over SMTP; unset: written as `.eml` files to `outboxDir` instead. */
  smtpUrl: string | undefined;
  /** `.data/outbox` beside the embedded database's folder (DATA_DIR's parent). */
  outboxDir: string;
  mailFrom: string;
  /**
   * Seed the demo organisation (one member per persona, about 25 systems) on the first start of the
   * embedded database; `AIRISK_DEMO=0` turns it off. Never on a Postgres server (`pnpm db:seed`).
   */
  demo: boolean;
};

/**
 * The host's whole configuration, read once. Nothing else reads `process.env`. Throws ConfigError
 * naming the first bad variable and what is wrong with it.
 */
export function loadEnv(source: Record<string, string | undefined>, cwd: string): Env {
  const raw = createEnv({
    server: schema,
    runtimeEnv: source,
    emptyStringAsUndefined: false,
    onValidationError(issues) {
      const first = issues[0];
      const variable = first?.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".") ?? "?";
      throw new ConfigError(`Invalid configuration: ${variable} ${first?.message ?? "is invalid"}`);
    },
  });
  const fromCwd = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  const dataDir = raw.DATA_DIR ? fromCwd(raw.DATA_DIR) : defaultDataDir(cwd);
  return {
    nodeEnv: raw.NODE_ENV,
    host: raw.HOST,
    port: raw.PORT,
    databaseUrl: raw.DATABASE_URL,
    databasePoolMax: raw.DATABASE_POOL_MAX,
    dataDir,
    webDist: raw.WEB_DIST ? fromCwd(raw.WEB_DIST) : new URL("../../web/dist", import.meta.url).pathname,
    logLevel: raw.LOG_LEVEL,
    shutdownTimeoutMs: raw.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainMs: raw.SHUTDOWN_DRAIN_MS,
    cookieSecure: raw.COOKIE_SECURE ? raw.COOKIE_SECURE === "true" : raw.NODE_ENV === "production",
    trustProxy: raw.TRUST_PROXY === "true",
    publicOrigin: raw.PUBLIC_ORIGIN,
    smtpUrl: raw.SMTP_URL,
    outboxDir: join(dirname(dataDir), "outbox"),
    mailFrom: raw.MAIL_FROM,
    demo: raw.AIRISK_DEMO,
  };
}
