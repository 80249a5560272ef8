import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { cpus, totalmem } from "node:os";
import { seedScale } from "@airisk/core/demo";
import { statesUnder } from "@airisk/core/systems";
import { createDb } from "@airisk/db/client";
import { migrateDatabase } from "@airisk/db/migrate";
import autocannon from "autocannon";
import postgres from "postgres";

/**
 * `systems.list` for a tenant with 10,000 systems (a page of 50 with a filter, a sort and a search)
 * at concurrency 20, through the real HTTP app, beside the same SQL (the same WHERE, ORDER BY and
 * LIMIT plus the count, after the same set_config scope statement, in one transaction) run through
 * postgres.js alone for the same time. Goal (issue 5): p99 ≤ 25 ms, ratio ≥ 0.5 (API throughput
 * over raw throughput).
 *
 * Makes its own database on BENCH_PG_URL's server (default postgres://postgres@127.0.0.1:5432/postgres),
 * seeds it in bulk (1 tenant × BENCH_SYSTEMS plus BENCH_OTHER_TENANTS × 2,000) and drops it after.
 */
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SYSTEMS = Number(process.env.BENCH_SYSTEMS ?? 10_000);
const OTHER_TENANTS = Number(process.env.BENCH_OTHER_TENANTS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const main = new URL("../src/main.ts", import.meta.url).pathname;

/** The list a compliance lead opens: operating systems in Kazakhstan matching "scoring", by next review. */
const Q = process.env.BENCH_Q ?? "scoring";
const INPUT = {
  ...(Q ? { q: Q } : {}),
  state: "operating",
  jurisdiction: "KZ",
  sort: "nextReviewAt",
  dir: "asc",
  limit: 50,
} as const;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const name = `airisk_bench_list_${process.pid}`;
const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(SERVER);
url.pathname = `/${name}`;
const dbUrl = url.toString();

let server: ReturnType<typeof spawn> | undefined;
try {
  // Schema and data, as the migrating user.
  const database = await createDb({ mode: "postgres", url: dbUrl, maxConnections: 2 });
  let tenant: { id: string; adminEmail: string; systems: number };
  let password: string;
  try {
    await migrateDatabase(database);
    const now = new Date();
    const big = await seedScale({ database, now, tenants: 1, systemsPerTenant: SYSTEMS, label: "Big" });
    const rest = OTHER_TENANTS
      ? await seedScale({
          database,
          now,
          tenants: OTHER_TENANTS,
          systemsPerTenant: 2_000,
          label: "Other",
          randomSeed: 0.7,
        })
      : undefined;
    tenant = big.tenants[0] as typeof tenant;
    password = big.password;
    const rows = big.totalRows + (rest?.totalRows ?? 0);
    const ms = big.ms + (rest?.ms ?? 0);
    console.log(
      `seeded ${rows} rows (${big.rows.systems + (rest?.rows.systems ?? 0)} systems, ${big.rows.risks + (rest?.rows.risks ?? 0)} risks) ` +
        `in ${Math.round(ms)} ms: ${Math.round(rows / (ms / 1000))} rows/s`,
    );
  } finally {
    await database.close();
  }
  const analyze = postgres(dbUrl, { max: 1, onnotice: () => {} });
  await analyze.unsafe("vacuum (analyze) systems, risks, users, memberships, sessions");
  await analyze.end();

  // The real app.
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
  const me = (await signIn.json()) as { result: { data: { json: { user: { id: string } } } } };
  const userId = me.result.data.json.user.id;

  const path = `/trpc/systems.list?input=${encodeURIComponent(JSON.stringify({ json: INPUT }))}`;
  const first = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!first.ok) throw new Error(`systems.list failed: ${first.status} ${await first.text()}`);
  const page = (await first.json()) as {
    result: { data: { json: { items: Array<{ id: string }>; total: number } } };
  };
  const apiIds = page.result.data.json.items.map((i) => i.id);

  // The same SQL through postgres.js alone, in the same kind of transaction.
  const pattern = `%${Q}%`;
  // BENCH_Q="" measures the list without a search ($2 is then unused but kept for numbering).
  // As listSystems writes it: trigram candidates from systems_matching, ILIKE as the exact recheck,
  // a parent state as the list of its children ($4 is unused but kept for numbering).
  const search = Q
    ? "s.id in (select systems_matching(lower($2))) and (s.name ilike $2 or s.purpose ilike $2)"
    : "$2::text is not null";
  const where = `s.tenant_id = $1 and ${search}
      and s.state = any($3::text[]) and $4::text is not null and s.jurisdictions @> array[$5]::text[]`;
  const listSql = `select s.id, s.name, s.state, s.impact_level, s.autonomy_level, s.eu_risk_tier, s.jurisdictions,
      s.risk_owner_id, u.name, s.next_review_at, s.updated_at, s.version,
      (coalesce(s.next_review_at, '9999-12-31'::date))::text
    from systems s left join users u on u.id = s.risk_owner_id
    where ${where}
    order by coalesce(s.next_review_at, '9999-12-31'::date) asc, s.id asc limit $6`;
  const countSql = `select count(*)::int from systems s where ${where}`;
  const params = [tenant.id, pattern, statesUnder(INPUT.state), "", INPUT.jurisdiction] as never[];
  const raw = postgres(dbUrl, { max: POOL, onnotice: () => {} });
  const scope = `select set_config('role', 'airisk_app', true), set_config('app.tenant_id', $1, true),
                set_config('app.user_id', $2, true), set_config('app.session_id', '', true)`;
  /** What-if: the page and the total in one scan (count(*) over ()), the same rows. */
  const oneScanSql = listSql.replace("::text\n    from", "::text, count(*) over ()\n    from");
  const oneScan = () =>
    raw.begin(async (tx) => {
      await tx.unsafe(scope, [tenant.id, userId], { prepare: false });
      const rows = await tx.unsafe(oneScanSql, [...params, INPUT.limit + 1], { prepare: false }).values();
      return { rows, total: Number(rows[0]?.at(-1) ?? 0) };
    });
  // listSystems counts the first page's matches in the same scan (count(*) over ()).
  const once = oneScan;
  const check = await once();
  const rawIds = check.rows.slice(0, INPUT.limit).map((r) => r[0] as string);
  if (JSON.stringify(rawIds) !== JSON.stringify(apiIds) || check.total !== page.result.data.json.total) {
    throw new Error("the raw SQL does not return the API's page; fix the benchmark's SQL");
  }
  const single = await oneScan();
  if (single.total !== check.total || single.rows[0]?.[0] !== check.rows[0]?.[0]) {
    throw new Error("the one-scan query does not return the same page");
  }

  // Warm both paths, then measure each for the same time.
  await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: 2, headers: { cookie } });
  const api = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { cookie },
  });
  if (api.non2xx > 0) throw new Error(`systems.list answered ${api.non2xx} non-2xx responses`);

  // The API's own ceiling on this machine: a session-validated request that reads almost nothing.
  const meOnly = await autocannon({
    url: `${base}/trpc/auth.me`,
    connections: CONNECTIONS,
    duration: Math.min(SECONDS, 5),
    headers: { cookie },
  });

  const runRaw = async (seconds: number, query: () => Promise<unknown> = once, concurrency = CONNECTIONS) => {
    const latencies: number[] = [];
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const t = performance.now();
          await query();
          latencies.push(performance.now() - t);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const pct = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return { rps: latencies.length / seconds, p50: pct(0.5), p99: pct(0.99) };
  };
  await runRaw(2);
  const direct = await runRaw(SECONDS);
  // Alone (one request at a time): what one request costs, without queueing.
  const apiAlone = await autocannon({
    url: `${base}${path}`,
    connections: 1,
    duration: 5,
    headers: { cookie },
  });
  const directAlone = await runRaw(5, once, 1);

  // Why it costs what it costs: the plans, as the request role inside the tenant.
  const plans = await raw.begin(async (tx) => {
    await tx.unsafe(
      `select set_config('role', 'airisk_app', true), set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
      [tenant.id, userId],
    );
    const explain = async (q: string, p: unknown[]) =>
      (await tx.unsafe(`explain (analyze, buffers) ${q}`, p as never[]).values()).map((r) => String(r[0]));
    return {
      list: await explain(listSql, [...params, INPUT.limit + 1]),
      count: await explain(countSql, params),
    };
  });

  // What-if, with a schema change on this throwaway database: a lower-cased search column (stored,
  // generated) matched with LIKE, the parent state as the list of its children (equality), and the
  // page and total in one scan. BENCH_WHATIF=0 skips it.
  let whatIf: Awaited<ReturnType<typeof runRaw>> | undefined;
  if (process.env.BENCH_WHATIF !== "0" && Q) {
    const ddl = postgres(dbUrl, { max: 1, onnotice: () => {} });
    await ddl.unsafe(
      "alter table systems add column bench_search text generated always as (lower(name || ' ' || purpose)) stored",
    );
    await ddl.unsafe("analyze systems");
    await ddl.end();
    const children = ["operating", "operating.compliant", "operating.reviewDue", "operating.overdue"];
    const fastSql = oneScanSql.replace(
      "s.id in (select systems_matching(lower($2))) and (s.name ilike $2 or s.purpose ilike $2)",
      "s.bench_search like lower($2)",
    );
    const fast = () =>
      raw.begin(async (tx) => {
        await tx.unsafe(scope, [tenant.id, userId], { prepare: false });
        return tx
          .unsafe(
            fastSql,
            [tenant.id, pattern, children, "", INPUT.jurisdiction, INPUT.limit + 1] as never[],
            {
              prepare: false,
            },
          )
          .values();
      });
    const rows = await fast();
    if (rows.length !== check.rows.length || Number(rows[0]?.at(-1)) !== check.total) {
      throw new Error("the what-if query does not return the same page");
    }
    await runRaw(1, fast);
    whatIf = await runRaw(SECONDS, fast);
  }

  await raw.end();
  const [version] = await admin`select current_setting('server_version') as v`;

  const cpu = cpus();
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; ` +
      `Postgres ${version?.v}; pool ${POOL} connections (API and raw)`,
  );
  console.log(
    `tenant: ${tenant.systems} systems (+ ${OTHER_TENANTS} × 2,000 in other tenants); ` +
      `page: ${JSON.stringify(INPUT)} → ${apiIds.length} of ${check.total}`,
  );
  console.log(`| path (${CONNECTIONS} concurrent, ${SECONDS} s) | req/s | p50 | p99 |`);
  console.log("| --- | --- | --- | --- |");
  console.log(
    `| API: GET /trpc/systems.list | ${api.requests.average.toFixed(0)} | ${api.latency.p50} ms | ${api.latency.p99} ms |`,
  );
  console.log(
    `| postgres.js: the same SQL (page and its count) in one scoped transaction | ${direct.rps.toFixed(0)} | ${direct.p50.toFixed(1)} ms | ${direct.p99.toFixed(1)} ms |`,
  );
  if (whatIf) {
    console.log(
      `| what-if, postgres.js: a stored lower-cased search column (LIKE) instead of the trigram candidates | ${whatIf.rps.toFixed(0)} | ${whatIf.p50.toFixed(1)} ms | ${whatIf.p99.toFixed(1)} ms |`,
    );
  }
  console.log(
    `| API ceiling: GET /trpc/auth.me (session only), ${Math.min(SECONDS, 5)} s | ${meOnly.requests.average.toFixed(0)} | ${meOnly.latency.p50} ms | ${meOnly.latency.p99} ms |`,
  );
  console.log(
    `| one at a time (5 s): API / postgres.js | ${apiAlone.requests.average.toFixed(0)} / ${directAlone.rps.toFixed(0)} | ${apiAlone.latency.p50} / ${directAlone.p50.toFixed(1)} ms | ${apiAlone.latency.p99} / ${directAlone.p99.toFixed(1)} ms |`,
  );
  console.log(
    `ratio (API / raw throughput): ${(api.requests.average / direct.rps).toFixed(2)}; goal p99 ≤ 25 ms: ${api.latency.p99 <= 25 ? "met" : "missed"}`,
  );
  const summary = (lines: string[]) =>
    lines.filter((l) => /Execution Time|^\S|->|Rows Removed|Buffers: shared/.test(l)).slice(0, 14);
  console.log(`\nEXPLAIN ANALYZE, page query:\n${summary(plans.list).join("\n")}`);
  console.log(`\nEXPLAIN ANALYZE, count query:\n${summary(plans.count).join("\n")}`);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server?.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
