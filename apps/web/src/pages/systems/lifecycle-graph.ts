import { lifecycleMachine, SCHEDULER_EVENTS, SYSTEM_EVENTS } from "@airisk/domain/lifecycle";
import dagre from "@dagrejs/dagre";

/**
 * The lifecycle machine as a graph to draw, derived from the XState definition itself (never a
 * hand-written list), so the diagram cannot drift from the rules the server enforces.
 *
 * Node ids are dotted state paths ("draft", "riskProcess", "riskProcess.assessment"), the same
 * shape as the server's state key. The one root-level transition, PROHIBITED_PRACTICE_FOUND, is
 * kept as a single edge from the pseudo-node {@link ANY_STATE} ("from any state") instead of one
 * edge per state, so the picture stays readable.
 */

type StateNode = typeof lifecycleMachine.root;
type Machine = { root: StateNode };

export type LifecycleNodeKind = "atomic" | "compound" | "final";

export type LifecycleGraphNode = {
  /** Dotted path, e.g. "riskProcess.assessment". */
  id: string;
  /** The enclosing compound state, or null at the top level. */
  parent: string | null;
  /** i18n key of the state's name: `lifecycle.states.<id>`, or `lifecycle.states.<id>.label` for a compound state. */
  labelKey: string;
  kind: LifecycleNodeKind;
  /** The state entered first in its parent (the machine's initial state at the top level). */
  initial: boolean;
  depth: number;
};

export type LifecycleGraphEdge = {
  id: string;
  /** A node id, or {@link ANY_STATE} for a transition declared on the machine's root. */
  from: string;
  to: string;
  event: string;
  /** i18n key of the event's name: `lifecycle.events.<EVENT>`. */
  labelKey: string;
  guarded: boolean;
  /** The named guards of the transition (the parts of an `and([...])` included). */
  guards: string[];
  /** Sent by the review scheduler only. */
  scheduler: boolean;
  /** Sent by the server itself (reclassification), never by a user. */
  system: boolean;
  /** Declared on the machine's root: taken from any (non-final) state. */
  fromAnyState: boolean;
};

export type LifecycleGraph = { nodes: LifecycleGraphNode[]; edges: LifecycleGraphEdge[] };

/** The pseudo-node that stands for "any state" (the source of root-level transitions). */
export const ANY_STATE = "*";

const pathOf = (node: StateNode): string => node.path.join(".");

function kindOf(node: StateNode): LifecycleNodeKind {
  if (node.type === "final") return "final";
  return Object.keys(node.states).length > 0 ? "compound" : "atomic";
}

/** The named guards inside a guard: a name, `{ type: name }`, or `and([...])` (parts in `.guards`). */
function guardNames(guard: unknown): string[] {
  if (!guard) return [];
  if (typeof guard === "string") return [guard];
  const g = guard as { type?: unknown; guards?: unknown[] };
  if (Array.isArray(g.guards)) return g.guards.flatMap(guardNames);
  return typeof g.type === "string" ? [g.type] : [];
}

const schedulerEvents: ReadonlySet<string> = new Set(SCHEDULER_EVENTS);
const systemEvents: ReadonlySet<string> = new Set(SYSTEM_EVENTS);

