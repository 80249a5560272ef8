import { KZ_DIGITAL_CODE_IN_FORCE } from "@airisk/regulations/vocabulary";
import { type AnyStateNode, and, type SnapshotFrom, setup, transition } from "xstate";
import { can, type Role } from "#permissions.ts";

/**
 * The lifecycle of an AI system (lifecycle.md), the single source of truth for what may happen to
 * a system and when. Pure: the server hands each event the facts its guards need (the system, its
 * risks, the actor, the date), restores the persisted snapshot, asks, and persists the result.
 * Time never advances inside: the scheduler sends REVIEW_DUE / REVIEW_OVERDUE at stored dates.
 */
export const LIFECYCLE_MACHINE_ID = "airisk-system-lifecycle";
/** Bumped on any change to states or events; persisted snapshots carry it (see restoreLifecycle). */
export const LIFECYCLE_VERSION = 1;

export type RiskFacts = {
  id: string;
  /** Open = not closed or accepted-and-archived; only open risks block the process. */
  open: boolean;
  /** Likelihood × severity assessed for the intended use, and for reasonably foreseeable misuse. */
  intendedUseScore: number | null;
  misuseScore: number | null;
  /** Has at least one mitigation adopted or planned. */
  hasMitigation: boolean;
  residualScore: number | null;
};

/** Everything the guards read, assembled by the server for each event. */
export type LifecycleFacts = {
  actor: { kind: "user"; userId: string; role: Role } | { kind: "scheduler" };
  /** The system's risk owner (APPROVE is theirs or an admin's). */
  riskOwnerId: string | null;
  classification: {
    impactLevel: "minimal" | "medium" | "high" | null;
    autonomyLevel: "low" | "medium" | "high" | null;
  };
  /** Audit triggers (lifecycle.md): trusted list sought (AI Law 19(1), 20), critically important
   * object (Digital Code, from 2026-07-11), and, as product policy on by default, high impact. */
  seeksTrustedList: boolean;
  isCriticallyImportantObject: boolean;
  auditEveryHighImpact: boolean;
  /** Prohibited-practice screening answered (Kazakhstan's list and EU Art. 5). */
  screeningAnswered: boolean;
  risks: RiskFacts[];
  /** A justified "no risks found" (non-empty text) stands in for an empty register. */
  noRisksJustification: string | null;
  riskTolerance: number;
  documentationPresent: boolean;
  /** The flagged prohibited practice is resolved, with evidence attached. */
  prohibitedPracticeResolvedWithEvidence: boolean;
  /** YYYY-MM-DD; the Digital Code's audit trigger applies from 2026-07-11. */
  today: string;
};

type WithFacts<T extends string> = { type: T; facts: LifecycleFacts; reason?: string };

/** Events of the public API (`systems.transition`). */
export const USER_EVENTS = [
  "SUBMIT_PROFILE",
  "RISKS_IDENTIFIED",
  "RISKS_ASSESSED",
  "MITIGATIONS_ADOPTED",
  "AUDIT_PASSED",
  "AUDIT_FAILED",
  "APPROVE",
  "START_REVIEW",
  "PROHIBITED_PRACTICE_FOUND",
  "REMEDIATED",
  "RETIRE",
] as const;
/** Sent by the scheduler only. */
export const SCHEDULER_EVENTS = ["REVIEW_DUE", "REVIEW_OVERDUE"] as const;
/** Sent by the server when impact or autonomy changes (systems.update), never by a client. */
export const SYSTEM_EVENTS = ["RECLASSIFIED"] as const;

export type UserEventType = (typeof USER_EVENTS)[number];
export type LifecycleEventType =
  | UserEventType
  | (typeof SCHEDULER_EVENTS)[number]
  | (typeof SYSTEM_EVENTS)[number];
export type LifecycleEvent = WithFacts<LifecycleEventType>;

/** Why the system must be audited before approval; empty when it need not be. */
export function auditGrounds(f: LifecycleFacts): string[] {
  const grounds: string[] = [];
  if (f.seeksTrustedList) grounds.push("the trusted high-risk list is sought (AI Law Arts 19(1), 20)");
  if (f.isCriticallyImportantObject && f.today >= KZ_DIGITAL_CODE_IN_FORCE) {
    grounds.push(
      `it is a critically important digital object (Digital Code, from ${KZ_DIGITAL_CODE_IN_FORCE})`,
    );
  }
  if (f.auditEveryHighImpact && f.classification.impactLevel === "high") {
    grounds.push("impact on safety is high (product policy, on by default; not required by the law)");
  }
  return grounds;
}

