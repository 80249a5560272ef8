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

  it("answers client routes that contain a dot, such as invitation links, with the SPA", async () => {
    const res = await createApp({ database, logger, webDist }).request("/invite/AbC-_12.xyz789abc");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it("says plainly when the SPA has not been built", async () => {
    const res = await createApp({ database, logger, webDist: join(webDist, "nowhere") }).request("/");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("pnpm build");
  });
});

describe("sessions and CSRF over HTTP", () => {
  const signUpBody = (email: string) =>
    JSON.stringify({
      json: {
        email,
        password: "a long and uncommon passphrase",
        name: "Web User",
        organisationName: "Web Org",
      },
    });
  const post = (
    app: ReturnType<typeof createApp>,
    path: string,
    body: string,
    headers: Record<string, string>,
  ) =>
    app.request(`http://airisk.test${path}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    });

  it("sets an HttpOnly, SameSite=Lax session cookie (Secure when configured) that signs the next request in", async () => {
    const app = createApp({ database, logger, webDist, cookieSecure: true });
    const res = await post(app, "/trpc/auth.signUp", signUpBody("web1@example.com"), {
      "sec-fetch-site": "same-origin",
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^airisk_session=[a-z0-9]+\.[a-z0-9]+; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("Path=/");

    const me = await app.request("http://airisk.test/trpc/auth.me", {
      headers: { cookie: cookie.split(";")[0] ?? "" },
    });
    const body = (await me.json()) as { result: { data: { json: { user: { email: string } } } } };
    expect(body.result.data.json.user.email).toBe("web1@example.com");
  });

  it("leaves out Secure where not configured (plain-HTTP development)", async () => {
    const app = createApp({ database, logger, webDist });
    const res = await post(app, "/trpc/auth.signUp", signUpBody("web2@example.com"), {
      origin: "http://airisk.test",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).not.toContain("Secure");
  });

  it.each([
    [{ "sec-fetch-site": "cross-site" }, /Sec-Fetch-Site: cross-site/],
    [{ "sec-fetch-site": "same-site" }, /Sec-Fetch-Site: same-site/],
    [{ origin: "https://evil.example" }, /Origin: https:\/\/evil\.example/],
    [{}, /no Origin header/],
  ])("refuses a mutation with %o before it runs", async (headers, reason) => {
    const app = createApp({ database, logger, webDist });
    const email = `csrf-${crypto.randomUUID()}@example.com`;
    const res = await post(app, "/trpc/auth.signUp", signUpBody(email), headers);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(reason);
    const [row] = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from users where email = ${email}`),
    );
    expect(row?.n).toBe(0);
  });

  it("accepts the public origin when one is configured (behind a proxy)", async () => {
    const app = createApp({ database, logger, webDist, publicOrigin: "https://airisk.example.com" });
    const ok = await post(app, "/trpc/auth.signOut", JSON.stringify({}), {
      origin: "https://airisk.example.com",
    });
    expect(ok.status).toBe(200);
    const refused = await post(app, "/trpc/auth.signOut", JSON.stringify({}), {
      origin: "http://airisk.test",
    });
    expect(refused.status).toBe(403);
  });

  it("refuses an oversized body with 413 before parsing it", async () => {
    const app = createApp({ database, logger, webDist });
    const huge = JSON.stringify({ json: { email: "x@example.com", password: "p".repeat(2 * 1024 * 1024) } });
    const res = await post(app, "/trpc/auth.signIn", huge, { "sec-fetch-site": "same-origin" });
    expect(res.status).toBe(413);
  });

  it("answers malformed JSON with 400, never 500", async () => {
    const app = createApp({ database, logger, webDist });
    const res = await post(app, "/trpc/auth.signIn", "{not json", { "sec-fetch-site": "same-origin" });
    expect(res.status).toBe(400);
  });
});

describe("evidence over HTTP", () => {
  const origin = { "sec-fetch-site": "same-origin" };
  async function signUp(app: ReturnType<typeof createApp>, email: string): Promise<string> {
    const res = await app.request("http://airisk.test/trpc/auth.signUp", {
      method: "POST",
      headers: { "content-type": "application/json", ...origin },
      body: JSON.stringify({
        json: {
          email,
          password: "a long and uncommon passphrase",
          name: "E",
          organisationName: `Org of ${email}`,
        },
      }),
    });
    return (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }
  async function call(app: ReturnType<typeof createApp>, cookie: string, path: string, body: unknown) {
    const res = await app.request(`http://airisk.test/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, ...origin },
      body: JSON.stringify(superjson.serialize(body)),
    });
    return superjson.deserialize<{ id: string }>(
      ((await res.json()) as { result: { data: never } }).result.data,
    );
  }

  it("uploads a file as multipart and downloads it as an attachment, to its own organisation only", async () => {
    const app = createApp({ database, logger, webDist });
    const cookie = await signUp(app, "evidence-owner@example.com");
    const system = await call(app, cookie, "systems.create", {
      name: "Chatbot",
      purpose: "Answers customers",
      jurisdictions: ["KZ"],
      roles: ["owner"],
    });
    const form = new FormData();
    form.set("systemId", system.id);
    form.set("file", new Blob(["%PDF-1.4\n%%EOF\n"]), "policy.pdf");
    const upload = await app.request("http://airisk.test/trpc/evidence.upload", {
      method: "POST",
      headers: { cookie, ...origin },
      body: form,
    });
    expect(upload.status).toBe(200);
    const item = superjson.deserialize<{ id: string; mediaType: string }>(
      ((await upload.json()) as { result: { data: never } }).result.data,
    );
    expect(item.mediaType).toBe("application/pdf");

    const download = await app.request(`http://airisk.test/evidence/${system.id}/${item.id}`, {
      headers: { cookie },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''policy.pdf");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await download.text()).toBe("%PDF-1.4\n%%EOF\n");

    const stranger = await signUp(app, "evidence-stranger@example.com");
    const refused = await app.request(`http://airisk.test/evidence/${system.id}/${item.id}`, {
      headers: { cookie: stranger },
    });
    expect(refused.status).toBe(404);
    expect((await app.request(`http://airisk.test/evidence/${system.id}/${item.id}`)).status).toBe(401);
  });

  it("lets a 10 MB upload through the body limit and still refuses larger bodies", async () => {
    const app = createApp({ database, logger, webDist });
    const cookie = await signUp(app, "evidence-big@example.com");
    const form = new FormData();
    form.set("systemId", crypto.randomUUID());
    form.set("file", new Blob([new Uint8Array(12 * 1024 * 1024)]), "big.bin");
    const tooBig = await app.request("http://airisk.test/trpc/evidence.upload", {
      method: "POST",
      headers: { cookie, ...origin },
      body: form,
    });
    expect(tooBig.status).toBe(413);
  });
});
