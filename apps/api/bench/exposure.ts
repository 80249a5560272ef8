import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { cpus, totalmem } from "node:os";
import { seedScale } from "@airisk/core/demo";
import { createDb } from "@airisk/db/client";
import { migrateDatabase } from "@airisk/db/migrate";
import autocannon from "autocannon";
import postgres from "postgres";

/**
 * `dashboard.exposure` for a tenant with 10,000 systems and about 100,000 risks (issue 7; goal: p99
 * ≤ 150 ms on the machine's Postgres), through the real HTTP app, at concurrency 1 and a small
 * concurrency, with the response's size. Makes its own database on BENCH_PG_URL's server (default
 * postgres://postgres@127.0.0.1:5432/postgres), seeds it in bulk and drops it after.
 */
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SYSTEMS = Number(process.env.BENCH_SYSTEMS ?? 10_000);
const RISKS_PER_SYSTEM = Number(process.env.BENCH_RISKS_PER_SYSTEM ?? 12);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const main = new URL("../src/main.ts", import.meta.url).pathname;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const name = `airisk_bench_exposure_${process.pid}`;
const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(SERVER);
url.pathname = `/${name}`;
const dbUrl = url.toString();

let server: ReturnType<typeof spawn> | undefined;
try {
  const database = await createDb({ mode: "postgres", url: dbUrl, maxConnections: 2 });
  let tenant: { id: string; adminEmail: string; systems: number };
  let password: string;
  let risks: number;
  try {
    await migrateDatabase(database);
    const big = await seedScale({
      database,
      now: new Date(),
      tenants: 1,
      systemsPerTenant: SYSTEMS,
      risksPerSystem: RISKS_PER_SYSTEM,
      label: "Big",
    });
    tenant = big.tenants[0] as typeof tenant;
    password = big.password;
    risks = big.rows.risks;
    console.log(
      `seeded ${big.rows.systems} systems, ${big.rows.risks} risks, ${big.rows.mitigations} mitigations in ${Math.round(big.ms)} ms`,
    );
  } finally {
    await database.close();
  }
  const analyze = postgres(dbUrl, { max: 1, onnotice: () => {} });
  await analyze.unsafe("vacuum (analyze)");
  await analyze.end();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      LOG_LEVEL: "warn",
      DATABASE_URL: dbUrl,
      DATABASE_POOL_MAX: String(POOL),
      NODE_ENV: "production",
      COOKIE_SECURE: "false",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (;;) {
    if (server.exitCode !== null) throw new Error("the server exited before it was ready");
    const ok = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const signIn = await fetch(`${base}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ json: { email: tenant.adminEmail, password } }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

  const path = `/trpc/dashboard.exposure?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
  const started = performance.now();
  const first = await fetch(`${base}${path}`, { headers: { cookie } });
  const body = await first.text();
  const firstMs = performance.now() - started;
  if (!first.ok) throw new Error(`dashboard.exposure failed: ${first.status} ${body.slice(0, 500)}`);
  const result = (JSON.parse(body) as { result: { data: { json: Record<string, unknown> } } }).result.data
    .json as {
    total: { amountMinor: string; currency: string };
    lines: unknown[];
    linesOmitted?: number;
    bySystem: unknown[];
    systemsCount: number;
  };

  const measure = async (connections: number, seconds: number) => {
    const r = await autocannon({
      url: `${base}${path}`,
      connections,
      duration: seconds,
      timeout: 120,
      headers: { cookie },
    });
    if (r.non2xx > 0) throw new Error(`dashboard.exposure answered ${r.non2xx} non-2xx responses`);
    return r;
  };
  await measure(1, 2);
  const alone = await measure(1, SECONDS);
  const concurrent = await measure(CONNECTIONS, SECONDS);

  const [version] = await admin`select current_setting('server_version') as v`;
  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; ` +
      `Postgres ${version?.v}; pool ${POOL} connections`,
  );
  console.log(
    `tenant: ${tenant.systems} systems, ${risks} risks; total ${result.total.amountMinor} ${result.total.currency} ` +
      `(minor units); ${result.lines.length} lines returned, ${result.linesOmitted ?? 0} omitted; ` +
      `${result.bySystem.length} bySystem rows; response ${Buffer.byteLength(body)} bytes; first request ${Math.round(firstMs)} ms`,
  );
  console.log(`| concurrency (${SECONDS} s) | req/s | p50 | p99 |`);
  console.log("| --- | --- | --- | --- |");
  for (const [label, r] of [
    ["1", alone],
    [String(CONNECTIONS), concurrent],
  ] as const) {
    console.log(
      `| ${label} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} ms | ${r.latency.p99} ms |`,
    );
  }
  console.log(`goal p99 ≤ 150 ms (concurrency 1): ${alone.latency.p99 <= 150 ? "met" : "missed"}`);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
