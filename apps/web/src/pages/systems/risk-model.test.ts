import { describe, expect, it } from "vitest";
import type { Risk, RiskRegister } from "#pages/systems/model.ts";
import {
  acceptanceState,
  canAcceptNow,
  heatmap,
  heatmapPoint,
  isIsoDay,
  isMitigationOverdue,
  isUnchanged,
  type Mitigation,
  mayAcceptRisk,
  needsMitigation,
  pairProblem,
  parseScale,
  riskFieldFor,
  scoreOf,
  scoreTone,
  summariseRegister,
  toAddMitigationInput,
  toCreateRiskInput,
  toMitigationForm,
  toRiskForm,
  toUpdateMitigationInput,
  toUpdateRiskInput,
} from "#pages/systems/risk-model.ts";

const alice = { id: "00000000-0000-4000-8000-00000000000a", name: "Alice" };
const bob = { id: "00000000-0000-4000-8000-00000000000b", name: "Bob" };

function mitigation(overrides: Partial<Mitigation> = {}): Mitigation {
  return { id: "m1", action: "Human review", owner: null, dueDate: null, status: "planned", ...overrides };
}

function risk(overrides: Partial<Risk> = {}): Risk {
  const base: Risk = {
    id: "r1",
    systemId: "s1",
    title: "Biased scoring",
    description: "",
    category: "Bias",
    arisesFrom: "both",
    likelihood: 3,
    severity: 4,
    misuseLikelihood: 2,
    misuseSeverity: 5,
    intendedUseScore: 12,
    misuseScore: 10,
    score: 12,
    aboveTolerance: true,
    residualLikelihood: 2,
    residualSeverity: 2,
    residualScore: 4,
    owner: alice,
    status: "open",
    acceptance: null,
    version: 3,
    mitigations: [],
  };
  return { ...base, ...overrides };
}

describe("the risk form", () => {
  it("starts empty for a new risk, owned by the system's risk owner", () => {
    const values = toRiskForm(undefined, { ownerId: bob.id });
    expect(values).toMatchObject({
      title: "",
      arisesFrom: "both",
      likelihood: "",
      ownerId: bob.id,
      status: "open",
    });
  });

  it("round-trips a risk into the form and back without changes", () => {
    const r = risk();
    const input = toUpdateRiskInput(r, r.version, toRiskForm(r));
    expect(input).toEqual({ id: "r1", expectedVersion: 3 });
    expect(isUnchanged(input)).toBe(true);
  });

  it("sends only what changed, with the version the edit started from", () => {
    const r = risk();
    const values = { ...toRiskForm(r), residualLikelihood: "1", title: "  Biased credit scoring " };
    expect(toUpdateRiskInput(r, 2, values)).toEqual({
      id: "r1",
      expectedVersion: 2,
      title: "Biased credit scoring",
      residualLikelihood: 1,
    });
  });

  it("clears a pair and an owner as null", () => {
    const r = risk();
    const values = { ...toRiskForm(r), misuseLikelihood: "", misuseSeverity: "", ownerId: "" };
    expect(toUpdateRiskInput(r, 3, values)).toEqual({
      id: "r1",
      expectedVersion: 3,
      misuseLikelihood: null,
      misuseSeverity: null,
      ownerId: null,
    });
  });

  it("does not send back an owner who has left when the owner was not touched", () => {
    const r = risk({ owner: { id: alice.id, name: "former member" } });
    expect(toUpdateRiskInput(r, 3, { ...toRiskForm(r), status: "closed" })).toEqual({
      id: "r1",
      expectedVersion: 3,
      status: "closed",
    });
  });

  it("builds the create input with numbers and nulls, never a status", () => {
    const values = {
      ...toRiskForm(),
      title: " Deepfake abuse ",
      category: "Misuse",
      arisesFrom: "foreseeable_misuse" as const,
      misuseLikelihood: "4",
      misuseSeverity: "5",
    };
    expect(toCreateRiskInput("s1", values)).toEqual({
      systemId: "s1",
      title: "Deepfake abuse",
      description: "",
      category: "Misuse",
      arisesFrom: "foreseeable_misuse",
      likelihood: null,
      severity: null,
      misuseLikelihood: 4,
      misuseSeverity: 5,
      residualLikelihood: null,
      residualSeverity: null,
      ownerId: null,
    });
  });

  it("parses the 1–5 scale and refuses anything else", () => {
    expect(parseScale("")).toBeNull();
    expect(parseScale("5")).toBe(5);
    expect(() => parseScale("6")).toThrow(RangeError);
    expect(() => parseScale("2.5")).toThrow(RangeError);
  });

  it("names the missing side of a pair", () => {
    expect(pairProblem("", "")).toBeUndefined();
    expect(pairProblem("3", "4")).toBeUndefined();
    expect(pairProblem("3", "")).toBe("severity");
    expect(pairProblem("", "4")).toBe("likelihood");
  });

  it("maps API error paths to form fields", () => {
    expect(riskFieldFor("misuseSeverity")).toBe("misuseSeverity");
    expect(riskFieldFor("residualLikelihood")).toBe("residualLikelihood");
    expect(riskFieldFor("systemId")).toBeUndefined();
  });
});