/** Walks the machine's state nodes depth-first: every parent comes before its children. */
export function lifecycleGraph(machine: Machine = lifecycleMachine): LifecycleGraph {
  const nodes: LifecycleGraphNode[] = [];
  const edges: LifecycleGraphEdge[] = [];
  const ids = new Map<string, number>();

  const addEdges = (node: StateNode, from: string) => {
    for (const [event, candidates] of node.transitions) {
      for (const candidate of candidates) {
        const targets = candidate.target?.length ? candidate.target : [node];
        for (const target of targets) {
          const to = pathOf(target);
          const base = `${from}--${event}--${to}`;
          const seen = ids.get(base) ?? 0;
          ids.set(base, seen + 1);
          const guards = guardNames(candidate.guard);
          edges.push({
            id: seen ? `${base}--${seen + 1}` : base,
            from,
            to,
            event,
            labelKey: `lifecycle.events.${event}`,
            guarded: candidate.guard != null,
            guards,
            scheduler: schedulerEvents.has(event),
            system: systemEvents.has(event),
            fromAnyState: from === ANY_STATE,
          });
        }
      }
    }
  };

  const walk = (node: StateNode, parent: string | null, depth: number, initialChild: string | undefined) => {
    const id = pathOf(node);
    const kind = kindOf(node);
    nodes.push({
      id,
      parent,
      labelKey: kind === "compound" ? `lifecycle.states.${id}.label` : `lifecycle.states.${id}`,
      kind,
      initial: node.key === initialChild,
      depth,
    });
    addEdges(node, id);
    for (const child of Object.values(node.states)) walk(child, id, depth + 1, initialKey(node));
  };

  const root = machine.root;
  addEdges(root, ANY_STATE);
  for (const child of Object.values(root.states)) walk(child, null, 0, initialKey(root));
  return { nodes, edges };
}

function initialKey(node: StateNode): string | undefined {
  const target = node.initial?.target?.[0];
  return target ? target.key : undefined;
}

