import { sweepReviews } from "@airisk/core/reminders";
import { createDb, type Database } from "@airisk/db/client";
import { migrateDatabase } from "@airisk/db/migrate";
import { sql } from "drizzle-orm";
import postgres from "postgres";

/**
 * The review sweep over a large register: BENCH_SYSTEMS operating systems (default 1,000,000)
 * spread over BENCH_TENANTS organisations (default 1,000), each with an admin, a risk owner and an
 * executive, review days spread over the coming 400 days and the past 30, one open mitigation per
 * 10 systems. One sweep at a fixed "now" finds the due and overdue reviews and writes every
 * reminder; a second sweep at the same "now" writes nothing (idempotent). Prints the time and the
 * process's peak RSS for each. On a fresh database of the Postgres server BENCH_PG_URL names
 * (default the local one); BENCH_PG_URL="" runs it on an in-memory PGlite instead.
 */
const SYSTEMS = Number(process.env.BENCH_SYSTEMS ?? 1_000_000);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 1_000);
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const NOW = new Date("2027-01-15T00:05:00Z");

async function seed(database: Database): Promise<void> {
  const db = database.db;
  // Organisations and three members each, then systems and mitigations, all set-based.
  await db.execute(sql`
    insert into organisations (id, name)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid, 'Bench ' || t
    from generate_series(1, ${TENANTS}) t`);
  await db.execute(sql`
    insert into users (id, email, name, password_hash)
    select ('00000000-0000-4000-9' || r || '00-' || lpad(to_hex(t), 12, '0'))::uuid,
           'bench-' || r || '-' || t || '@airisk.example', 'Bench ' || r, '-'
    from generate_series(1, ${TENANTS}) t, generate_series(1, 3) r`);
  await db.execute(sql`
    insert into memberships (tenant_id, user_id, role)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid,
           ('00000000-0000-4000-9' || r || '00-' || lpad(to_hex(t), 12, '0'))::uuid,
           (array['admin', 'risk_owner', 'executive'])[r]
    from generate_series(1, ${TENANTS}) t, generate_series(1, 3) r`);
  await db.execute(sql`
    insert into systems (tenant_id, id, name, purpose, jurisdictions, roles, risk_owner_id, lifecycle,
                         machine_version, state, next_review_at)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(1 + i % ${TENANTS}), 12, '0'))::uuid,
           gen_random_uuid(), 'System ' || i, 'bench', array['KZ'], array['owner'],
           ('00000000-0000-4000-9200-' || lpad(to_hex(1 + i % ${TENANTS}), 12, '0'))::uuid,
           case when i % 50 = 0 then '{"value":{"operating":"reviewDue"},"context":{"version":1}}'::jsonb
                else '{"value":{"operating":"compliant"},"context":{"version":1}}'::jsonb end,
           1,
           case when i % 50 = 0 then 'operating.reviewDue' else 'operating.compliant' end,
           ${NOW.toISOString().slice(0, 10)}::date - 30 + (i % 430)
    from generate_series(1, ${SYSTEMS}) i`);
  await db.execute(sql`
    insert into risks (tenant_id, id, system_id, title, category, arises_from)
    select tenant_id, id, id, 'risk', 'bias', 'intended_use' from systems where hashtext(id::text) % 10 = 0`);
  await db.execute(sql`
    insert into mitigations (tenant_id, risk_id, action, due_date)
    select tenant_id, id, 'fix', ${NOW.toISOString().slice(0, 10)}::date + (abs(hashtext(id::text)) % 60) from risks`);
  await db.execute(sql`analyze`);
}

async function run(label: string, database: Database): Promise<void> {
  const seeding = performance.now();
  await seed(database);
  console.log(
    `${label}: seeded ${SYSTEMS} systems in ${TENANTS} organisations in ${Math.round(performance.now() - seeding)} ms`,
  );
  for (const pass of ["first sweep", "second sweep (idempotent)"]) {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    const result = await sweepReviews({ ctx: { database, now: NOW } });
    const ms = Math.round(performance.now() - started);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const reminders = Object.values(result.reminders).reduce((a, b) => a + b, 0);
    console.log(
      `| ${label} | ${pass} | ${ms} ms | ${result.events.length} review events | ${reminders} reminders ` +
        `(${JSON.stringify(result.reminders)}) | peak RSS ${Math.round(peak / 2 ** 20)} MiB |`,
    );
  }
}

if (SERVER === "") {
  const database = await createDb({ mode: "embedded", dataDir: undefined });
  try {
    await migrateDatabase(database);
    await run("PGlite", database);
  } finally {
    await database.close();
  }
} else {
  const name = `airisk_bench_sweep_${process.pid}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    const database = await createDb({ mode: "postgres", url: url.toString(), maxConnections: 4 });
    try {
      await migrateDatabase(database);
      await run("Postgres", database);
    } finally {
      await database.close();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
