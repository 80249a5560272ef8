import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rowsOf } from "@airisk/db/client";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";

let database: TestDatabase;
let webDist: string;
const logger = pino({ level: "silent" });

beforeAll(async () => {
  database = await createTestDatabase();
  webDist = mkdtempSync(join(tmpdir(), "airisk-web-"));
  mkdirSync(join(webDist, "assets"));
  writeFileSync(
    join(webDist, "index.html"),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app-abc.js"></script>',
  );
  writeFileSync(join(webDist, "assets", "app-abc.js"), "console.log('app')");
});
afterAll(async () => {
  await database?.close();
  rmSync(webDist, { recursive: true, force: true });
});

const mode = process.env.DATABASE_URL ? "postgres" : "embedded";

describe("health probes", () => {
  it("GET /healthz says the process is up", async () => {
    const res = await createApp({ database, logger, webDist }).request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("GET /readyz is ready when the database answers and migrations are current", async () => {
    const res = await createApp({ database, logger, webDist }).request("/readyz");
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      database: { mode: string; migrations: { current: boolean } };
    };
    expect(body.status).toBe("ready");
    expect(body.database.mode).toBe(mode);
    expect(body.database.migrations.current).toBe(true);
  });

  it("GET /readyz answers 503 naming pending migrations", async () => {
    const app = createApp({ database, logger, webDist });
    const [removed] = rowsOf<{ id: number; hash: string; created_at: string | number }>(
      await database.db.execute(
        sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations) returning *`,
      ),
    );
    if (!removed) throw new Error("no migration row was removed");
    try {
      const res = await app.request("/readyz");
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        status: "not_ready",
        reason: expect.stringMatching(/^migrations pending/),
      });
    } finally {
      await database.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${removed.id}, ${removed.hash}, ${removed.created_at})`,
      );
    }
    expect((await app.request("/readyz")).status).toBe(200);
  });

  it("GET /readyz answers 503 once shutdown has begun, so traffic drains away", async () => {
    const res = await createApp({ database, logger, webDist, isAccepting: () => false }).request("/readyz");
    expect(res.status).toBe(503);
  });
});

describe("tRPC at /trpc", () => {
  it("serves health.status with superjson", async () => {
    const res = await createApp({ database, logger, webDist }).request("/trpc/health.status");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
    const health = superjson.deserialize<{ checkedAt: Date; database: { mode: string } }>(body.result.data);
    expect(health.checkedAt).toBeInstanceOf(Date);
    expect(health.database.mode).toBe(mode);
  });

  it("answers 404 for a procedure that does not exist", async () => {
    const res = await createApp({ database, logger, webDist }).request("/trpc/nope.nothing");
    expect(res.status).toBe(404);
  });

  it("carries a request id on every response, keeping the caller's", async () => {
    const app = createApp({ database, logger, webDist });
    expect((await app.request("/healthz")).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const res = await app.request("/healthz", { headers: { "X-Request-Id": "trace-1" } });
    expect(res.headers.get("x-request-id")).toBe("trace-1");
  });
});

describe("the SPA at /", () => {
  it("serves index.html for client-side routes (history fallback) with security headers", async () => {
    const res = await createApp({ database, logger, webDist }).request("/portfolio/some-system");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("serves hashed assets as immutable and answers 404 for missing files", async () => {
    const app = createApp({ database, logger, webDist });
    const asset = await app.request("/assets/app-abc.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await app.request("/assets/missing-123.js")).status).toBe(404);
    expect((await app.request("/favicon.ico")).status).toBe(404);
  });

  it("says plainly when the SPA has not been built", async () => {
    const res = await createApp({ database, logger, webDist: join(webDist, "nowhere") }).request("/");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("pnpm build");
  });
});