/** Whether a node is lit for the current state key: the state itself or a compound state around it. */
export function isActive(nodeId: string, currentStateKey: string): boolean {
  if (nodeId === ANY_STATE || !nodeId) return false;
  return currentStateKey === nodeId || currentStateKey.startsWith(`${nodeId}.`);
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

export type Point = { x: number; y: number };
export type Size = { width: number; height: number };
/** A box in flow coordinates: top-left corner and size. */
export type Box = Point & Size;
export type Route = { points: Point[]; label: Point };

/**
 * A transition taken from every state of a group is drawn from an "entry" pill rather than from
 * each state: the root's PROHIBITED_PRACTICE_FOUND from {@link ANY_STATE}, and a compound state's
 * transition to one of its own states (riskProcess → assessment on RECLASSIFIED) from a pill inside
 * its box. Returns the pill's id, or null for an ordinary edge.
 */
export function entryNodeId(edge: LifecycleGraphEdge): string | null {
  if (edge.fromAnyState) return ANY_STATE;
  return edge.to.startsWith(`${edge.from}.`) ? `entry:${edge.id}` : null;
}

export type LayoutMeasures = {
  /** Size of a state's box (for a compound state: ignored, its size comes from its children). */
  node: (node: LifecycleGraphNode) => Size;
  /** Size of an edge's label (an entry edge has none: its pill carries the event's name). */
  label: (edge: LifecycleGraphEdge) => Size;
  /** Size of an entry pill ({@link entryNodeId}). */
  entry: (edge: LifecycleGraphEdge) => Size;
};

export type LifecycleLayout = {
  /** Every node, and every entry pill, in absolute flow coordinates. */
  boxes: Map<string, Box>;
  /** Every edge: the route (first point on the source, last on the target) and the label's centre. */
  routes: Map<string, Route>;
  /** Everything drawn: boxes, routes and labels (routes may pass outside the boxes). */
  bounds: Box;
};

/** Room around the children of a compound state: its title sits in the top band. */
export const GROUP_PADDING = { top: 30, side: 16, bottom: 16 } as const;

const shift = (p: Point, dx: number, dy: number): Point => ({ x: p.x + dx, y: p.y + dy });

/**
 * Lays the graph out with dagre, one level at a time: the states of each compound state top to
 * bottom inside its box, the top level left to right with compound states as boxes. An edge is
 * routed at the level where its two ends meet; where it ends on a box around its real end, it is
 * continued through a port on the box's border, level with the state inside. Self-transitions get
 * a small loop on a free side. Pure: every size comes from `measures`.
 */
export function layoutLifecycleGraph(graph: LifecycleGraph, measures: LayoutMeasures): LifecycleLayout {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const childrenOf = (parent: string | null) => graph.nodes.filter((n) => n.parent === parent);
  const entryLevel = (edge: LifecycleGraphEdge): string | null | undefined =>
    edge.fromAnyState ? null : entryNodeId(edge) ? edge.from : undefined;
  /** The direct child of `level` that is `id` or contains it; undefined when `id` is not inside. */
  const repAt = (level: string | null, id: string): string | undefined => {
    let cur = byId.get(id);
    while (cur && cur.parent !== level) cur = cur.parent ? byId.get(cur.parent) : undefined;
    return cur?.id;
  };

  const boxes = new Map<string, Box>();
  const routes = new Map<string, Route>();

  /** Lays out the children of `level` around (0, 0); returns the size, fills boxes and routes. */
  function layoutLevel(level: string | null): Size & { place: (dx: number, dy: number) => void } {
    const g = new dagre.graphlib.Graph({ multigraph: true });
    g.setGraph(
      level === null
        ? { rankdir: "LR", nodesep: 28, ranksep: 36, edgesep: 14 }
        : { rankdir: "TB", nodesep: 24, ranksep: 22, edgesep: 12 },
    );
    g.setDefaultEdgeLabel(() => ({}));
    const children = childrenOf(level);
    const inner = new Map<string, ReturnType<typeof layoutLevel>>();
    for (const child of children) {
      if (child.kind === "compound") {
        const sub = layoutLevel(child.id);
        inner.set(child.id, sub);
        g.setNode(child.id, {
          width: sub.width + 2 * GROUP_PADDING.side,
          height: sub.height + GROUP_PADDING.top + GROUP_PADDING.bottom,
        });
      } else {
        g.setNode(child.id, { ...measures.node(child) });
      }
    }

    // Keep the machine's own order where dagre has a choice (draft above suspended, …), with an
    // entry pill just before the state it leads to. Dagre applies a constraint only to nodes of one
    // rank, hence every pair.
    const order = children.map((n) => n.id);
    const here: Array<{ edge: LifecycleGraphEdge; from: string; to: string }> = [];
    for (const edge of graph.edges) {
      const entry = entryNodeId(edge);
      const to = repAt(level, edge.to);
      if (entry && entryLevel(edge) === level && to) {
        g.setNode(entry, { ...measures.entry(edge) });
        const at = order.indexOf(to);
        order.splice(at < 0 ? order.length : at, 0, entry);
        if (level === null) continue; // "From any state" stands free beside its target: drawn straight.
        // Inside a box: above the box's first state, with the arrow routed past it.
        const first = children[0]?.id;
        if (first && first !== to) g.setEdge(entry, first, { weight: 0 }, `${edge.id}:above`);
        g.setEdge(entry, to, { labelpos: "c" }, edge.id);
        here.push({ edge, from: entry, to });
        continue;
      }
      const from = repAt(level, edge.from);
      if (from && to && (from !== to || edge.from === edge.to)) {
        g.setEdge(from, to, { ...measures.label(edge), labelpos: "c" }, edge.id);
        here.push({ edge, from, to });
      }
    }
    const constraints = order.flatMap((left, i) => order.slice(i + 1).map((right) => ({ left, right })));
    dagre.layout(g, { constraints });

    const ids = g.nodes();
    const minX = Math.min(...ids.map((id) => g.node(id).x - g.node(id).width / 2));
    const minY = Math.min(...ids.map((id) => g.node(id).y - g.node(id).height / 2));
    const maxX = Math.max(...ids.map((id) => g.node(id).x + g.node(id).width / 2));
    const maxY = Math.max(...ids.map((id) => g.node(id).y + g.node(id).height / 2));

    const place = (dx: number, dy: number) => {
      const ox = dx - minX;
      const oy = dy - minY;
      for (const id of ids) {
        const n = g.node(id);
        const box = {
          x: n.x - n.width / 2 + ox,
          y: n.y - n.height / 2 + oy,
          width: n.width,
          height: n.height,
        };
        boxes.set(id, box);
        inner.get(id)?.place(box.x + GROUP_PADDING.side, box.y + GROUP_PADDING.top);
      }
      for (const { edge, from, to } of here) {
        const e = g.edge(from, to, edge.id);
        const points: Point[] = (e.points ?? []).map((p: Point) => shift(p, ox, oy));
        const mid = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
        const label = typeof e.x === "number" && typeof e.y === "number" ? { x: e.x + ox, y: e.y + oy } : mid;
        routes.set(edge.id, { points, label });
      }
    };
    return { width: maxX - minX, height: maxY - minY, place };
  }

  const root = layoutLevel(null);
  root.place(0, 0);

  for (const edge of graph.edges) {
    const route = routes.get(edge.id);
    if (edge.fromAnyState) {
      const from = boxes.get(ANY_STATE);
      const to = boxes.get(edge.to);
      if (from && to) routes.set(edge.id, straightBetween(from, to));
      continue;
    }
    if (!route || edge.from === edge.to || route.points.length < 2) continue;
    // A route that ends (or starts) on a box around its real end continues through a port on the
    // box's border, level with the state inside.
    const first = route.points[0] as Point;
    const last = route.points[route.points.length - 1] as Point;
    const startBox = entryNodeId(edge)
      ? edge.from
      : (enclosingBoxAt(edge.from, first, boxes, byId) ?? edge.from);
    const endBox = enclosingBoxAt(edge.to, last, boxes, byId) ?? edge.to;
    const touchesBox =
      startBox !== edge.from ||
      endBox !== edge.to ||
      byId.get(edge.from)?.kind === "compound" ||
      byId.get(edge.to)?.kind === "compound";
    if (!touchesBox) continue;
    const sBox = boxes.get(startBox);
    const tBox = boxes.get(endBox);
    if (!sBox || !tBox) continue;
    const sInner = startBox !== edge.from ? boxes.get(edge.from) : undefined;
    const tInner = endBox !== edge.to ? boxes.get(edge.to) : undefined;
    if (route.points.length <= 3) {
      // Between neighbouring columns: straight from port to port, the label half-way.
      routes.set(edge.id, directRoute(sBox, tBox, sInner, tInner));
      continue;
    }
    let points = route.points;
    if (tInner) {
      const port = portOn(tBox, tInner, last);
      points = [...points.slice(0, -1), port.outer, port.inner];
    }
    if (sInner) {
      const port = portOn(sBox, sInner, first);
      points = [port.inner, port.outer, ...points.slice(1)];
    }
    routes.set(edge.id, { points, label: route.label });
  }

  // Self-transitions last, on a side of the state no other route touches.
  for (const edge of graph.edges) {
    if (edge.from !== edge.to || edge.fromAnyState) continue;
    const box = boxes.get(edge.from);
    if (!box) continue;
    const used = new Set<Side>();
    for (const other of graph.edges) {
      const r = routes.get(other.id);
      if (!r || other.from === other.to || r.points.length < 2) continue;
      if (other.from === edge.from) used.add(sideOf(box, r.points[0] as Point));
      if (other.to === edge.from) used.add(sideOf(box, r.points[r.points.length - 1] as Point));
    }
    const reserved = routes.get(edge.id)?.label;
    const preferred: Side[] = reserved ? [sideOf(box, reserved, false)] : [];
    const side = [...preferred, "top", "bottom", "right", "left"].find((s) => !used.has(s as Side)) as Side;
    routes.set(edge.id, selfLoop(box, side ?? "top", measures.label(edge)));
  }

  // "From any state" stands free: bring it close to the state it leads to.
  const anyEdge = graph.edges.find((e) => e.fromAnyState);
  const anyBox = boxes.get(ANY_STATE);
  const anyTarget = anyEdge ? boxes.get(anyEdge.to) : undefined;
  if (anyEdge && anyBox && anyTarget && anyBox.y + anyBox.height < anyTarget.y) {
    anyBox.y = Math.max(anyBox.y, anyTarget.y - 40 - anyBox.height);
    routes.set(anyEdge.id, straightBetween(anyBox, anyTarget));
  }

  return { boxes, routes, bounds: boundsOf(graph, boxes, routes, measures) };
}

function boundsOf(
  graph: LifecycleGraph,
  boxes: Map<string, Box>,
  routes: Map<string, Route>,
  measures: LayoutMeasures,
): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const b of boxes.values()) {
    xs.push(b.x, b.x + b.width);
    ys.push(b.y, b.y + b.height);
  }
  for (const edge of graph.edges) {
    const r = routes.get(edge.id);
    if (!r) continue;
    for (const p of r.points) {
      xs.push(p.x);
      ys.push(p.y);
    }
    if (!entryNodeId(edge)) {
      const { width, height } = measures.label(edge);
      xs.push(r.label.x - width / 2, r.label.x + width / 2);
      ys.push(r.label.y - height / 2, r.label.y + height / 2);
    }
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

type Side = "top" | "bottom" | "left" | "right";
const EPS = 1.5;

function contains(box: Box, p: Point): boolean {
  return (
    p.x >= box.x - EPS &&
    p.x <= box.x + box.width + EPS &&
    p.y >= box.y - EPS &&
    p.y <= box.y + box.height + EPS
  );
}

/** The side of `box` nearest to `p` (on its border, or outside it when `onBorder` is false). */
function sideOf(box: Box, p: Point, onBorder = true): Side {
  if (onBorder) {
    const d: Array<[Side, number]> = [
      ["left", Math.abs(p.x - box.x)],
      ["right", Math.abs(p.x - (box.x + box.width))],
      ["top", Math.abs(p.y - box.y)],
      ["bottom", Math.abs(p.y - (box.y + box.height))],
    ];
    return d.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  }
  const dx = p.x - (box.x + box.width / 2);
  const dy = p.y - (box.y + box.height / 2);
  if (Math.abs(dx) - box.width / 2 > Math.abs(dy) - box.height / 2) return dx > 0 ? "right" : "left";
  return dy > 0 ? "bottom" : "top";
}

/** The outermost of `id` and its ancestors whose border the point lies on. */
function enclosingBoxAt(
  id: string,
  p: Point,
  boxes: Map<string, Box>,
  byId: Map<string, LifecycleGraphNode>,
): string | undefined {
  const chain: string[] = [];
  for (let cur: string | null = id; cur; cur = byId.get(cur)?.parent ?? null) chain.unshift(cur);
  return chain.find((candidate) => {
    const box = boxes.get(candidate);
    if (!box || !contains(box, p)) return false;
    const side = sideOf(box, p);
    const distance =
      side === "left"
        ? p.x - box.x
        : side === "right"
          ? box.x + box.width - p.x
          : side === "top"
            ? p.y - box.y
            : box.y + box.height - p.y;
    return Math.abs(distance) < EPS;
  });
}

/** A port on `outer`'s side where `p` lies, level with `inner`, and the matching point on `inner`. */
function portOn(outer: Box, inner: Box, p: Point): { outer: Point; inner: Point } {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  switch (sideOf(outer, p)) {
    case "left":
      return { outer: { x: outer.x, y: cy }, inner: { x: inner.x, y: cy } };
    case "right":
      return { outer: { x: outer.x + outer.width, y: cy }, inner: { x: inner.x + inner.width, y: cy } };
    case "top":
      return { outer: { x: cx, y: outer.y }, inner: { x: cx, y: inner.y } };
    default:
      return { outer: { x: cx, y: outer.y + outer.height }, inner: { x: cx, y: inner.y + inner.height } };
  }
}

/** A straight route between the facing borders of two boxes, with its label in the middle. */
function straightBetween(a: Box, b: Box): Route {
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const p = borderToward(a, cb);
  const q = borderToward(b, ca);
  return { points: [p, q], label: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } };
}

