import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "../src/env.ts";

const load = (vars: Record<string, string>) => loadEnv(vars, "/srv/airisk");

describe("configuration", () => {
  it("has working defaults for a fresh machine: embedded database, port 3000", () => {
    const env = load({});
    expect(env.port).toBe(3000);
    expect(env.databaseUrl).toBeUndefined();
    expect(env.dataDir).toMatch(/\.data\/pglite$/);
    expect(env.logLevel).toBe("info");
  });

  it("resolves a relative DATA_DIR against the working directory", () => {
    expect(load({ DATA_DIR: "var/db" }).dataDir).toBe("/srv/airisk/var/db");
  });

  it("marks the session cookie Secure in production unless told otherwise", () => {
    expect(load({}).cookieSecure).toBe(false);
    expect(load({ NODE_ENV: "production" }).cookieSecure).toBe(true);
    expect(load({ NODE_ENV: "production", COOKIE_SECURE: "false" }).cookieSecure).toBe(false);
    expect(load({ PUBLIC_ORIGIN: "https://airisk.example.com/some/path" }).publicOrigin).toBe(
      "https://airisk.example.com",
    );
  });

  it("seeds the demo unless AIRISK_DEMO=0", () => {
    expect(load({}).demo).toBe(true);
    expect(load({ AIRISK_DEMO: "0" }).demo).toBe(false);
    expect(load({ AIRISK_DEMO: "1" }).demo).toBe(true);
  });

  it("sends reminder e-mail over SMTP_URL, or into .data/outbox beside DATA_DIR without it", () => {
    expect(load({}).smtpUrl).toBeUndefined();
    expect(load({ SMTP_URL: "" }).smtpUrl).toBeUndefined();
    expect(load({ DATA_DIR: "var/db" }).outboxDir).toBe("/srv/airisk/var/outbox");
    expect(load({}).outboxDir).toMatch(/\.data\/outbox$/);
    expect(load({ SMTP_URL: "smtps://u:p@mail.example.com:465" }).smtpUrl).toBe(
      "smtps://u:p@mail.example.com:465",
    );
    expect(() => load({ SMTP_URL: "http://mail.example.com" })).toThrow(/SMTP_URL must be an smtp:\/\//);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(load({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: "http" }, "Invalid configuration: PORT must be a whole number from 1 to 65535"],
    [{ PORT: "70000" }, "Invalid configuration: PORT must be a whole number from 1 to 65535"],
    [
      { DATABASE_URL: "mysql://root@localhost/x" },
      "Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL",
    ],
    [{ DATABASE_URL: "not a url" }, "Invalid configuration: DATABASE_URL"],
    [{ LOG_LEVEL: "loud" }, "Invalid configuration: LOG_LEVEL"],
    [{ SHUTDOWN_TIMEOUT_MS: "-1" }, "Invalid configuration: SHUTDOWN_TIMEOUT_MS"],
    [{ TRUST_PROXY: "yes" }, "Invalid configuration: TRUST_PROXY must be true or false"],
    [{ AIRISK_DEMO: "maybe" }, "Invalid configuration: AIRISK_DEMO must be 0 or 1"],
    [{ PUBLIC_ORIGIN: "ftp://x" }, "Invalid configuration: PUBLIC_ORIGIN must be an http(s) origin"],
  ])("refuses %o naming the variable and the reason", (vars, message) => {
    const error = (() => {
      try {
        load(vars);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain("\n");
  });
});
