import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadiness, describeUnsafeRole, readHealth } from "./index.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("readiness", () => {
  it("is ready on a migrated database, reading as the request role at the given time", async () => {
    const now = new Date("2027-01-01T00:00:00Z");
    const readiness = await checkReadiness({ ctx: { database, now } });
    expect(readiness.ready).toBe(true);
    const health = await readHealth({ ctx: { database, now } });
    expect(health.checkedAt).toBe(now);
    expect(health.database.requestRole.role).toBe("airisk_app");
    expect(health.database.serverVersion).toMatch(/^\d+/);
  });

  it("is not ready, and says why, when the request role cannot read what it must", async () => {
    await database.db.execute(sql`revoke select on drizzle.__drizzle_migrations from airisk_app`);
    try {
      const readiness = await checkReadiness({ ctx: { database, now: new Date() } });
      expect(readiness).toMatchObject({
        ready: false,
        reason: expect.stringMatching(/^database unreachable: /),
      });
    } finally {
      await database.db.execute(sql`grant select on drizzle.__drizzle_migrations to airisk_app`);
    }
    expect((await checkReadiness({ ctx: { database, now: new Date() } })).ready).toBe(true);
  });

  it("refuses a request role that is a superuser or bypasses row-level security", () => {
    expect(describeUnsafeRole({ role: "airisk_app", superuser: false, bypassRls: false })).toBeUndefined();
    expect(describeUnsafeRole({ role: "postgres", superuser: true, bypassRls: true })).toMatch(/superuser/);
    expect(describeUnsafeRole({ role: "ops", superuser: false, bypassRls: true })).toMatch(/BYPASSRLS/);
  });
});
