import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

/**
 * The tenancy rules of conventions.md, checked against the migrated catalogue so that every table
 * added later is covered without anyone remembering: a table with a `tenant_id` column must lead
 * its keys with it, carry it into references to other tenant tables and into every unique index,
 * and have row-level security enabled, forced and given policies.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

type TableRow = { table: string; rls: boolean; forced: boolean; policies: number };

async function tenantTables(): Promise<TableRow[]> {
  return rowsOf<TableRow>(
    await database.db.execute(sql`
      select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      where c.relkind = 'r'
      order by 1`),
  );
}

describe("every tenant table", () => {
  it("exists in the schema (the check below is not vacuous)", async () => {
    const names = (await tenantTables()).map((t) => t.table);
    expect(names).toEqual(expect.arrayContaining(["memberships", "invitations"]));
  });

  it("has row-level security enabled, forced, and at least one policy", async () => {
    const offenders = (await tenantTables()).filter((t) => !t.rls || !t.forced || t.policies === 0);
    expect(offenders).toEqual([]);
  });

  it("leads its primary key with tenant_id", async () => {
    const rows = rowsOf<{ table: string; first: string | null }>(
      await database.db.execute(sql`
        select c.relname as table,
               (select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = k.conkey[1]) as first
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        join pg_attribute t on t.attrelid = c.oid and t.attname = 'tenant_id' and not t.attisdropped
        left join pg_constraint k on k.conrelid = c.oid and k.contype = 'p'
        where c.relkind = 'r'`),
    );
    expect(rows.filter((r) => r.first !== "tenant_id")).toEqual([]);
  });

  it("includes tenant_id on both sides of every reference to another tenant table", async () => {
    const rows = rowsOf<{ constraint: string; from_cols: string[]; to_cols: string[] }>(
      await database.db.execute(sql`
        select k.conname as constraint,
               array(select a.attname::text from unnest(k.conkey) x join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x) as from_cols,
               array(select a.attname::text from unnest(k.confkey) x join pg_attribute a on a.attrelid = k.confrelid and a.attnum = x) as to_cols
        from pg_constraint k
        where k.contype = 'f'
          and exists (select 1 from pg_attribute a where a.attrelid = k.conrelid and a.attname = 'tenant_id')
          and exists (select 1 from pg_attribute a where a.attrelid = k.confrelid and a.attname = 'tenant_id')`),
    );
    const offenders = rows.filter(
      (r) => !r.from_cols.includes("tenant_id") || !r.to_cols.includes("tenant_id"),
    );
    expect(offenders).toEqual([]);
  });

  it("scopes every unique index by tenant_id", async () => {
    const rows = rowsOf<{ index: string; cols: string[] }>(
      await database.db.execute(sql`
        select i.relname as index,
               array(select a.attname::text from unnest(x.indkey) k join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k) as cols
        from pg_index x
        join pg_class i on i.oid = x.indexrelid
        join pg_class c on c.oid = x.indrelid
        join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        where x.indisunique
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')`),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.cols.includes("tenant_id"))).toEqual([]);
  });
});
