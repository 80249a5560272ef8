import {
  lifecycleMachine,
  SCHEDULER_EVENTS,
  SYSTEM_EVENTS,
  stateKey,
  USER_EVENTS,
} from "@airisk/domain/lifecycle";
import { describe, expect, it } from "vitest";
import { en } from "#i18n/locales/en.ts";
import {
  ANY_STATE,
  type Box,
  entryNodeId,
  isActive,
  type LifecycleGraphEdge,
  layoutLifecycleGraph,
  lifecycleGraph,
  type Point,
} from "#pages/systems/lifecycle-graph.ts";

const graph = lifecycleGraph();

// ---------------------------------------------------------------------------------------------
// The expectation, from a different walk: the machine's authored config (its `states` and `on`
// objects), resolving targets by XState's rules, rather than the resolved state nodes.
// ---------------------------------------------------------------------------------------------

type ConfigTransition = string | { target?: string | string[] };
type ConfigState = {
  id?: string;
  type?: string;
  initial?: string;
  on?: Record<string, ConfigTransition | ConfigTransition[]>;
  states?: Record<string, ConfigState>;
};

const config = lifecycleMachine.config as unknown as ConfigState;

function configStates(): Array<{ path: string; parent: string | null; node: ConfigState }> {
  const out: Array<{ path: string; parent: string | null; node: ConfigState }> = [];
  const walk = (states: Record<string, ConfigState> | undefined, parent: string | null) => {
    for (const [key, node] of Object.entries(states ?? {})) {
      const path = parent ? `${parent}.${key}` : key;
      out.push({ path, parent, node });
      walk(node.states, path);
    }
  };
  walk(config.states, null);
  return out;
}

function configTransitions(): Array<{ from: string; event: string; to: string }> {
  const ids = new Map(configStates().flatMap((s) => (s.node.id ? [[s.node.id, s.path] as const] : [])));
  const out: Array<{ from: string; event: string; to: string }> = [];
  const visit = (node: ConfigState, path: string, parent: string) => {
    for (const [event, spec] of Object.entries(node.on ?? {})) {
      for (const candidate of Array.isArray(spec) ? spec : [spec]) {
        const raw = typeof candidate === "string" ? candidate : candidate.target;
        for (const target of Array.isArray(raw) ? raw : [raw ?? ""]) {
          let to: string;
          if (target === "") to = path;
          else if (target.startsWith("#")) to = ids.get(target.slice(1)) ?? `unknown ${target}`;
          else if (target.startsWith(".")) to = path ? `${path}${target}` : target.slice(1);
          else to = parent ? `${parent}.${target}` : target;
          out.push({ from: path === "" ? ANY_STATE : path, event, to });
        }
      }
    }
    for (const [key, child] of Object.entries(node.states ?? {})) {
      visit(child, path ? `${path}.${key}` : key, path);
    }
  };
  visit(config, "", "");
  return out;
}

const triple = (e: { from: string; event: string; to: string }) => `${e.from} --${e.event}--> ${e.to}`;
const edgesOf = (event: string) => graph.edges.filter((e) => e.event === event);

function flatten(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [path] : flatten(value as object, path);
  });
}

describe("lifecycleGraph: states", () => {
  it("has every state of the machine, once, with its parent", () => {
    const expected = configStates().map((s) => ({ id: s.path, parent: s.parent }));
    expect(graph.nodes.map((n) => ({ id: n.id, parent: n.parent }))).toEqual(expected);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    // The states lifecycle.md names, so that an empty walk cannot pass.
    expect(graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        "draft",
        "riskProcess",
        "riskProcess.identification",
        "riskProcess.assessment",
        "riskProcess.mitigation",
        "riskProcess.audit",
        "riskProcess.approval",
        "operating",
        "operating.compliant",
        "operating.reviewDue",
        "operating.overdue",
        "suspended",
        "retired",
      ]),
    );
  });

  it("lists every parent before its children", () => {
    const seen = new Set<string>();
    for (const n of graph.nodes) {
      if (n.parent) expect(seen.has(n.parent)).toBe(true);
      seen.add(n.id);
    }
  });

  it("tells compound, final and atomic states apart, and marks initial states", () => {
    const kind = Object.fromEntries(graph.nodes.map((n) => [n.id, n.kind]));
    expect(kind).toMatchObject({
      riskProcess: "compound",
      operating: "compound",
      retired: "final",
      draft: "atomic",
      suspended: "atomic",
      "riskProcess.audit": "atomic",
    });
    expect(graph.nodes.filter((n) => n.initial).map((n) => n.id)).toEqual([
      "draft",
      "riskProcess.identification",
      "operating.compliant",
    ]);
  });
});