/** Who records an audit's result: the one list the guard and `roleMaySend` both read. */
const AUDIT_RECORDERS: readonly Role[] = ["admin", "auditor"];

/**
 * Which roles may send an event at all, before any guard: auditors (and admins) record audits,
 * APPROVE needs `systems.approve`, everything else `systems.write`. The server refuses the rest as
 * FORBIDDEN and `systems.get` reports them refused for the role.
 */
export function roleMaySend(role: Role, event: UserEventType): boolean {
  if (event === "AUDIT_PASSED" || event === "AUDIT_FAILED") return AUDIT_RECORDERS.includes(role);
  if (event === "APPROVE") return can(role, "systems.approve");
  return can(role, "systems.write");
}

const isUser = (f: LifecycleFacts, roles: readonly Role[]) =>
  f.actor.kind === "user" && roles.includes(f.actor.role);
const openRisks = (f: LifecycleFacts) => f.risks.filter((r) => r.open);

/**
 * The guards, each returning what is missing (or undefined when satisfied). The machine and the
 * "why refused" explanation both read this one table.
 */
export const GUARDS = {
  profileComplete: (f: LifecycleFacts) => {
    const missing = [
      f.classification.impactLevel ? null : "impact on safety",
      f.classification.autonomyLevel ? null : "autonomy",
      f.riskOwnerId ? null : "a risk owner",
    ].filter(Boolean);
    return missing.length ? `classify the system and assign it: ${missing.join(", ")} missing` : undefined;
  },
  risksIdentified: (f: LifecycleFacts) => {
    if (!f.screeningAnswered) return "answer the prohibited-practice screening first";
    if (openRisks(f).length === 0 && !f.noRisksJustification?.trim()) {
      return "record at least one risk, or justify that none was found";
    }
    return undefined;
  },
  risksAssessed: (f: LifecycleFacts) => {
    const unscored = openRisks(f).filter((r) => r.intendedUseScore === null || r.misuseScore === null);
    return unscored.length
      ? `score every open risk for intended use and foreseeable misuse (${unscored.length} not scored: ${unscored.map((r) => r.id).join(", ")})`
      : undefined;
  },
  mitigationsAdopted: (f: LifecycleFacts) => {
    const above = openRisks(f).filter(
      (r) => Math.max(r.intendedUseScore ?? 0, r.misuseScore ?? 0) > f.riskTolerance && !r.hasMitigation,
    );
    if (above.length) {
      return `mitigate every risk above the tolerance of ${f.riskTolerance} (${above.map((r) => r.id).join(", ")})`;
    }
    const noResidual = openRisks(f).filter((r) => r.residualScore === null);
    return noResidual.length
      ? `record the residual risk of ${noResidual.map((r) => r.id).join(", ")}`
      : undefined;
  },
  auditRequired: (f: LifecycleFacts) => (auditGrounds(f).length ? undefined : "no audit ground applies"),
  auditNotRequired: (f: LifecycleFacts) => {
    const grounds = auditGrounds(f);
    return grounds.length ? `an audit is required: ${grounds.join("; ")}` : undefined;
  },
  mayRecordAudit: (f: LifecycleFacts) =>
    isUser(f, AUDIT_RECORDERS) ? undefined : "only an admin or an auditor records an audit's result",
  mayApprove: (f: LifecycleFacts) => {
    const owner = f.actor.kind === "user" && f.actor.userId === f.riskOwnerId;
    if (!owner && !isUser(f, ["admin"])) return "only an admin or the system's risk owner may approve";
    return f.documentationPresent ? undefined : "attach the required documentation first";
  },
  isScheduler: (f: LifecycleFacts) =>
    f.actor.kind === "scheduler" ? undefined : "sent by the review scheduler only",
  mayRemediate: (f: LifecycleFacts) => {
    if (!isUser(f, ["admin"])) return "only an admin may lift a suspension";
    return f.prohibitedPracticeResolvedWithEvidence
      ? undefined
      : "resolve the flagged prohibited practice and attach evidence first";
  },
} as const satisfies Record<string, (f: LifecycleFacts) => string | undefined>;

export type GuardName = keyof typeof GUARDS;

const guard =
  (name: GuardName) =>
  ({ event }: { event: LifecycleEvent }): boolean =>
    GUARDS[name](event.facts) === undefined;

