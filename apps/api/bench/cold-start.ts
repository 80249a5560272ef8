import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";

/**
 * Cold start: from spawning the API process to the first 200 from /readyz. Measured on a fresh
 * embedded database (includes creating it and applying every migration), on an existing one, and,
 * when BENCH_PG_URL (or DATABASE_URL) names a Postgres server, on a fresh and on a migrated database
 * there. Prints the median, min and max of RUNS runs each. Goal: embedded ≤ 5 s.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const main = new URL("../src/main.ts", import.meta.url).pathname;
const pgUrl = process.env.BENCH_PG_URL ?? process.env.DATABASE_URL;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function coldStart(env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      ...(process.env.AIRISK_DEMO ? { AIRISK_DEMO: process.env.AIRISK_DEMO } : {}),
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error("the server exited before it was ready");
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

async function series(label: string, prepare: () => Promise<Record<string, string>>): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await coldStart(await prepare()));
  times.sort((a, b) => a - b);
  const ms = (n: number) => `${Math.round(n)} ms`;
  return `| ${label} | ${ms(times[Math.floor(times.length / 2)] ?? 0)} | ${ms(times[0] ?? 0)} | ${ms(times.at(-1) ?? 0)} |`;
}

const scratch = mkdtempSync(join(tmpdir(), "airisk-bench-"));
const rows: string[] = [];
try {
  let n = 0;
  rows.push(
    await series("embedded, fresh data dir (creates + migrates)", async () => ({
      DATA_DIR: join(scratch, `fresh-${n++}`),
    })),
  );
  const warm = join(scratch, "warm");
  await coldStart({ DATA_DIR: warm });
  rows.push(await series("embedded, existing data dir", async () => ({ DATA_DIR: warm })));

  if (pgUrl) {
    const admin = postgres(pgUrl, { max: 1, onnotice: () => {} });
    const created: string[] = [];
    const fresh = async () => {
      const name = `airisk_bench_${process.pid}_${created.length}`;
      await admin.unsafe(`create database ${name}`);
      created.push(name);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      return url.toString();
    };
    try {
      rows.push(
        await series("Postgres, fresh database (migrates)", async () => ({ DATABASE_URL: await fresh() })),
      );
      const migrated = await fresh();
      rows.push(await series("Postgres, migrated database", async () => ({ DATABASE_URL: migrated })));
    } finally {
      for (const name of created) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`cold start to /readyz 200, ${RUNS} runs each (node ${process.version}, ${process.platform})`);
console.log("| case | median | min | max |\n| --- | --- | --- | --- |");
for (const row of rows) console.log(row);