describe("lifecycleGraph: transitions", () => {
  it("has one edge per transition of the machine, and no other", () => {
    const expected = configTransitions().map(triple).sort();
    expect(graph.edges.map(triple).sort()).toEqual(expected);
    expect(graph.edges).toHaveLength(expected.length);
    // Counted against the resolved machine too: every candidate of every state node.
    let candidates = 0;
    const count = (node: typeof lifecycleMachine.root) => {
      for (const list of node.transitions.values()) candidates += list.length;
      for (const child of Object.values(node.states)) count(child);
    };
    count(lifecycleMachine.root);
    expect(graph.edges).toHaveLength(candidates);
  });

  it("has unique edge ids", () => {
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it("draws the transitions lifecycle.md names, at the level the machine declares them", () => {
    const triples = graph.edges.map(triple);
    expect(triples).toEqual(
      expect.arrayContaining([
        "draft --SUBMIT_PROFILE--> riskProcess.identification",
        "draft --RETIRE--> retired",
        "riskProcess.identification --RISKS_IDENTIFIED--> riskProcess.assessment",
        "riskProcess.assessment --RISKS_ASSESSED--> riskProcess.mitigation",
        "riskProcess.audit --AUDIT_PASSED--> riskProcess.approval",
        "riskProcess.audit --AUDIT_FAILED--> riskProcess.mitigation",
        "riskProcess.approval --APPROVE--> operating",
        "riskProcess --RECLASSIFIED--> riskProcess.assessment",
        "operating --START_REVIEW--> riskProcess.identification",
        "operating --RECLASSIFIED--> riskProcess.assessment",
        "operating --RETIRE--> retired",
        "operating.compliant --REVIEW_DUE--> operating.reviewDue",
        "operating.reviewDue --REVIEW_OVERDUE--> operating.overdue",
        "suspended --REMEDIATED--> riskProcess.assessment",
        "suspended --RETIRE--> retired",
      ]),
    );
    // Retired takes no event at all.
    expect(graph.edges.filter((e) => e.from === "retired")).toEqual([]);
  });

  it("collapses the root-level PROHIBITED_PRACTICE_FOUND into one unguarded edge from any state", () => {
    const fromAny = graph.edges.filter((e) => e.fromAnyState);
    expect(fromAny).toHaveLength(1);
    expect(fromAny[0]).toMatchObject({
      from: ANY_STATE,
      to: "suspended",
      event: "PROHIBITED_PRACTICE_FOUND",
      guarded: false,
    });
    expect(entryNodeId(fromAny[0] as LifecycleGraphEdge)).toBe(ANY_STATE);
    // No per-state copies of it, besides suspended's own self-transition.
    expect(edgesOf("PROHIBITED_PRACTICE_FOUND").map(triple).sort()).toEqual([
      `${ANY_STATE} --PROHIBITED_PRACTICE_FOUND--> suspended`,
      "suspended --PROHIBITED_PRACTICE_FOUND--> suspended",
    ]);
  });

  it("forks MITIGATIONS_ADOPTED into two guarded edges, to audit and to approval", () => {
    const fork = edgesOf("MITIGATIONS_ADOPTED");
    expect(fork).toHaveLength(2);
    expect(fork.map((e) => [e.from, e.to])).toEqual([
      ["riskProcess.mitigation", "riskProcess.audit"],
      ["riskProcess.mitigation", "riskProcess.approval"],
    ]);
    expect(fork.every((e) => e.guarded)).toBe(true);
    expect(fork[0]?.guards).toEqual(["mitigationsAdopted", "auditRequired"]);
    expect(fork[1]?.guards).toEqual(["mitigationsAdopted", "auditNotRequired"]);
  });

  it("marks guarded transitions with their named guards", () => {
    expect(edgesOf("SUBMIT_PROFILE")[0]).toMatchObject({ guarded: true, guards: ["profileComplete"] });
    expect(edgesOf("APPROVE")[0]).toMatchObject({ guarded: true, guards: ["mayApprove"] });
    expect(edgesOf("START_REVIEW")[0]).toMatchObject({ guarded: false, guards: [] });
    for (const e of graph.edges) expect(e.guarded).toBe(e.guards.length > 0);
  });

  it("flags scheduler and system events, and only those", () => {
    const scheduler: readonly string[] = SCHEDULER_EVENTS;
    const system: readonly string[] = SYSTEM_EVENTS;
    for (const e of graph.edges) {
      expect(e.scheduler).toBe(scheduler.includes(e.event));
      expect(e.system).toBe(system.includes(e.event));
    }
    expect(graph.edges.filter((e) => e.scheduler).map((e) => e.event)).toEqual([
      "REVIEW_DUE",
      "REVIEW_OVERDUE",
    ]);
    expect(graph.edges.filter((e) => e.system)).toHaveLength(3);
  });

  it("uses every public event, and no event outside the three lists", () => {
    const known = new Set<string>([...USER_EVENTS, ...SCHEDULER_EVENTS, ...SYSTEM_EVENTS]);
    const used = new Set(graph.edges.map((e) => e.event));
    expect([...used].filter((e) => !known.has(e))).toEqual([]);
    expect([...known].filter((e) => !used.has(e))).toEqual([]);
  });
});

describe("lifecycleGraph: messages", () => {
  const keys = new Set(flatten(en));

  it("names every state, event and guard in English", () => {
    const wanted = [
      ...graph.nodes.map((n) => n.labelKey),
      ...graph.edges.map((e) => e.labelKey),
      ...graph.edges.flatMap((e) => e.guards.map((g) => `lifecycle.guards.${g}`)),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("gives a compound state its own name beside its children's", () => {
    expect(graph.nodes.find((n) => n.id === "riskProcess")?.labelKey).toBe(
      "lifecycle.states.riskProcess.label",
    );
    expect(graph.nodes.find((n) => n.id === "riskProcess.audit")?.labelKey).toBe(
      "lifecycle.states.riskProcess.audit",
    );
  });
});

describe("isActive", () => {
  it("lights a state and the compound states around it", () => {
    expect(isActive("riskProcess.mitigation", "riskProcess.mitigation")).toBe(true);
    expect(isActive("riskProcess", "riskProcess.mitigation")).toBe(true);
    expect(isActive("riskProcess.audit", "riskProcess.mitigation")).toBe(false);
    expect(isActive("operating", "riskProcess.mitigation")).toBe(false);
    expect(isActive("operating", "operating.overdue")).toBe(true);
    expect(isActive("draft", "draft")).toBe(true);
    expect(isActive("riskProcess", "draft")).toBe(false);
  });

  it("matches on whole path segments only", () => {
    expect(isActive("risk", "riskProcess.mitigation")).toBe(false);
    expect(isActive("riskProcess.mitigation", "riskProcess")).toBe(false);
    expect(isActive(ANY_STATE, "draft")).toBe(false);
    expect(isActive("", "draft")).toBe(false);
  });

  it("agrees with XState's own matches() for every state the machine can be in", () => {
    const toValue = (path: string): string | Record<string, unknown> => {
      const [head, ...rest] = path.split(".");
      return rest.length ? { [head as string]: toValue(rest.join(".")) } : (head as string);
    };
    for (const current of graph.nodes.filter((n) => n.kind !== "compound")) {
      const snapshot = lifecycleMachine.resolveState({
        value: toValue(current.id) as never,
        context: { version: 1 },
      });
      expect(stateKey(snapshot)).toBe(current.id);
      for (const node of graph.nodes) {
        expect(isActive(node.id, current.id), `${node.id} in ${current.id}`).toBe(
          snapshot.matches(toValue(node.id) as never),
        );
      }
    }
  });
});

describe("layoutLifecycleGraph", () => {
  const layout = layoutLifecycleGraph(graph, {
    node: (n) => ({ width: 60 + n.id.length * 4, height: 36 }),
    label: (e) => ({ width: 20 + e.event.length * 6, height: 18 }),
    entry: (e) => ({ width: 40 + e.event.length * 6, height: 34 }),
  });
  const boxOf = (id: string): Box => {
    const box = layout.boxes.get(id);
    if (!box) throw new Error(`no box for ${id}`);
    return box;
  };
  const inside = (inner: Box, outer: Box) =>
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height;
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const onBorder = (box: Box, p: Point, tolerance = 2) => {
    const within =
      p.x >= box.x - tolerance &&
      p.x <= box.x + box.width + tolerance &&
      p.y >= box.y - tolerance &&
      p.y <= box.y + box.height + tolerance;
    const near =
      Math.abs(p.x - box.x) <= tolerance ||
      Math.abs(p.x - box.x - box.width) <= tolerance ||
      Math.abs(p.y - box.y) <= tolerance ||
      Math.abs(p.y - box.y - box.height) <= tolerance;
    return within && near;
  };

  it("places every state and every entry pill", () => {
    for (const n of graph.nodes) expect(layout.boxes.has(n.id), n.id).toBe(true);
    for (const e of graph.edges) {
      const entry = entryNodeId(e);
      if (entry) expect(layout.boxes.has(entry), entry).toBe(true);
    }
  });

  it("draws each compound state as a box around its states, which do not overlap", () => {
    for (const n of graph.nodes) {
      if (n.parent) expect(inside(boxOf(n.id), boxOf(n.parent)), `${n.id} in ${n.parent}`).toBe(true);
    }
    const ids = [...layout.boxes.keys()];
    const parentOf = (id: string) => graph.nodes.find((n) => n.id === id)?.parent;
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b || parentOf(a) === b || parentOf(b) === a) continue;
        // Entry pills live inside their group's box.
        const group = (id: string) => graph.edges.find((e) => entryNodeId(e) === id)?.from;
        if (group(a) === b || group(b) === a) continue;
        expect(overlap(boxOf(a), boxOf(b)), `${a} overlaps ${b}`).toBe(false);
      }
    }
  });

  it("routes every edge from its source's border to its target's", () => {
    for (const e of graph.edges) {
      const route = layout.routes.get(e.id);
      expect(route, e.id).toBeDefined();
      const points = route?.points ?? [];
      expect(points.length, e.id).toBeGreaterThanOrEqual(2);
      const source = boxOf(entryNodeId(e) ?? e.from);
      expect(onBorder(source, points[0] as Point), `${e.id} starts on ${e.from}`).toBe(true);
      expect(onBorder(boxOf(e.to), points[points.length - 1] as Point), `${e.id} ends on ${e.to}`).toBe(true);
    }
  });

  it("keeps the two MITIGATIONS_ADOPTED routes and their labels apart", () => {
    const [toAudit, toApproval] = edgesOf("MITIGATIONS_ADOPTED").map((e) => layout.routes.get(e.id));
    expect(toAudit?.label).not.toEqual(toApproval?.label);
  });

  it("reports bounds around everything drawn", () => {
    const { bounds } = layout;
    for (const box of layout.boxes.values()) expect(inside(box, bounds)).toBe(true);
    for (const route of layout.routes.values()) {
      for (const p of route.points) {
        expect(p.x).toBeGreaterThanOrEqual(bounds.x - 0.001);
        expect(p.y).toBeGreaterThanOrEqual(bounds.y - 0.001);
        expect(p.x).toBeLessThanOrEqual(bounds.x + bounds.width + 0.001);
        expect(p.y).toBeLessThanOrEqual(bounds.y + bounds.height + 0.001);
      }
    }
  });
});