/** Where the ray from a box's centre toward `p` leaves the box. */
function borderToward(box: Box, p: Point): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = p.x - cx;
  const dy = p.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/** A small loop on one side of `box`, its label just beyond it. */
function selfLoop(box: Box, side: Side, label: Size): Route {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const out = 16;
  const half = 7;
  const gap = 4;
  switch (side) {
    case "right": {
      const x = box.x + box.width;
      return {
        points: [
          { x, y: cy - half },
          { x: x + out, y: cy - 2 * half },
          { x: x + out, y: cy + 2 * half },
          { x, y: cy + half },
        ],
        label: { x: x + out + gap + label.width / 2, y: cy },
      };
    }
    case "left": {
      const x = box.x;
      return {
        points: [
          { x, y: cy - half },
          { x: x - out, y: cy - 2 * half },
          { x: x - out, y: cy + 2 * half },
          { x, y: cy + half },
        ],
        label: { x: x - out - gap - label.width / 2, y: cy },
      };
    }
    default: {
      const y = side === "top" ? box.y : box.y + box.height;
      const dir = side === "top" ? -1 : 1;
      return {
        points: [
          { x: cx + half, y },
          { x: cx + 2 * half, y: y + dir * out },
          { x: cx - 2 * half, y: y + dir * out },
          { x: cx - half, y },
        ],
        // Beside the loop rather than beyond it: the band above or below a state is narrow.
        label: { x: cx + 2 * half + gap + label.width / 2, y: y + (dir * out) / 2 },
      };
    }
  }
}