export const lifecycleMachine = setup({
  types: {
    context: {} as { version: number },
    events: {} as LifecycleEvent,
  },
  guards: Object.fromEntries(
    (Object.keys(GUARDS) as GuardName[]).map((name) => [name, guard(name)]),
  ) as Record<GuardName, ReturnType<typeof guard>>,
}).createMachine({
  id: LIFECYCLE_MACHINE_ID,
  context: { version: LIFECYCLE_VERSION },
  initial: "draft",
  on: {
    // Product policy built on AI Law 18(2): flagging a prohibited practice always suspends; no
    // guard can block it. Final states ignore it (retired takes no events at all).
    PROHIBITED_PRACTICE_FOUND: { target: ".suspended" },
  },
  states: {
    draft: {
      on: {
        SUBMIT_PROFILE: { target: "riskProcess.identification", guard: "profileComplete" },
        RETIRE: { target: "retired" },
      },
    },
    riskProcess: {
      initial: "identification",
      on: { RECLASSIFIED: { target: ".assessment" } },
      states: {
        identification: {
          on: {
            RISKS_IDENTIFIED: { target: "assessment", guard: "risksIdentified" },
            // Classification changes before assessment change nothing in the process.
            RECLASSIFIED: { target: "identification" },
          },
        },
        assessment: { on: { RISKS_ASSESSED: { target: "mitigation", guard: "risksAssessed" } } },
        mitigation: {
          on: {
            MITIGATIONS_ADOPTED: [
              { target: "audit", guard: and(["mitigationsAdopted", "auditRequired"]) },
              { target: "approval", guard: and(["mitigationsAdopted", "auditNotRequired"]) },
            ],
          },
        },
        audit: {
          on: {
            AUDIT_PASSED: { target: "approval", guard: "mayRecordAudit" },
            AUDIT_FAILED: { target: "mitigation", guard: "mayRecordAudit" },
          },
        },
        approval: { on: { APPROVE: { target: "#lifecycle-operating", guard: "mayApprove" } } },
      },
    },
    operating: {
      id: "lifecycle-operating",
      initial: "compliant",
      on: {
        START_REVIEW: { target: "riskProcess.identification" },
        RECLASSIFIED: { target: "riskProcess.assessment" },
        RETIRE: { target: "retired" },
      },
      states: {
        compliant: { on: { REVIEW_DUE: { target: "reviewDue", guard: "isScheduler" } } },
        reviewDue: { on: { REVIEW_OVERDUE: { target: "overdue", guard: "isScheduler" } } },
        overdue: {},
      },
    },
    suspended: {
      on: {
        REMEDIATED: { target: "riskProcess.assessment", guard: "mayRemediate" },
        RETIRE: { target: "retired" },
        // Already suspended: the flag is recorded again, the state stays.
        PROHIBITED_PRACTICE_FOUND: { target: "suspended" },
      },
    },
    retired: { type: "final" },
  },
});

export type LifecycleSnapshot = SnapshotFrom<typeof lifecycleMachine>;

/** The state as a dotted path: "riskProcess.assessment", "operating.compliant", "suspended". */
export function stateKey(snapshot: LifecycleSnapshot): string {
  const walk = (value: unknown): string =>
    typeof value === "string"
      ? value
      : Object.entries(value as Record<string, unknown>)
          .map(([k, v]) => `${k}.${walk(v)}`)
          .join("");
  return walk(snapshot.value);
}

/** The dotted leaf states at or under `state` ("operating" → its three children), from the machine. */
export function statesUnder(state: string): string[] {
  const out: string[] = [];
  const walk = (node: AnyStateNode, path: string) => {
    const children = Object.entries(node.states);
    if (children.length === 0) out.push(path);
    for (const [key, child] of children) walk(child, path ? `${path}.${key}` : key);
  };
  walk(lifecycleMachine.root, "");
  return out.filter((s) => s === state || s.startsWith(`${state}.`));
}

export type Decision =
  | { allowed: true; from: string; to: string; next: LifecycleSnapshot }
  | { allowed: false; from: string; guard: GuardName | null; missing: string };

