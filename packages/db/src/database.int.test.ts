import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { listMigrationFiles, migrateDatabase } from "./migrate.ts";
import { memberships, organisations, users } from "./schema/index.ts";
import { readMigrationStatus, readRoleSecurity } from "./status.ts";
import { APP_ROLE, withAppRole, withTenant } from "./tenancy.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`migrations (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("applies every shipped migration, and applying again changes nothing", async () => {
    const shipped = listMigrationFiles().length;
    expect(shipped).toBeGreaterThanOrEqual(2);
    expect(await readMigrationStatus(database.db)).toEqual({
      applied: shipped,
      expected: shipped,
      current: true,
    });
    await migrateDatabase(database);
    expect(await readMigrationStatus(database.db)).toEqual({
      applied: shipped,
      expected: shipped,
      current: true,
    });
  });

  it("reports pending migrations when the newest one is missing", async () => {
    await database.db
      .transaction(async (tx) => {
        await tx.execute(
          sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`,
        );
        const status = await readMigrationStatus(tx);
        expect(status.current).toBe(false);
        expect(status.applied).toBe(status.expected - 1);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes("Rollback"))) throw error;
      });
    expect((await readMigrationStatus(database.db)).current).toBe(true);
  });

  it("still counts as current when a newer release has migrated further (rolling deploys)", async () => {
    await database.db
      .transaction(async (tx) => {
        await tx.execute(
          sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-a-newer-release', ${Date.now() + 86_400_000})`,
        );
        expect((await readMigrationStatus(tx)).current).toBe(true);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes("Rollback"))) throw error;
      });
  });
});

describe("the request role", () => {
  it("is neither superuser nor able to bypass row-level security", async () => {
    const [role] = rowsOf<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      await database.db.execute(
        sql`select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = ${APP_ROLE}`,
      ),
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
  });

  it("is the role that requests run as, while the migrating connection is a superuser", async () => {
    expect(await withAppRole(database.db, (tx) => readRoleSecurity(tx))).toEqual({
      role: APP_ROLE,
      superuser: false,
      bypassRls: false,
    });
    // The contrast that makes the test mean something: outside withAppRole we are all-powerful.
    expect((await readRoleSecurity(database.db)).superuser).toBe(true);
  });
});

describe("row-level security on tenant tables", () => {
  const orgA = randomUUID();
  const orgB = randomUUID();
  const alice = randomUUID();
  const bob = randomUUID();

  beforeAll(async () => {
    // Fixtures go in as the migrating (superuser) connection, as a seed would.
    await database.db.insert(organisations).values([
      { id: orgA, name: "A" },
      { id: orgB, name: "B" },
    ]);
    await database.db.insert(users).values([
      { id: alice, email: `alice-${alice}@a.test`, name: "Alice", passwordHash: "x" },
      { id: bob, email: `bob-${bob}@b.test`, name: "Bob", passwordHash: "x" },
    ]);
    await database.db.insert(memberships).values([
      { tenantId: orgA, userId: alice, role: "admin" },
      { tenantId: orgB, userId: bob, role: "admin" },
    ]);
  });

  it("hides another tenant's rows from a query that forgets its tenant filter", async () => {
    const seenByA = await withTenant(database.db, { tenantId: orgA }, (tx) => tx.select().from(memberships));
    expect(seenByA.map((m) => m.tenantId)).toEqual([orgA]);
    const orgsSeenByA = await withTenant(database.db, { tenantId: orgA }, (tx) =>
      tx.select().from(organisations),
    );
    expect(orgsSeenByA.map((o) => o.id)).toEqual([orgA]);
  });

  it("shows no tenant rows at all when no tenant is selected", async () => {
    expect(await withAppRole(database.db, (tx) => tx.select().from(memberships))).toEqual([]);
    expect(await withAppRole(database.db, (tx) => tx.select().from(organisations))).toEqual([]);
  });

  it("refuses to write a row into another tenant", async () => {
    const refused = await withTenant(database.db, { tenantId: orgA }, (tx) =>
      tx.insert(memberships).values({ tenantId: orgB, userId: alice, role: "viewer" }),
    ).catch((error: unknown) => error);
    // Drizzle wraps the driver's error; the database's reason is its cause.
    expect(String((refused as Error).cause)).toMatch(/row-level security/);
    await expect(
      withTenant(database.db, { tenantId: orgA }, (tx) =>
        tx
          .update(organisations)
          .set({ name: "hijacked" })
          .where(sql`${organisations.id} = ${orgB}`)
          .returning(),
      ),
    ).resolves.toEqual([]);
    const [b] = await database.db.select().from(organisations).where(sql`${organisations.id} = ${orgB}`);
    expect(b?.name).toBe("B");
  });

  it("lets a user see their own memberships across organisations, and only theirs", async () => {
    const mine = await withTenant(database.db, { tenantId: orgA, userId: bob }, (tx) =>
      tx.select().from(memberships),
    );
    expect(mine.map((m) => `${m.tenantId}:${m.userId}`).sort()).toEqual(
      [`${orgA}:${alice}`, `${orgB}:${bob}`].sort(),
    );
  });

  it("keeps the tenant setting inside its transaction", async () => {
    await withTenant(database.db, { tenantId: orgA }, async () => {});
    const [row] = rowsOf<{ tenant: string | null }>(
      await database.db.execute(sql`select current_setting('app.tenant_id', true) as tenant`),
    );
    expect(row?.tenant ?? "").toBe("");
  });
});
