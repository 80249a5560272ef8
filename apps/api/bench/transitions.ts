import { cpus } from "node:os";
import { signUp } from "@airisk/core/auth/accounts";
import type { TenantContext } from "@airisk/core/context";
import { createSystem, getSystem, screenSystem, transitionSystem } from "@airisk/core/systems";
import { setObligationStatus } from "@airisk/core/systems/obligations";
import { createRisk } from "@airisk/core/systems/risks";
import { createDb, type Database } from "@airisk/db/client";
import { migrateDatabase } from "@airisk/db/migrate";
import { withTenant } from "@airisk/db/tenancy";
import postgres from "postgres";

/**
 * Lifecycle transitions per second through the verbs, each in its own tenant transaction as a
 * request runs it (withTenant → transitionSystem: restore the snapshot, assemble the guards' facts,
 * decide, write with the version check, append the hash-chained audit entry). BENCH_SYSTEMS
 * operating systems each run annual-review cycles (START_REVIEW → RISKS_IDENTIFIED →
 * RISKS_ASSESSED → MITIGATIONS_ADOPTED → APPROVE) for BENCH_SECONDS, BENCH_CONCURRENCY at a time,
 * every worker on its own systems (no version conflicts). On PGlite (in memory) and, unless
 * BENCH_PG_URL is "" , on a fresh database of the Postgres server it names.
 */
const SYSTEMS = Number(process.env.BENCH_SYSTEMS ?? 40);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const CYCLE = [
  "START_REVIEW",
  "RISKS_IDENTIFIED",
  "RISKS_ASSESSED",
  "MITIGATIONS_ADOPTED",
  "APPROVE",
] as const;

type Org = { tenantId: string; actor: TenantContext["actor"] };

const inTenant = <T>(database: Database, org: Org, fn: (ctx: TenantContext) => Promise<T>): Promise<T> =>
  withTenant(database.db, { tenantId: org.tenantId, userId: org.actor.userId }, (tx) =>
    fn({ tx, tenantId: org.tenantId, actor: org.actor, now: new Date() }),
  );

/** An organisation with `n` medium-impact systems brought to operating through the verbs. */
async function prepare(database: Database, n: number): Promise<{ org: Org; systems: string[] }> {
  const signed = await signUp({
    database,
    now: new Date(),
    input: {
      email: `bench-${process.pid}-${Date.now()}@airisk.example`,
      password: "a long and uncommon passphrase",
      name: "Bench",
      organisationName: "Bench transitions",
    },
  });
  const tenantId = signed.me.activeOrganisation?.id as string;
  const org: Org = { tenantId, actor: { userId: signed.me.user.id, role: "admin" } };
  const systems: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = await inTenant(database, org, async (ctx) => {
      const { id } = await createSystem({
        ctx,
        input: {
          name: `Bench system ${i}`,
          purpose: "Scores loan applications; underwriters decide.",
          jurisdictions: ["KZ"],
          roles: ["owner"],
          profile: { makesDecisionsAboutPeople: true, processesPersonalData: true },
          impactLevel: "medium",
          autonomyLevel: "low",
          riskOwnerId: org.actor.userId,
        },
      });
      let version = (
        await transitionSystem({ ctx, input: { id, event: "SUBMIT_PROFILE", expectedVersion: 1 } })
      ).version;
      const detail = await getSystem({ ctx, input: { id } });
      const answers = Object.fromEntries(detail.screeningQuestions.map((q) => [q.id, "no" as const]));
      version = (await screenSystem({ ctx, input: { id, expectedVersion: version, answers } })).version;
      await createRisk({
        ctx,
        input: {
          systemId: id,
          title: "Indirect discrimination",
          category: "bias and discrimination",
          arisesFrom: "both",
          likelihood: 2,
          severity: 3,
          misuseLikelihood: 2,
          misuseSeverity: 3,
          residualLikelihood: 1,
          residualSeverity: 3,
        },
      });
      await setObligationStatus({
        ctx,
        input: { systemId: id, obligationId: "kz.documentation", status: "met" },
      });
      for (const event of CYCLE.slice(1)) {
        version = (await transitionSystem({ ctx, input: { id, event, expectedVersion: version } })).version;
      }
      return id;
    });
    systems.push(id);
  }
  return { org, systems };
}

async function measure(database: Database, label: string): Promise<string> {
  const setupStarted = performance.now();
  const { org, systems } = await prepare(database, SYSTEMS);
  const setupMs = performance.now() - setupStarted;
  const versions = new Map<string, number>();
  const state = new Map<string, number>();
  await inTenant(database, org, async (ctx) => {
    for (const id of systems) {
      versions.set(id, (await getSystem({ ctx, input: { id } })).version);
      state.set(id, 0);
    }
  });
  const latencies: number[] = [];
  const run = async (seconds: number, record: boolean) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, systems.length) }, async (_, worker) => {
        const mine = systems.filter((_, i) => i % CONCURRENCY === worker);
        let next = 0;
        while (performance.now() < until) {
          const id = mine[next++ % mine.length] as string;
          const step = state.get(id) ?? 0;
          const t = performance.now();
          const done = await inTenant(database, org, (ctx) =>
            transitionSystem({
              ctx,
              input: {
                id,
                event: CYCLE[step] as (typeof CYCLE)[number],
                expectedVersion: versions.get(id) ?? 1,
              },
            }),
          );
          if (record) latencies.push(performance.now() - t);
          versions.set(id, done.version);
          state.set(id, (step + 1) % CYCLE.length);
        }
      }),
    );
  };
  await run(1, false);
  await run(SECONDS, true);
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return (
    `| ${label} | ${(latencies.length / SECONDS).toFixed(0)} | ${pct(0.5).toFixed(1)} ms | ${pct(0.99).toFixed(1)} ms | ` +
    `${latencies.length} | ${Math.round(setupMs)} ms |`
  );
}

const rows: string[] = [];
const embedded = await createDb({ mode: "embedded", dataDir: undefined });
try {
  await migrateDatabase(embedded);
  rows.push(await measure(embedded, "PGlite (in memory)"));
} finally {
  await embedded.close();
}

if (SERVER) {
  const name = `airisk_bench_tr_${process.pid}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    const database = await createDb({ mode: "postgres", url: url.toString(), maxConnections: 10 });
    try {
      await migrateDatabase(database);
      const [version] = await admin`select current_setting('server_version') as v`;
      rows.push(await measure(database, `Postgres ${String(version?.v).split(" ")[0]} (pool 10)`));
    } finally {
      await database.close();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

console.log(
  `transitions through transitionSystem, one transaction each; ${SYSTEMS} systems, ${CONCURRENCY} concurrent, ` +
    `${SECONDS} s; ${cpus().length} cores, node ${process.version}`,
);
console.log("| database | transitions/s | p50 | p99 | transitions | setup (create + drive to operating) |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(row);