describe("scores and tolerance", () => {
  it("scores a complete pair only", () => {
    expect(scoreOf(3, 4)).toBe(12);
    expect(scoreOf(3, null)).toBeNull();
  });

  it("tones a score against the tolerance", () => {
    expect(scoreTone(null, 9)).toBe("none");
    expect(scoreTone(10, 9)).toBe("above");
    expect(scoreTone(9, 9)).toBe("elevated");
    expect(scoreTone(5, 9)).toBe("elevated");
    expect(scoreTone(4, 9)).toBe("low");
  });

  it("asks for a mitigation only for an open risk above tolerance with none that counts", () => {
    expect(needsMitigation(risk())).toBe(true);
    expect(needsMitigation(risk({ mitigations: [mitigation({ status: "cancelled" })] }))).toBe(true);
    expect(needsMitigation(risk({ mitigations: [mitigation()] }))).toBe(false);
    expect(needsMitigation(risk({ status: "closed" }))).toBe(false);
    expect(needsMitigation(risk({ aboveTolerance: false }))).toBe(false);
  });

  it("summarises what the register still lacks", () => {
    const register: RiskRegister = {
      tolerance: 9,
      risks: [
        risk(),
        risk({
          id: "r2",
          misuseLikelihood: null,
          misuseSeverity: null,
          misuseScore: null,
          mitigations: [mitigation()],
        }),
        risk({
          id: "r3",
          residualLikelihood: null,
          residualSeverity: null,
          residualScore: null,
          aboveTolerance: false,
        }),
        risk({ id: "r4", status: "closed" }),
        risk({ id: "r5", acceptance: { by: bob, at: new Date("2026-01-02T00:00:00Z"), stale: true } }),
      ],
    };
    expect(summariseRegister(register)).toEqual({
      total: 5,
      open: 4,
      unscored: 1,
      aboveTolerance: 3,
      needsMitigation: 2,
      noResidual: 1,
      accepted: 0,
      stale: 1,
    });
  });
});

describe("acceptance", () => {
  const at = new Date("2026-01-02T00:00:00Z");

  it("tells accepted, stale, not accepted and no residual apart", () => {
    expect(acceptanceState(risk({ acceptance: { by: bob, at, stale: false } }))).toBe("accepted");
    expect(acceptanceState(risk({ acceptance: { by: bob, at, stale: true } }))).toBe("stale");
    expect(acceptanceState(risk())).toBe("notAccepted");
    expect(acceptanceState(risk({ residualScore: null }))).toBe("noResidual");
  });

  it("offers accepting when there is something to accept", () => {
    expect(canAcceptNow(risk())).toBe(true);
    expect(canAcceptNow(risk({ acceptance: { by: bob, at, stale: true } }))).toBe(true);
    expect(canAcceptNow(risk({ acceptance: { by: bob, at, stale: false } }))).toBe(false);
    expect(canAcceptNow(risk({ residualScore: null }))).toBe(false);
  });

  it("lets the system's risk owner or an admin accept", () => {
    const system = { riskOwner: alice };
    expect(mayAcceptRisk("admin", bob.id, system)).toBe(true);
    expect(mayAcceptRisk("risk_owner", alice.id, system)).toBe(true);
    expect(mayAcceptRisk("risk_owner", bob.id, system)).toBe(false);
    expect(mayAcceptRisk("viewer", alice.id, system)).toBe(false);
    expect(mayAcceptRisk("risk_owner", bob.id, { riskOwner: null })).toBe(false);
  });
});

