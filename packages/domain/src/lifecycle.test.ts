import { describe, expect, it } from "vitest";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import {
  auditGrounds,
  availableEvents,
  decide,
  initialLifecycle,
  LIFECYCLE_VERSION,
  type LifecycleEvent,
  type LifecycleFacts,
  type LifecycleSnapshot,
  lifecycleMachine,
  persistLifecycle,
  restoreLifecycle,
  stateKey,
  UnknownLifecycleVersionError,
  USER_EVENTS,
} from "./lifecycle.ts";

/** Facts under which every guard can pass (an admin acting, everything recorded). */
const ready = (overrides: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  actor: { kind: "user", userId: "admin-1", role: "admin" },
  riskOwnerId: "owner-1",
  classification: { impactLevel: "medium", autonomyLevel: "low" },
  seeksTrustedList: false,
  isCriticallyImportantObject: false,
  auditEveryHighImpact: true,
  screeningAnswered: true,
  risks: [
    { id: "r1", open: true, intendedUseScore: 12, misuseScore: 16, hasMitigation: true, residualScore: 4 },
  ],
  noRisksJustification: null,
  riskTolerance: 9,
  documentationPresent: true,
  prohibitedPracticeResolvedWithEvidence: true,
  today: "2026-11-25",
  ...overrides,
});
const scheduler = (f: LifecycleFacts): LifecycleFacts => ({ ...f, actor: { kind: "scheduler" } });

/** Every event the traversal may send, with facts that let its guards pass. */
function eventsFor(facts: LifecycleFacts): LifecycleEvent[] {
  return [
    ...USER_EVENTS.map((type) => ({ type, facts })),
    { type: "REVIEW_DUE", facts: scheduler(facts) },
    { type: "REVIEW_OVERDUE", facts: scheduler(facts) },
    { type: "RECLASSIFIED", facts },
  ];
}

function walk(
  types: LifecycleEvent["type"][],
  facts: LifecycleFacts,
  from = initialLifecycle(),
): LifecycleSnapshot {
  let snapshot = from;
  for (const type of types) {
    const event = { type, facts: type.startsWith("REVIEW_") ? scheduler(facts) : facts } as LifecycleEvent;
    const d = decide(snapshot, event);
    if (!d.allowed) throw new Error(`${type} refused in ${d.from}: ${d.missing}`);
    snapshot = d.next;
  }
  return snapshot;
}

const TO_APPROVAL = ["SUBMIT_PROFILE", "RISKS_IDENTIFIED", "RISKS_ASSESSED", "MITIGATIONS_ADOPTED"] as const;
const ALL_STATES = [
  "draft",
  "riskProcess.identification",
  "riskProcess.assessment",
  "riskProcess.mitigation",
  "riskProcess.audit",
  "riskProcess.approval",
  "operating.compliant",
  "operating.reviewDue",
  "operating.overdue",
  "suspended",
  "retired",
];

