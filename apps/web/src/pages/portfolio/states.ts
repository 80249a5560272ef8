/**
 * The lifecycle states as the register lists and filters them: dotted paths, the same shape as the
 * server's `state` column ("draft", "riskProcess.assessment", "operating.overdue"). Written out
 * rather than read from the XState machine so the portfolio's bundle stays free of XState;
 * `states.test.ts` checks the list against the machine, so the two cannot drift apart.
 */

export const LIFECYCLE_STATES = [
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
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** The compound states: filtering by one matches every state inside it. */
export const PARENT_STATES = ["riskProcess", "operating"] as const;
export type ParentState = (typeof PARENT_STATES)[number];

export function isLifecycleState(value: string): value is LifecycleState {
  return (LIFECYCLE_STATES as readonly string[]).includes(value);
}

export function isParentState(value: string): value is ParentState {
  return (PARENT_STATES as readonly string[]).includes(value);
}

export type StateFilterGroup =
  | { kind: "single"; state: LifecycleState }
  | { kind: "group"; parent: ParentState; states: LifecycleState[] };

/** The state filter's options in lifecycle order: compound states as a group with an "any" entry. */
export function stateFilterGroups(): StateFilterGroup[] {
  const groups: StateFilterGroup[] = [];
  for (const state of LIFECYCLE_STATES) {
    const [parent] = state.split(".");
    if (parent && state.includes(".") && isParentState(parent)) {
      const last = groups.at(-1);
      if (last?.kind === "group" && last.parent === parent) last.states.push(state);
      else groups.push({ kind: "group", parent, states: [state] });
    } else {
      groups.push({ kind: "single", state });
    }
  }
  return groups;
}

export type StateTone = "neutral" | "progress" | "good" | "attention" | "danger" | "muted";

/** How a state reads at a glance: in progress, fine, needing attention, or stopped. */
export function stateTone(state: string): StateTone {
  if (state === "draft") return "neutral";
  if (state.startsWith("riskProcess.")) return "progress";
  if (state === "operating.compliant") return "good";
  if (state === "operating.reviewDue") return "attention";
  if (state === "operating.overdue" || state === "suspended") return "danger";
  if (state === "retired") return "muted";
  return "neutral";
}
