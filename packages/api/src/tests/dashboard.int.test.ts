import { recordExposureSnapshots } from "@airisk/core/dashboard/snapshots";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, failure, type Harness, type Member } from "#test-support.ts";

/**
 * dashboard.exposure through the API, against penalties.md's check figures: CoAO Art. 641-1 for a
 * medium-sized business at the 2026 MCI of KZT 4,325, first and repeat, in KZT and in US$.
 */
let h: Harness;
let admin: Member;
let executive: Member;
const NOW = new Date("2026-09-01T09:00:00Z");

beforeAll(async () => {
  h = await createHarness();
  admin = await h.signUp();
  executive = await h.addMember(admin, "executive");
  await h.as(admin.jar).orgs.update({ profile: { kzOffenderCategory: "medium", reportingCurrency: "KZT" } });
});
afterAll(async () => {
  await h?.close();
});

const synthetic = (
  result: Awaited<ReturnType<ReturnType<Harness["as"]>["dashboard"]["exposure"]>>,
  id: string,
) => result.lines.find((l) => l.systemId === id && l.ruleId === "kz.coao.641-1.synthetic");

describe("dashboard.exposure", () => {
  it("prices an undisclosed synthetic output at 30 MCI, then 70 MCI once an offence was recorded within a year", async () => {
    const a = h.as(admin.jar, { now: NOW });
    const { id } = await a.systems.create({
      name: "Avatar generator",
      purpose: "Generates marketing videos",
      jurisdictions: ["KZ"],
      roles: ["owner"],
      profile: { producesSyntheticOutputs: true },
      impactLevel: "minimal",
      autonomyLevel: "low",
    });
    await a.obligations.setStatus({ systemId: id, obligationId: "kz.synthetic.labelling", status: "gap" });

    const first = await h.as(executive.jar, { now: NOW }).dashboard.exposure({});
    expect(synthetic(first, id)).toMatchObject({
      firstOrRepeat: "first",
      amount: { amountMinor: "12975000", currency: "KZT" },
    });
    const inUsd = await h.as(executive.jar, { now: NOW }).dashboard.exposure({ currency: "USD" });
    expect(synthetic(inUsd, id)?.converted).toMatchObject({
      amount: { amountMinor: "25950", currency: "USD" },
      rate: "500",
      rateDate: "2026-03-01",
    });

    await a.findings.record({
      systemId: id,
      offence: "kz.coao.641-1.synthetic",
      occurredAt: "2026-06-01",
      note: "",
    });
    const repeat = await h.as(executive.jar, { now: NOW }).dashboard.exposure({});
    expect(synthetic(repeat, id)).toMatchObject({
      firstOrRepeat: "repeat",
      amount: { amountMinor: "30275000", currency: "KZT" },
    });
    // A year and a day later the earlier offence no longer makes it a repeat.
    const later = await h.as(executive.jar, { now: NOW }).dashboard.exposure({ asOf: "2027-06-02" });
    expect(synthetic(later, id)?.firstOrRepeat).toBe("first");
    // Before the AI Law's entry into force there is no Kazakhstan exposure at all.
    const before = await h.as(executive.jar, { now: NOW }).dashboard.exposure({ asOf: "2026-01-17" });
    expect(before.lines.filter((l) => l.jurisdiction === "KZ" && l.counted)).toEqual([]);
  });

  it("counts nothing for a retired system and flags a suspended one", async () => {
    const a = h.as(admin.jar, { now: NOW });
    const retired = await a.systems.create({
      name: "Old chatbot",
      purpose: "Retired",
      jurisdictions: ["KZ"],
      roles: ["owner"],
      profile: { producesSyntheticOutputs: true },
    });
    await a.systems.transition({ id: retired.id, event: "RETIRE", expectedVersion: retired.version });
    const suspended = await a.systems.create({
      name: "Emotion reader",
      purpose: "Suspended",
      jurisdictions: ["KZ"],
      roles: ["owner"],
      profile: { producesSyntheticOutputs: true },
    });
    await a.systems.transition({
      id: suspended.id,
      event: "PROHIBITED_PRACTICE_FOUND",
      expectedVersion: suspended.version,
      reason: "emotion recognition without consent",
    });
    const result = await h.as(executive.jar, { now: NOW }).dashboard.exposure({});
    expect(result.lines.filter((l) => l.systemId === retired.id && l.counted)).toEqual([]);
    expect(result.suspendedSystems.map((s) => s.systemId)).toContain(suspended.id);
    expect(synthetic(result, suspended.id)?.suspendedSystem).toBe(true);
    expect(result.heatmap).toEqual({ inherent: [], residual: [] });
    expect(result.projection).toHaveLength(6);
  });

  it("names the field of a bad date or currency", async () => {
    const e = h.as(executive.jar, { now: NOW });
    expect((await failure(e.dashboard.exposure({ asOf: "2026-13-01" }))).message).toMatch(/^asOf:/);
    expect((await failure(e.dashboard.exposure({ currency: "XXXX" }))).message).toMatch(/^currency:/);
  });

  it("pages the drill-down's lines through dashboard.lines, largest first, with the same lines as the exposure", async () => {
    const e = h.as(executive.jar, { now: NOW });
    const whole = await e.dashboard.exposure({});
    // A small organisation gets every line in the exposure itself.
    expect(whole.linesOmitted).toBe(0);
    expect(whole.linesTotal).toBe(whole.lines.length);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await e.dashboard.lines({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(whole.lines.length);
      seen.push(...page.items.map((l) => l.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect([...seen].sort()).toEqual(whole.lines.map((l) => l.id).sort());
    const one = whole.lines.find(
      (l) => l.ruleId === "kz.coao.641-1.synthetic",
    ) as (typeof whole.lines)[number];
    const filtered = await e.dashboard.lines({ systemId: one.systemId, ruleId: one.ruleId });
    expect(filtered.items).toEqual([one]);
    expect((await e.dashboard.lines({ jurisdiction: "ZZ" })).total).toBe(0);
    expect((await failure(e.dashboard.lines({ limit: 0 }))).message).toMatch(/^limit:/);
  });

  it("returns the daily snapshots of the 12 months up to the as-of date as the trend, the caller's only", async () => {
    const other = await h.signUp();
    // The worker records them; here at injected dates, one of them more than a year back.
    for (const day of ["2025-09-01", "2026-07-01", "2026-08-01", "2026-09-01"]) {
      const result = await recordExposureSnapshots({
        database: h.database,
        now: new Date(`${day}T00:15:00Z`),
      });
      expect(result.failed).toEqual([]);
    }
    const e = h.as(executive.jar, { now: NOW });
    const now = await e.dashboard.exposure({});
    expect(now.trend.map((p) => p.day)).toEqual(["2026-07-01", "2026-08-01", "2026-09-01"]);
    for (const point of now.trend) {
      const then = await e.dashboard.exposure({ asOf: point.day });
      expect(point).toEqual({ day: point.day, total: then.total, complete: then.complete });
    }
    expect(now.trend.at(-1)?.total.amountMinor).not.toBe("0");
    // Up to an earlier as-of date only.
    const august = await e.dashboard.exposure({ asOf: "2026-08-15" });
    expect(august.trend.map((p) => p.day)).toEqual(["2025-09-01", "2026-07-01", "2026-08-01"]);
    // Only the snapshots in the requested currency: none were recorded in US$.
    expect((await e.dashboard.exposure({ currency: "USD" })).trend).toEqual([]);
    // The other organisation sees its own (an empty register), never these.
    const theirs = await h.as(other.jar, { now: NOW }).dashboard.exposure({});
    expect(theirs.trend.map((p) => [p.day, p.total.amountMinor])).toEqual([
      ["2026-07-01", "0"],
      ["2026-08-01", "0"],
      ["2026-09-01", "0"],
    ]);
  });
});