describe("model-based: every path of the machine", () => {
  for (const [label, facts, auditRequired] of [
    ["no audit ground", ready(), false],
    [
      "high impact (product policy)",
      ready({ classification: { impactLevel: "high", autonomyLevel: "low" } }),
      true,
    ],
    ["trusted list sought", ready({ seeksTrustedList: true }), true],
  ] as const) {
    it(`reaches operating only through identification, assessment, mitigation${auditRequired ? " and audit" : ""} (${label})`, () => {
      const paths = getSimplePaths(lifecycleMachine, {
        events: eventsFor(facts),
        toState: (s) => s.matches("operating"),
      });
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const visited = path.steps.map((step) => stateKey(step.state as LifecycleSnapshot));
        // Every stretch that ends in operating passed through the whole risk process since it last
        // entered it (a review cycle or a remediation re-enters it).
        const lastEntry = visited.findIndex((s) => s.startsWith("riskProcess"));
        const since = visited.slice(lastEntry);
        expect(since, visited.join(" → ")).toContain("riskProcess.mitigation");
        expect(since).toContain("riskProcess.approval");
        if (auditRequired) expect(since, visited.join(" → ")).toContain("riskProcess.audit");
        else expect(since).not.toContain("riskProcess.audit");
        expect(
          visited.some((s) => s === "riskProcess.identification" || s === "riskProcess.assessment"),
        ).toBe(true);
      }
    });
  }

  it("reaches every state, and from each of them PROHIBITED_PRACTICE_FOUND suspends at once, whoever raises it", () => {
    const paths = getShortestPaths(lifecycleMachine, {
      events: eventsFor(ready({ seeksTrustedList: true })),
    });
    const reached = new Map(
      paths.map((p) => [stateKey(p.state as LifecycleSnapshot), p.state as LifecycleSnapshot]),
    );
    expect([...reached.keys()].sort()).toEqual([...ALL_STATES].sort());
    // Nothing filled in and a viewer acting: no guard may block the flag.
    const worst = ready({
      actor: { kind: "user", userId: "v", role: "viewer" },
      screeningAnswered: false,
      risks: [],
      documentationPresent: false,
    });
    for (const [key, snapshot] of reached) {
      const d = decide(snapshot, {
        type: "PROHIBITED_PRACTICE_FOUND",
        facts: worst,
        reason: "emotion recognition without consent",
      });
      if (key === "retired") expect(d.allowed, key).toBe(false);
      else expect(d.allowed && d.to, key).toBe("suspended");
    }
  });
});