/** Decides an event: the next snapshot, or which guard refused and what is missing. */
export function decide(snapshot: LifecycleSnapshot, event: LifecycleEvent): Decision {
  const from = stateKey(snapshot);
  if (snapshot.status !== "active")
    return { allowed: false, from, guard: null, missing: "the system is retired" };
  if (snapshot.can(event)) {
    const [next] = transition(lifecycleMachine, snapshot, event);
    return { allowed: true, from, to: stateKey(next), next };
  }
  const refusal = explainRefusal(snapshot, event);
  return { allowed: false, from, ...refusal };
}

function explainRefusal(
  snapshot: LifecycleSnapshot,
  event: LifecycleEvent,
): { guard: GuardName | null; missing: string } {
  const candidates = activeNodes(snapshot).flatMap((node) => node.transitions.get(event.type) ?? []);
  if (candidates.length === 0) {
    return {
      guard: null,
      missing: `${event.type} is not possible while the system is ${stateKey(snapshot)}`,
    };
  }
  // The first guard that fails on the first candidate that has any failing guard.
  for (const candidate of candidates) {
    for (const name of guardNames(candidate.guard)) {
      const missing = GUARDS[name](event.facts);
      if (missing) return { guard: name, missing };
    }
  }
  return { guard: null, missing: `${event.type} is not possible now` };
}

function activeNodes(snapshot: LifecycleSnapshot): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  const walk = (node: AnyStateNode, value: unknown) => {
    out.push(node);
    if (typeof value === "string") {
      const child = node.states[value];
      if (child) out.push(child);
      return;
    }
    for (const [k, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
      const child = node.states[k];
      if (child) walk(child, v);
    }
  };
  walk(lifecycleMachine.root, snapshot.value);
  // Deepest first: an inner transition is taken before an outer one.
  return out.reverse();
}

/** The named guards inside a transition's guard: a name, `{ type: name }`, or `and([...])` (whose parts XState keeps in `.guards`). */
function guardNames(g: unknown): GuardName[] {
  if (!g) return [];
  if (typeof g === "string") return g in GUARDS ? [g as GuardName] : [];
  const obj = g as { type?: string; guards?: unknown[] };
  if (typeof obj.type === "string" && obj.type in GUARDS) return [obj.type as GuardName];
  return (obj.guards ?? []).flatMap(guardNames);
}

/** For `systems.get`: each user event, whether this actor may send it now, and if not, why. */
export function availableEvents(
  snapshot: LifecycleSnapshot,
  facts: LifecycleFacts,
): Array<{ event: UserEventType; allowed: boolean; guard: GuardName | null; reason: string | null }> {
  return USER_EVENTS.map((type) => {
    const d = decide(snapshot, { type, facts });
    return d.allowed
      ? { event: type, allowed: true, guard: null, reason: null }
      : { event: type, allowed: false, guard: d.guard, reason: d.missing };
  });
}

export function initialLifecycle(): LifecycleSnapshot {
  return lifecycleMachine.resolveState({ value: "draft", context: { version: LIFECYCLE_VERSION } });
}

/** What is stored with a system: the state, the context and the definition version. */
export type PersistedLifecycle = {
  machineVersion: number;
  value: LifecycleSnapshot["value"];
  context: { version: number };
};

export function persistLifecycle(snapshot: LifecycleSnapshot): PersistedLifecycle {
  return { machineVersion: LIFECYCLE_VERSION, value: snapshot.value, context: snapshot.context };
}

/**
 * Migrations of persisted snapshots from older machine versions, one step each. Empty at version 1;
 * a change to states adds a step here with a test before LIFECYCLE_VERSION is bumped.
 */
const MIGRATIONS: Record<number, (p: PersistedLifecycle) => PersistedLifecycle> = {};

export class UnknownLifecycleVersionError extends Error {
  override readonly name = "UnknownLifecycleVersionError";
}

/** Restores a stored snapshot, migrating it from older definitions; refuses unknown versions. */
export function restoreLifecycle(stored: PersistedLifecycle): LifecycleSnapshot {
  let p = stored;
  while (p.machineVersion < LIFECYCLE_VERSION) {
    const step = MIGRATIONS[p.machineVersion];
    if (!step)
      throw new UnknownLifecycleVersionError(`no migration from lifecycle version ${p.machineVersion}`);
    p = step(p);
  }
  if (p.machineVersion !== LIFECYCLE_VERSION) {
    throw new UnknownLifecycleVersionError(
      `lifecycle version ${p.machineVersion} is newer than this build's ${LIFECYCLE_VERSION}`,
    );
  }
  return lifecycleMachine.resolveState({ value: p.value, context: { version: LIFECYCLE_VERSION } });
}
