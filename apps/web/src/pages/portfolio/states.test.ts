import { lifecycleMachine } from "@airisk/domain/lifecycle";
import { describe, expect, it } from "vitest";
import { en } from "#i18n/locales/en.ts";
import { LIFECYCLE_STATES, PARENT_STATES, stateFilterGroups, stateTone } from "#pages/portfolio/states.ts";

type Node = { key: string; states: Record<string, Node> };

/** Every leaf state of the machine as a dotted path, and every compound state. */
function walk(node: Node, prefix: string[] = []): { leaves: string[]; parents: string[] } {
  const children = Object.values(node.states);
  if (children.length === 0) return { leaves: [prefix.join(".")], parents: [] };
  const out = { leaves: [] as string[], parents: prefix.length ? [prefix.join(".")] : [] };
  for (const child of children) {
    const inner = walk(child, [...prefix, child.key]);
    out.leaves.push(...inner.leaves);
    out.parents.push(...inner.parents);
  }
  return out;
}

describe("lifecycle states of the portfolio", () => {
  const machine = walk(lifecycleMachine.root as unknown as Node);

  it("lists exactly the machine's states, in its order", () => {
    expect([...LIFECYCLE_STATES]).toEqual(machine.leaves);
    expect([...PARENT_STATES]).toEqual(machine.parents);
  });

  it("has an English name for each state and each compound state", () => {
    const states = en.lifecycle.states as unknown as Record<string, unknown>;
    const at = (path: string): unknown =>
      path
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], states);
    for (const state of LIFECYCLE_STATES) expect(typeof at(state), state).toBe("string");
    for (const parent of PARENT_STATES) expect(typeof at(`${parent}.label`), parent).toBe("string");
  });

  it("groups the filter options by compound state, keeping lifecycle order", () => {
    const groups = stateFilterGroups();
    expect(groups.map((g) => (g.kind === "single" ? g.state : g.parent))).toEqual([
      "draft",
      "riskProcess",
      "operating",
      "suspended",
      "retired",
    ]);
    const flattened = groups.flatMap((g) => (g.kind === "single" ? [g.state] : g.states));
    expect(flattened).toEqual([...LIFECYCLE_STATES]);
  });

  it("flags the states that need attention", () => {
    expect(stateTone("operating.overdue")).toBe("danger");
    expect(stateTone("suspended")).toBe("danger");
    expect(stateTone("operating.reviewDue")).toBe("attention");
    expect(stateTone("riskProcess.audit")).toBe("progress");
    expect(stateTone("somethingNew")).toBe("neutral");
  });
});
