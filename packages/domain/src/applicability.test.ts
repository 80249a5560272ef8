import { type Condition, Jurisdiction } from "@airisk/regulations/schema";
import { describe, expect, it } from "vitest";
import { evaluateApplicability, reachingJurisdictions, type SystemFacts } from "./applicability.ts";

/** A small catalogue of our own, so the engine's rules are tested apart from the real content. */
const base = {
  kind: "country",
  region: "europe",
  status: "in_force",
  binding: true,
  summary: "test",
  sources: [{ title: "test", confidence: "P" }],
  lastChecked: "2026-11-25",
} as const;
const instrument = (id: string) =>
  ({ id, name: id, status: "in_force", binding: true, summary: "x", confidence: "P" }) as const;
const obligation = (id: string, condition: Condition, effectiveFrom: string, instrumentId = "law") => ({
  id,
  title: id,
  summary: id,
  appliesWhen: "see condition",
  condition,
  citation: { instrument: instrumentId, text: `Art. ${id}`, basis: "law" as const },
  effectiveFrom,
  confidence: "P" as const,
});

const catalogue = [
  Jurisdiction.parse({
    ...base,
    code: "XA",
    name: "Xland",
    instruments: [instrument("law")],
    obligations: [
      obligation("xa.always", { always: true }, "2026-01-18"),
      obligation("xa.synthetic", { flag: "producesSyntheticOutputs" }, "2026-01-18"),
      obligation(
        "xa.owner-high",
        { all: [{ role: ["owner", "holder"] }, { impact: ["high"] }] },
        "2026-01-18",
      ),
      obligation(
        "xa.later",
        { any: [{ flag: "isSmartContract" }, { orgFlag: "publicSector" }] },
        "2026-07-11",
      ),
      obligation("xa.not-user", { not: { role: ["user"] } }, "2026-01-18"),
    ],
  }),
  Jurisdiction.parse({
    ...base,
    code: "XB",
    name: "Xbloc",
    kind: "bloc",
    instruments: [instrument("act")],
    obligations: [
      obligation(
        "xb.annex-iii",
        { all: [{ role: ["provider"] }, { euTier: ["high_annex_iii"] }] },
        "2027-12-02",
        "act",
      ),
    ],
  }),
  Jurisdiction.parse({ ...base, code: "XC", name: "Xcity", parent: "XB", instruments: [instrument("law")] }),
];

const system = (overrides: Partial<SystemFacts> = {}): SystemFacts => ({
  jurisdictions: ["XA"],
  roles: ["owner"],
  flags: {},
  ...overrides,
});
const org = { flags: {} };
const ids = (vs: { obligationId: string }[]) => vs.map((v) => v.obligationId).sort();
const find = (vs: { obligationId: string; reasons: string[]; status: string }[], id: string) =>
  vs.find((v) => v.obligationId === id);

describe("applicability", () => {
  it("applies what the profile triggers, with the facts that triggered it", () => {
    const result = evaluateApplicability({
      system: system({ impactLevel: "high", flags: { producesSyntheticOutputs: true } }),
      organisation: org,
      asOf: "2026-03-01",
      catalogue,
    });
    expect(ids(result.applicable)).toEqual(["xa.always", "xa.not-user", "xa.owner-high", "xa.synthetic"]);
    expect(find(result.applicable, "xa.owner-high")?.reasons).toEqual([
      "the organisation's role is owner",
      "impact on safety is high",
    ]);
    expect(find(result.applicable, "xa.synthetic")?.reasons).toEqual([
      "the system produces synthetic outputs",
    ]);
  });

  it("says why what does not apply does not", () => {
    const result = evaluateApplicability({
      system: system({ roles: ["user"] }),
      organisation: org,
      asOf: "2026-03-01",
      catalogue,
    });
    expect(find(result.notApplicable, "xa.synthetic")?.reasons).toEqual([
      "the system does not produce synthetic outputs",
    ]);
    expect(find(result.notApplicable, "xa.owner-high")?.reasons).toEqual([
      "the organisation's role is not owner or holder",
      "impact on safety is not classified yet",
    ]);
    expect(find(result.notApplicable, "xa.not-user")?.reasons).toEqual([
      "excluded: the organisation's role is user",
    ]);
  });

  it.each([
    ["2026-01-17", "not_yet_in_force"],
    ["2026-01-18", "applies"],
  ])("at %s an obligation effective 2026-01-18 is %s", (asOf, status) => {
    const result = evaluateApplicability({ system: system(), organisation: org, asOf, catalogue });
    const verdict = [...result.applicable, ...result.notApplicable].find(
      (v) => v.obligationId === "xa.always",
    );
    expect(verdict?.status).toBe(status);
    if (status === "not_yet_in_force")
      expect(verdict?.reasons[0]).toBe("not yet in force, applies from 2026-01-18");
  });

  it.each([
    ["2026-07-10", "not_yet_in_force"],
    ["2026-07-11", "applies"],
  ])("at %s a 2026-07-11 obligation triggered by the organisation is %s", (asOf, status) => {
    const result = evaluateApplicability({
      system: system(),
      organisation: { flags: { publicSector: true } },
      asOf,
      catalogue,
    });
    expect(
      [...result.applicable, ...result.notApplicable].find((v) => v.obligationId === "xa.later")?.status,
    ).toBe(status);
  });

  it("reaches a system through a parent jurisdiction and says so", () => {
    const result = evaluateApplicability({
      system: system({ jurisdictions: ["XC"], roles: ["provider"], euRiskTier: "high_annex_iii" }),
      organisation: org,
      asOf: "2027-12-02",
      catalogue,
    });
    expect(ids(result.applicable)).toEqual(["xb.annex-iii"]);
    expect(find(result.applicable, "xb.annex-iii")?.reasons).toContain(
      "Xbloc law reaches the system through its deployment in XC",
    );
    expect(
      reachingJurisdictions(["XC", "XB"], catalogue)
        .map((r) => r.jurisdiction.code)
        .sort(),
    ).toEqual(["XB", "XC"]);
  });

  it("ignores jurisdictions the system is not deployed in", () => {
    const result = evaluateApplicability({
      system: system({ jurisdictions: ["XB"] }),
      organisation: org,
      asOf: "2028-01-01",
      catalogue,
    });
    expect([...result.applicable, ...result.notApplicable].every((v) => v.jurisdiction === "XB")).toBe(true);
  });
});
