import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const main = new URL("../src/main.ts", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "airisk-proc-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Result = { code: number | null; stdout: string; stderr: string };

function run(
  env: Record<string, string>,
  until?: (out: string, child: ChildProcess) => void,
): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
      until?.(stdout, child);
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
    });
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** One line on stderr, exit code 1, no stack trace. */
function expectOneLineRefusal(result: Result, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("start-up refusals", () => {
  it("names a malformed variable and stops", async () => {
    const result = await run({ PORT: "eighty", DATA_DIR: join(tmp, "unused") });
    expectOneLineRefusal(result, /^airisk: Invalid configuration: PORT must be a whole number/);
  });

  it("says the port is in use", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const result = await run({ PORT: String(port), DATA_DIR: join(tmp, "port-in-use") });
      expectOneLineRefusal(result, new RegExp(`port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("reports a data folder it cannot open by its path, and leaves it as it was", async () => {
    const dataDir = join(tmp, "not-a-folder");
    writeFileSync(dataDir, "precious");
    const result = await run({ PORT: String(await freePort()), DATA_DIR: dataDir });
    expectOneLineRefusal(result, new RegExp(`embedded database.*${dataDir}`));
    expect(readFileSync(dataDir, "utf8")).toBe("precious");
  });

  it("names an unreachable Postgres server", async () => {
    const port = await freePort();
    const result = await run({
      PORT: String(await freePort()),
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/airisk`,
    });
    expectOneLineRefusal(result, new RegExp(`database airisk at 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
  });
});

describe(`a running server (${process.env.DATABASE_URL ? "Postgres" : "embedded"})`, () => {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      // The child server opens its own connections to this fresh database.
      database = await createTestDatabase();
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  const dbEnv = (dataDir: string): Record<string, string> =>
    database?.url ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir };

  /** `signals`: what arrives at shutdown; a terminal under `node --watch` delivers Ctrl-C twice. */
  async function startAndStop(
    env: Record<string, string>,
    signals: NodeJS.Signals[] = ["SIGTERM"],
  ): Promise<{ result: Result; ready: unknown }> {
    const port = await freePort();
    let ready: unknown;
    const pending = [...signals];
    const result = await run({ PORT: String(port), ...env }, (out, child) => {
      if (ready === undefined && out.includes('"msg":"listening"')) {
        ready = null;
        fetch(`http://127.0.0.1:${port}/readyz`)
          .then((r) => r.json())
          .then((body) => {
            ready = body;
            child.kill(pending.shift());
          });
      }
      // Further signals only once shutdown has begun (back-to-back signals merge into one).
      if (pending.length > 0 && out.includes('"msg":"shutting down"')) child.kill(pending.shift());
    });
    return { result, ready };
  }

  it("serves /readyz, stops cleanly on SIGINT twice, and starts again on the same data", async () => {
    const dataDir = join(tmp, "lifecycle");
    const first = await startAndStop(dbEnv(dataDir), ["SIGINT", "SIGINT"]);
    expect(first.result.stderr).toBe("");
    expect(first.result.code).toBe(0);
    expect(first.ready).toMatchObject({ status: "ready", database: { migrations: { current: true } } });
    expect(first.result.stdout).toContain('"msg":"stopped"');
    if (!database) expect(existsSync(join(dataDir, "airisk.lock"))).toBe(false);

    const second = await startAndStop(dbEnv(dataDir));
    expect(second.result.code).toBe(0);
    expect(second.ready).toMatchObject({ status: "ready" });
  });

  it("writes structured JSON log lines", async () => {
    const { result } = await startAndStop(dbEnv(join(tmp, "logs")));
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { msg: string; level: number });
    expect(lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(["database ready", "listening", "stopped"]),
    );
  });
});