describe("the rules of lifecycle.md", () => {
  it("refuses RISKS_IDENTIFIED until the screening is answered and a risk or a justified 'none' is recorded", () => {
    const identification = walk(["SUBMIT_PROFILE"], ready());
    const unscreened = decide(identification, {
      type: "RISKS_IDENTIFIED",
      facts: ready({ screeningAnswered: false }),
    });
    expect(unscreened).toMatchObject({
      allowed: false,
      guard: "risksIdentified",
      missing: "answer the prohibited-practice screening first",
    });
    const empty = decide(identification, {
      type: "RISKS_IDENTIFIED",
      facts: ready({ risks: [], noRisksJustification: "  " }),
    });
    expect(empty).toMatchObject({ allowed: false, guard: "risksIdentified" });
    const justified = decide(identification, {
      type: "RISKS_IDENTIFIED",
      facts: ready({ risks: [], noRisksJustification: "rule-based lookup, no model" }),
    });
    expect(justified.allowed && justified.to).toBe("riskProcess.assessment");
  });

  it("refuses RISKS_ASSESSED while an open risk lacks its intended-use or misuse score", () => {
    const assessment = walk(["SUBMIT_PROFILE", "RISKS_IDENTIFIED"], ready());
    const facts = ready({
      risks: [
        {
          id: "r9",
          open: true,
          intendedUseScore: 6,
          misuseScore: null,
          hasMitigation: false,
          residualScore: null,
        },
      ],
    });
    const d = decide(assessment, { type: "RISKS_ASSESSED", facts });
    expect(d).toMatchObject({ allowed: false, guard: "risksAssessed" });
    expect(!d.allowed && d.missing).toContain("r9");
  });

  it("refuses MITIGATIONS_ADOPTED while a risk above tolerance is unmitigated or a residual is missing", () => {
    const mitigation = walk(["SUBMIT_PROFILE", "RISKS_IDENTIFIED", "RISKS_ASSESSED"], ready());
    const unmitigated = ready({
      risks: [
        {
          id: "r2",
          open: true,
          intendedUseScore: 20,
          misuseScore: 4,
          hasMitigation: false,
          residualScore: 20,
        },
      ],
    });
    expect(decide(mitigation, { type: "MITIGATIONS_ADOPTED", facts: unmitigated })).toMatchObject({
      allowed: false,
      guard: "mitigationsAdopted",
      missing: "mitigate every risk above the tolerance of 9 (r2)",
    });
    const noResidual = ready({
      risks: [
        {
          id: "r3",
          open: true,
          intendedUseScore: 4,
          misuseScore: 4,
          hasMitigation: false,
          residualScore: null,
        },
      ],
    });
    expect(decide(mitigation, { type: "MITIGATIONS_ADOPTED", facts: noResidual })).toMatchObject({
      allowed: false,
      missing: "record the residual risk of r3",
    });
  });

  it("audits when a ground holds, and says which; only admins and auditors record the result", () => {
    expect(auditGrounds(ready())).toEqual([]);
    expect(auditGrounds(ready({ classification: { impactLevel: "high", autonomyLevel: "low" } }))[0]).toMatch(
      /product policy/,
    );
    expect(
      auditGrounds(
        ready({ classification: { impactLevel: "high", autonomyLevel: "low" }, auditEveryHighImpact: false }),
      ),
    ).toEqual([]);
    // The Digital Code's ground starts on 2026-07-11.
    expect(auditGrounds(ready({ isCriticallyImportantObject: true, today: "2026-07-10" }))).toEqual([]);
    expect(auditGrounds(ready({ isCriticallyImportantObject: true, today: "2026-07-11" }))[0]).toMatch(
      /Digital Code/,
    );

    const audit = walk([...TO_APPROVAL], ready({ seeksTrustedList: true }));
    expect(stateKey(audit)).toBe("riskProcess.audit");
    const byOwner = decide(audit, {
      type: "AUDIT_PASSED",
      facts: ready({ actor: { kind: "user", userId: "owner-1", role: "risk_owner" } }),
    });
    expect(byOwner).toMatchObject({ allowed: false, guard: "mayRecordAudit" });
    const failed = decide(audit, {
      type: "AUDIT_FAILED",
      facts: ready({ actor: { kind: "user", userId: "aud", role: "auditor" } }),
    });
    expect(failed.allowed && failed.to).toBe("riskProcess.mitigation");
  });

  it("lets only an admin or the system's risk owner approve, and only with documentation", () => {
    const approval = walk([...TO_APPROVAL], ready());
    const owner = ready({ actor: { kind: "user", userId: "owner-1", role: "risk_owner" } });
    const otherOwner = ready({ actor: { kind: "user", userId: "someone-else", role: "risk_owner" } });
    expect(decide(approval, { type: "APPROVE", facts: otherOwner })).toMatchObject({
      allowed: false,
      guard: "mayApprove",
    });
    expect(
      decide(approval, { type: "APPROVE", facts: { ...owner, documentationPresent: false } }),
    ).toMatchObject({
      allowed: false,
      missing: "attach the required documentation first",
    });
    const approved = decide(approval, { type: "APPROVE", facts: owner });
    expect(approved.allowed && approved.to).toBe("operating.compliant");
  });

  it("advances review dates only by the scheduler; a review cycle re-enters identification", () => {
    const operating = walk([...TO_APPROVAL, "APPROVE"], ready());
    expect(decide(operating, { type: "REVIEW_DUE", facts: ready() })).toMatchObject({
      allowed: false,
      guard: "isScheduler",
    });
    const overdue = walk(["REVIEW_DUE", "REVIEW_OVERDUE"], ready(), operating);
    expect(stateKey(overdue)).toBe("operating.overdue");
    for (const from of [operating, walk(["REVIEW_DUE"], ready(), operating), overdue]) {
      const d = decide(from, { type: "START_REVIEW", facts: ready() });
      expect(d.allowed && d.to).toBe("riskProcess.identification");
    }
  });

  it("sends a reclassified system back to assessment", () => {
    for (const path of [
      ["SUBMIT_PROFILE", "RISKS_IDENTIFIED", "RISKS_ASSESSED"],
      [...TO_APPROVAL],
      [...TO_APPROVAL, "APPROVE"],
      [...TO_APPROVAL, "APPROVE", "REVIEW_DUE", "REVIEW_OVERDUE"],
    ] as LifecycleEvent["type"][][]) {
      const d = decide(walk(path, ready()), { type: "RECLASSIFIED", facts: ready() });
      expect(d.allowed && d.to, path.join(",")).toBe("riskProcess.assessment");
    }
    const identification = walk(["SUBMIT_PROFILE"], ready());
    const stays = decide(identification, { type: "RECLASSIFIED", facts: ready() });
    expect(stays.allowed && stays.to).toBe("riskProcess.identification");
  });

  it("lifts a suspension only by an admin with the practice resolved and evidenced, back to assessment", () => {
    const suspended = walk([...TO_APPROVAL, "APPROVE", "PROHIBITED_PRACTICE_FOUND"], ready());
    expect(stateKey(suspended)).toBe("suspended");
    expect(
      decide(suspended, {
        type: "REMEDIATED",
        facts: ready({ actor: { kind: "user", userId: "owner-1", role: "risk_owner" } }),
      }),
    ).toMatchObject({
      allowed: false,
      guard: "mayRemediate",
    });
    expect(
      decide(suspended, {
        type: "REMEDIATED",
        facts: ready({ prohibitedPracticeResolvedWithEvidence: false }),
      }),
    ).toMatchObject({
      allowed: false,
      missing: "resolve the flagged prohibited practice and attach evidence first",
    });
    const lifted = decide(suspended, { type: "REMEDIATED", facts: ready() });
    expect(lifted.allowed && lifted.to).toBe("riskProcess.assessment");
  });

  it("retires from draft, operating or suspended, and a retired system takes no event", () => {
    for (const path of [
      [],
      [...TO_APPROVAL, "APPROVE"],
      ["PROHIBITED_PRACTICE_FOUND"],
    ] as LifecycleEvent["type"][][]) {
      const d = decide(walk(path, ready()), { type: "RETIRE", facts: ready() });
      expect(d.allowed && d.to, path.join(",")).toBe("retired");
    }
    expect(decide(walk(["SUBMIT_PROFILE"], ready()), { type: "RETIRE", facts: ready() })).toMatchObject({
      allowed: false,
      guard: null,
    });
    const retired = walk(["RETIRE"], ready());
    for (const type of USER_EVENTS) expect(decide(retired, { type, facts: ready() }).allowed).toBe(false);
  });

  it("names the missing step when an event does not fit the state", () => {
    expect(decide(initialLifecycle(), { type: "APPROVE", facts: ready() })).toEqual({
      allowed: false,
      from: "draft",
      guard: null,
      missing: "APPROVE is not possible while the system is draft",
    });
  });

  it("lists, for systems.get, every user event with whether it is allowed now and why not", () => {
    const events = availableEvents(walk(["SUBMIT_PROFILE"], ready()), ready({ screeningAnswered: false }));
    expect(events.map((e) => e.event)).toEqual([...USER_EVENTS]);
    expect(events.find((e) => e.event === "RISKS_IDENTIFIED")).toMatchObject({
      allowed: false,
      guard: "risksIdentified",
    });
    expect(events.find((e) => e.event === "PROHIBITED_PRACTICE_FOUND")).toMatchObject({ allowed: true });
    expect(events.filter((e) => !e.allowed).every((e) => e.reason)).toBe(true);
  });
});

describe("persisted snapshots", () => {
  it("round-trip through storage in every state", () => {
    const paths = getShortestPaths(lifecycleMachine, {
      events: eventsFor(ready({ seeksTrustedList: true })),
    });
    for (const path of paths) {
      const snapshot = path.state as LifecycleSnapshot;
      const stored = JSON.parse(JSON.stringify(persistLifecycle(snapshot)));
      expect(stored.machineVersion).toBe(LIFECYCLE_VERSION);
      expect(stateKey(restoreLifecycle(stored))).toBe(stateKey(snapshot));
    }
  });

  it("refuse a version this build does not know, in either direction", () => {
    const stored = persistLifecycle(initialLifecycle());
    expect(() => restoreLifecycle({ ...stored, machineVersion: LIFECYCLE_VERSION + 1 })).toThrow(
      UnknownLifecycleVersionError,
    );
    expect(() => restoreLifecycle({ ...stored, machineVersion: 0 })).toThrow(
      /no migration from lifecycle version 0/,
    );
  });
});
