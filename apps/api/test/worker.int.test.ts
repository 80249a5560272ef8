import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createReminderOrg, createSystemIn } from "@airisk/core/reminders/testing";
import { rowsOf } from "@airisk/db/client";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

const entry = (name: string) => new URL(`../src/${name}`, import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "airisk-worker-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Running = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function start(file: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, [entry(file)], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d;
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const today = (offsetDays = 0): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe("the job queue in embedded mode", () => {
  it("runs inside the API process: a sweep at start, then a graceful stop", async () => {
    const api = start("main.ts", {
      PORT: String(await freePort()),
      DATA_DIR: join(tmp, "embedded", "pglite"),
      AIRISK_DEMO: "0",
    });
    try {
      // A fresh embedded database, pg-boss's schema and the first sweep: seconds alone, far more
      // while CI runs every package's suites side by side.
      await until(() => api.output().includes("review sweep done"), 100_000);
    } finally {
      api.child.kill("SIGTERM");
    }
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('"msg":"stopped"');
  }, 120_000);

  it("has no separate worker: the worker refuses to start without DATABASE_URL", async () => {
    const worker = start("worker.ts", { DATA_DIR: join(tmp, "unused") });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/the worker needs DATABASE_URL/);
  });
});

describe.runIf(process.env.DATABASE_URL)("workers on Postgres", () => {
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await database?.close();
  });

  it("two workers side by side send every review event and reminder exactly once", async () => {
    database = await createTestDatabase();
    const org = await createReminderOrg(database);
    const due: string[] = [];
    for (let i = 0; i < 20; i++)
      due.push(await createSystemIn(database, org, "operating.compliant", today()));
    for (let i = 0; i < 20; i++) await createSystemIn(database, org, "operating.compliant", today(5));
    // No SMTP_URL: each reminder's e-mail is written to <DATA_DIR>/../outbox as <reminder id>.eml.
    const env = {
      DATABASE_URL: database.url as string,
      DATABASE_POOL_MAX: "3",
      DATA_DIR: join(tmp, "pg", "pglite"),
    };
    const outbox = join(tmp, "pg", "outbox");
    const emails = () => (existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith(".eml")) : []);
    const workers = [start("worker.ts", env), start("worker.ts", env)];
    const count = async (query: ReturnType<typeof sql>) =>
      rowsOf<{ n: number }>(await (database as TestDatabase).db.execute(query))[0]?.n ?? 0;
    try {
      await until(
        async () =>
          (await count(
            sql`select count(*)::int as n from systems where tenant_id = ${org.tenantId} and state = 'operating.reviewDue'`,
          )) === 20,
      );
      // Both started and queued a sweep at start (one queued or running at a time: `exclusive`).
      await until(() => workers.every((w) => w.output().includes('"msg":"worker started"')));
      await until(() => emails().length >= 40);
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
    }
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where tenant_id = ${org.tenantId} and action = 'lifecycle.REVIEW_DUE'`,
      ),
    ).toBe(20);
    // 20 due today (the last reminder, 1 day) + 20 due in 5 days (the 7-day reminder), to the owner.
    const reminders = rowsOf<{ offset_days: number; n: number }>(
      await database.db.execute(sql`
        select offset_days, count(*)::int as n from reminders where tenant_id = ${org.tenantId}
        group by offset_days order by offset_days`),
    );
    expect(reminders).toEqual([
      { offset_days: 1, n: 20 },
      { offset_days: 7, n: 20 },
    ]);
    // One e-mail per reminder, each recorded as sent.
    expect(emails()).toHaveLength(40);
    expect(
      await count(
        sql`select count(*)::int as n from reminders where tenant_id = ${org.tenantId} and emailed_at is not null`,
      ),
    ).toBe(40);
  }, 90_000);
});