const LEAD = 14;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * From box to box across the gap between them, through ports level with the states inside when
 * the route starts or ends inside a box; otherwise level with the other end, where the box allows.
 */
function directRoute(s: Box, t: Box, sInner: Box | undefined, tInner: Box | undefined): Route {
  const inset = 12;
  const horizontal = t.x >= s.x + s.width || t.x + t.width <= s.x;
  if (horizontal) {
    const forward = t.x > s.x;
    const cy = (b: Box) => b.y + b.height / 2;
    const sy = sInner ? cy(sInner) : clamp(tInner ? cy(tInner) : cy(t), s.y + inset, s.y + s.height - inset);
    const ty = tInner ? cy(tInner) : clamp(sy, t.y + inset, t.y + t.height - inset);
    const sx = forward ? s.x + s.width : s.x;
    const tx = forward ? t.x : t.x + t.width;
    // Leave and reach the borders square to them when the gap allows.
    const lead = Math.abs(tx - sx) > 4 * LEAD ? (forward ? LEAD : -LEAD) : 0;
    const points: Point[] = [
      ...(sInner ? [{ x: forward ? sInner.x + sInner.width : sInner.x, y: sy }] : []),
      { x: sx, y: sy },
      ...(lead && sy !== ty
        ? [
            { x: sx + lead, y: sy },
            { x: tx - lead, y: ty },
          ]
        : []),
      { x: tx, y: ty },
      ...(tInner ? [{ x: forward ? tInner.x : tInner.x + tInner.width, y: ty }] : []),
    ];
    return { points, label: { x: (sx + tx) / 2, y: (sy + ty) / 2 } };
  }
  const down = t.y > s.y;
  const cx = (b: Box) => b.x + b.width / 2;
  const sx = sInner ? cx(sInner) : clamp(tInner ? cx(tInner) : cx(t), s.x + inset, s.x + s.width - inset);
  const tx = tInner ? cx(tInner) : clamp(sx, t.x + inset, t.x + t.width - inset);
  const sy = down ? s.y + s.height : s.y;
  const ty = down ? t.y : t.y + t.height;
  const lead = Math.abs(ty - sy) > 4 * LEAD ? (down ? LEAD : -LEAD) : 0;
  const points: Point[] = [
    ...(sInner ? [{ x: sx, y: down ? sInner.y + sInner.height : sInner.y }] : []),
    { x: sx, y: sy },
    ...(lead && sx !== tx
      ? [
          { x: sx, y: sy + lead },
          { x: tx, y: ty - lead },
        ]
      : []),
    { x: tx, y: ty },
    ...(tInner ? [{ x: tx, y: down ? tInner.y : tInner.y + tInner.height }] : []),
  ];
  return { points, label: { x: (sx + tx) / 2, y: (sy + ty) / 2 } };
}
