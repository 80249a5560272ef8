import { parseArgs } from "node:util";
import { openFromEnv } from "@airisk/db/cli";
import { migrateDatabase } from "@airisk/db/migrate";
import { describeDemoCredentials } from "#demo/personas.ts";
import { seedScale } from "#demo/scale.ts";
import { seedDemo } from "#demo/seed.ts";

/**
 * `pnpm db:seed`: the demo organisation (idempotent: one member per persona and about 25 systems,
 * every step through the use cases). `pnpm db:seed --tenants N --systems M` also generates N
 * organisations of M systems each with bulk SQL, for benchmarks. Embedded database or
 * DATABASE_URL, like every command. For development and demos only: the password is public.
 */
const USAGE = "usage: pnpm db:seed [--tenants N --systems M [--risks-per-system R]] [--no-demo]";

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    console.error(`--${name} must be a whole number (got ${value})\n${USAGE}`);
    process.exit(1);
  }
  return n;
}

let options: {
  tenants?: string;
  systems?: string;
  "risks-per-system"?: string;
  "no-demo"?: boolean;
  help?: boolean;
};
try {
  options = parseArgs({
    options: {
      tenants: { type: "string" },
      systems: { type: "string" },
      "risks-per-system": { type: "string" },
      "no-demo": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const tenants = count(options.tenants, "tenants");
const systems = count(options.systems, "systems");
const risksPerSystem = count(options["risks-per-system"], "risks-per-system");
if ((tenants === undefined) !== (systems === undefined) || tenants === 0) {
  console.error(`give --tenants (1 or more) and --systems together\n${USAGE}`);
  process.exit(1);
}

const database = await openFromEnv();
try {
  await migrateDatabase(database);
  const where = database.mode === "embedded" ? `embedded database ${database.dataDir}` : "Postgres";
  if (!options["no-demo"]) {
    const started = performance.now();
    const demo = await seedDemo({ database, now: new Date() });
    const ms = Math.round(performance.now() - started);
    console.log(
      demo.created
        ? `demo seeded on ${where} in ${ms} ms: ${demo.systems} systems`
        : demo.organisationId
          ? `demo already seeded on ${where} (${demo.systems} systems)`
          : `demo@airisk.example exists on ${where} without the demo organisation; nothing seeded`,
    );
    console.log(describeDemoCredentials());
  }
  if (tenants !== undefined && systems !== undefined) {
    const result = await seedScale({
      database,
      now: new Date(),
      tenants,
      systemsPerTenant: systems,
      risksPerSystem,
    });
    const { rows } = result;
    console.log(
      `scale data on ${where}: ${rows.organisations} organisations, ${rows.users} users, ` +
        `${rows.memberships} memberships, ${rows.systems} systems, ${rows.risks} risks, ` +
        `${rows.mitigations} mitigations: ${result.totalRows} rows in ${Math.round(result.ms)} ms ` +
        `(${Math.round(result.rowsPerSecond)} rows/s)`,
    );
    const first = result.tenants[0];
    if (first) console.log(`sign in as ${first.adminEmail} / ${result.password} (admin of ${first.name})`);
  }
} finally {
  await database.close();
}
