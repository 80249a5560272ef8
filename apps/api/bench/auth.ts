import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARGON2_OPTIONS } from "@airisk/core/auth/password";
import autocannon from "autocannon";

/**
 * Sign-in latency with the chosen argon2id parameters, and what validating a session costs per
 * request: authenticated `auth.me` throughput next to `/healthz`, same server, same run.
 * Embedded by default; BENCH_PG_URL points it at a Postgres database instead (must exist, empty).
 */
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const main = new URL("../src/main.ts", import.meta.url).pathname;

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const scratch = mkdtempSync(join(tmpdir(), "airisk-bench-auth-"));
const server = spawn(process.execPath, [main], {
  env: {
    PATH: process.env.PATH ?? "",
    PORT: String(port),
    LOG_LEVEL: "warn",
    DATA_DIR: join(scratch, "pglite"),
    DATABASE_URL: process.env.BENCH_PG_URL ?? "",
  },
  stdio: ["ignore", "ignore", "inherit"],
});

try {
  for (;;) {
    const ok = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const headers = { "content-type": "application/json", origin: base };
  const credentials = { email: "bench@example.com", password: "a long and uncommon passphrase" };
  const signUp = await fetch(`${base}/trpc/auth.signUp`, {
    method: "POST",
    headers,
    body: JSON.stringify({ json: { ...credentials, name: "Bench", organisationName: "Bench Org" } }),
  });
  if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);

  const times: number[] = [];
  let cookie = "";
  for (let i = 0; i < SIGN_INS; i++) {
    const t = performance.now();
    const res = await fetch(`${base}/trpc/auth.signIn`, {
      method: "POST",
      headers,
      body: JSON.stringify({ json: credentials }),
    });
    times.push(performance.now() - t);
    if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
    cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  }
  times.sort((a, b) => a - b);
  const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;

  const run = (path: string, withCookie: boolean) =>
    autocannon({
      url: `${base}${path}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: withCookie ? { cookie } : {},
    });
  const health = await run("/healthz", false);
  const me = await run("/trpc/auth.me", true);
  if (me.non2xx > 0) throw new Error(`auth.me answered ${me.non2xx} non-2xx responses`);

  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  console.log(
    `database: ${process.env.BENCH_PG_URL ? "Postgres" : "embedded (PGlite)"}; node ${process.version}`,
  );
  console.log(`argon2id m=${memoryCost} KiB, t=${timeCost}, p=${parallelism}`);
  console.log(
    `| sign-in (${SIGN_INS} sequential) | median ${pct(0.5).toFixed(0)} ms | p95 ${pct(0.95).toFixed(0)} ms |`,
  );
  console.log(`| endpoint (${CONNECTIONS} connections, ${SECONDS} s) | req/s (mean) | p50 | p99 |`);
  console.log("| --- | --- | --- | --- |");
  for (const [name, r] of [
    ["/healthz", health],
    ["auth.me (session validated)", me],
  ] as const) {
    console.log(`| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms |`);
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(scratch, { recursive: true, force: true });
}