describe("the heatmap", () => {
  it("places a risk at its higher-scoring pair, intended use on a tie", () => {
    expect(heatmapPoint(risk(), "inherent")).toEqual({ likelihood: 3, severity: 4, source: "intendedUse" });
    expect(heatmapPoint(risk({ misuseLikelihood: 4, misuseSeverity: 4 }), "inherent")).toEqual({
      likelihood: 4,
      severity: 4,
      source: "misuse",
    });
    expect(heatmapPoint(risk({ misuseLikelihood: 4, misuseSeverity: 3 }), "inherent")?.source).toBe(
      "intendedUse",
    );
    expect(heatmapPoint(risk({ likelihood: null, severity: null }), "inherent")?.source).toBe("misuse");
    expect(heatmapPoint(risk(), "residual")).toEqual({ likelihood: 2, severity: 2, source: "residual" });
    expect(heatmapPoint(risk({ residualLikelihood: null }), "residual")).toBeNull();
  });

  it("lays out 25 cells from severity 5 down, likelihood 1 across, with open risks only", () => {
    const risks = [
      risk(),
      risk({ id: "r2", likelihood: 5, severity: 5 }),
      risk({ id: "r3", status: "closed" }),
      risk({ id: "r4", likelihood: null, severity: null, misuseLikelihood: null, misuseSeverity: null }),
    ];
    const { cells, unplaced } = heatmap(risks, "inherent", 9);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ likelihood: 1, severity: 5, score: 5 });
    expect(cells[4]).toMatchObject({ likelihood: 5, severity: 5, score: 25, tone: "above" });
    expect(cells[24]).toMatchObject({ likelihood: 5, severity: 1, score: 5 });
    const at = (l: number, s: number) => cells.find((c) => c.likelihood === l && c.severity === s);
    expect(at(3, 4)?.risks.map((r) => r.id)).toEqual(["r1"]);
    expect(at(5, 5)?.risks.map((r) => r.id)).toEqual(["r2"]);
    expect(cells.flatMap((c) => c.risks)).toHaveLength(2);
    expect(unplaced.map((r) => r.id)).toEqual(["r4"]);
  });
});

describe("mitigations", () => {
  it("round-trips a mitigation into the form and back without changes", () => {
    const m = mitigation({ owner: bob, dueDate: "2026-03-01", status: "in_progress" });
    expect(toUpdateMitigationInput(m, toMitigationForm(m))).toEqual({ id: "m1" });
  });

  it("sends only what changed", () => {
    const m = mitigation({ owner: bob });
    expect(
      toUpdateMitigationInput(m, { ...toMitigationForm(m), status: "done", dueDate: "2026-04-30" }),
    ).toEqual({
      id: "m1",
      status: "done",
      dueDate: "2026-04-30",
    });
    expect(toUpdateMitigationInput(m, { ...toMitigationForm(m), ownerId: "" })).toEqual({
      id: "m1",
      ownerId: null,
    });
  });

  it("builds the add input with nulls for what is left empty", () => {
    expect(
      toAddMitigationInput("r1", {
        action: " Add human review ",
        ownerId: "",
        dueDate: "",
        status: "planned",
      }),
    ).toEqual({
      riskId: "r1",
      action: "Add human review",
      ownerId: null,
      dueDate: null,
      status: "planned",
    });
  });

  it("is overdue only while planned or under way past its date", () => {
    expect(isMitigationOverdue(mitigation({ dueDate: "2026-01-01" }), "2026-01-02")).toBe(true);
    expect(isMitigationOverdue(mitigation({ dueDate: "2026-01-02" }), "2026-01-02")).toBe(false);
    expect(isMitigationOverdue(mitigation({ dueDate: "2026-01-01", status: "done" }), "2026-01-02")).toBe(
      false,
    );
    expect(isMitigationOverdue(mitigation(), "2026-01-02")).toBe(false);
  });

  it("accepts real calendar days only", () => {
    expect(isIsoDay("2026-02-28")).toBe(true);
    expect(isIsoDay("2026-02-30")).toBe(false);
    expect(isIsoDay("28.02.2026")).toBe(false);
  });
});
