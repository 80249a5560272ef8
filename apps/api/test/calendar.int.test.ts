import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issueCalendarUrl } from "@airisk/core/reminders";
import {
  createMitigation,
  createReminderOrg,
  createSystemIn,
  type ReminderFixture,
} from "@airisk/core/reminders/testing";
import { withTenant } from "@airisk/db/tenancy";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import ical, { type VEvent } from "node-ical";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";

let database: TestDatabase;
const webDist = mkdtempSync(join(tmpdir(), "airisk-web-"));
const logged: string[] = [];
const logger = pino({ level: "info" }, { write: (line: string) => void logged.push(line) });
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
  rmSync(webDist, { recursive: true, force: true });
});

const NOW = new Date("2027-01-10T09:00:00Z");

async function issue(org: ReminderFixture, member: keyof ReminderFixture["members"] = "riskOwner") {
  const userId = org.members[member];
  return withTenant(database.db, { tenantId: org.tenantId, userId }, (tx) =>
    issueCalendarUrl({
      ctx: { tx, tenantId: org.tenantId, actor: { userId, role: "risk_owner" }, now: NOW },
    }),
  );
}

describe(`the iCalendar feed (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("serves the organisation's review days and open mitigations' due dates, parsed back", async () => {
    const org = await createReminderOrg(database);
    const compliant = await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    await createSystemIn(database, org, "retired", "2027-04-30");
    const building = await createSystemIn(database, org, "riskProcess.mitigation", null);
    const mitigation = await createMitigation(database, org, building, "2027-02-28");
    const { path } = await issue(org);
    expect(path).toMatch(/^\/calendar\/[0-9a-f-]{36}\.[0-9a-f-]{36}\.[a-z2-7]{52}\.ics$/);

    const app = createApp({ database, logger, webDist, publicOrigin: "https://airisk.test" });
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = Object.values(ical.sync.parseICS(await res.text())).filter(
      (c): c is VEvent => c?.type === "VEVENT",
    );
    const seen = events
      .map((e) => ({
        summary: String(e.summary),
        day: e.start.toISOString().slice(0, 10),
        allDay: e.datetype === "date",
        // node-ical keeps a property with parameters as { params, val }.
        url: String(typeof e.url === "object" ? (e.url as { val: unknown }).val : e.url),
      }))
      .sort((a, b) => a.day.localeCompare(b.day));
    expect(seen).toEqual([
      {
        summary: `Mitigation due: fix it (System riskProcess.mitigation ${building.slice(0, 4)})`,
        day: "2027-02-28",
        allDay: true,
        url: `https://airisk.test/systems/${building}`,
      },
      {
        summary: `Review due: System operating.compliant ${compliant.slice(0, 4)}`,
        day: "2027-03-31",
        allDay: true,
        url: `https://airisk.test/systems/${compliant}`,
      },
    ]);
    expect(events.map((e) => e.uid)).toContain(`mitigation-${mitigation}-2027-02-28@airisk`);
    // The token is the credential: it never reaches the request log.
    const secret = path.split(".")[2] as string;
    expect(logged.join("\n")).not.toContain(secret);
    expect(logged.join("\n")).toContain("/calendar/[token].ics");
  });

  it("stops serving a rotated token, a tampered one, and one whose member left", async () => {
    const org = await createReminderOrg(database);
    await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    const app = createApp({ database, logger, webDist });
    const first = await issue(org);
    const second = await issue(org);
    expect((await app.request(first.path)).status).toBe(404);
    expect((await app.request(second.path)).status).toBe(200);
    const tampered = second.path.replace(/[a-z2-7](?=\.ics$)/, (ch) => (ch === "a" ? "b" : "a"));
    expect((await app.request(tampered)).status).toBe(404);
    expect((await app.request("/calendar/not-a-token.ics")).status).toBe(404);
    // Another organisation's id in front of a valid secret finds nothing.
    const other = await createReminderOrg(database);
    const swapped = second.path.replace(org.tenantId, other.tenantId);
    expect((await app.request(swapped)).status).toBe(404);
    await database.db.execute(
      sql`delete from memberships where tenant_id = ${org.tenantId} and user_id = ${org.members.riskOwner}`,
    );
    expect((await app.request(second.path)).status).toBe(404);
  });
});
