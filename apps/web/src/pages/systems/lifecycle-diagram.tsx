import "@xyflow/react/dist/base.css";
import {
  BaseEdge,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  Handle,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import type { TFunction } from "i18next";
import { Clock, Cog } from "lucide-react";
import { type CSSProperties, useEffect, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { cn } from "#lib/utils.ts";
import {
  ANY_STATE,
  type Box,
  entryNodeId,
  isActive,
  type LifecycleGraph,
  type LifecycleGraphEdge,
  type LifecycleGraphNode,
  layoutLifecycleGraph,
  lifecycleGraph,
  type Point,
  type Size,
} from "#pages/systems/lifecycle-graph.ts";

/** What `systems.get` says about each user event for the signed-in user. */
export type LifecycleEventAvailability = {
  event: string;
  allowed: boolean;
  guard: string | null;
  reason: string | null;
};

export type LifecycleDiagramProps = {
  /** The current state as a dotted key, e.g. "riskProcess.mitigation". */
  state: string;
  events: LifecycleEventAvailability[];
  className?: string;
};

/** How an edge relates to the current user right now. */
type EdgeStatus = "available" | "refused" | "idle";

type StateNodeData = {
  id: string;
  label: string;
  kind: LifecycleGraphNode["kind"];
  active: boolean;
  current: boolean;
};
type EntryNodeData = { testId: string; hint: string; eventLabel: string; status: EdgeStatus; title: string };
type TransitionEdgeData = {
  points: Point[];
  label: Point;
  text: string | null;
  condition: string | null;
  status: EdgeStatus;
  scheduler: boolean;
  system: boolean;
  title: string;
  markerId: string;
};

type StateFlowNode = Node<StateNodeData, "lifecycleState">;
type GroupFlowNode = Node<StateNodeData, "lifecycleGroup">;
type EntryFlowNode = Node<EntryNodeData, "lifecycleEntry">;
type TransitionFlowEdge = Edge<TransitionEdgeData, "lifecycleTransition">;

/** The machine never changes at run time: walk it once. */
const GRAPH: LifecycleGraph = lifecycleGraph();

const NODE_HEIGHT = 36;
const LABEL_LINE = 15;

/** The font the diagram is drawn in (the page's), for measuring its texts. */
function fontFamily(): string {
  if (typeof document === "undefined") return "sans-serif";
  return getComputedStyle(document.body).fontFamily || "sans-serif";
}

let measureContext: CanvasRenderingContext2D | null | undefined;
/** Text width in pixels, measured on a canvas when there is one, estimated otherwise. */
function textWidth(text: string, font: string, fallbackPerChar: number): number {
  if (measureContext === undefined) {
    measureContext =
      typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  }
  if (!measureContext) return text.length * fallbackPerChar;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/**
 * Keys computed from the machine ("lifecycle.states.<path>", "lifecycle.events.<EVENT>") cannot be
 * checked by the type system; lifecycle-graph.test.ts checks that each one exists in English.
 */
function translateKey(t: TFunction, key: string, options?: Record<string, string>): string {
  return (t as unknown as (key: string, options?: Record<string, string>) => string)(key, options);
}

/** Guards that tell candidates of one event from one state apart (the audit | approval fork). */
function distinguishingGuards(edge: LifecycleGraphEdge): string[] {
  const siblings = GRAPH.edges.filter((e) => e.from === edge.from && e.event === edge.event);
  if (siblings.length < 2) return [];
  return edge.guards.filter((g) => !siblings.every((s) => s.guards.includes(g)));
}

/** The edges the current state can take for each event: the deepest active source wins, as in XState. */
function statusOf(
  state: string,
  events: LifecycleEventAvailability[],
): Map<string, { status: EdgeStatus; reason: string | null }> {
  const currentNode = GRAPH.nodes.find((n) => n.id === state);
  const running = currentNode !== undefined && currentNode.kind !== "final";
  const byEvent = new Map(events.map((e) => [e.event, e]));
  const depthOf = (id: string) =>
    id === ANY_STATE ? -1 : (GRAPH.nodes.find((n) => n.id === id)?.depth ?? -1);
  const live = GRAPH.edges.filter((e) => (e.fromAnyState ? running : isActive(e.from, state)));
  const deepest = new Map<string, number>();
  for (const e of live) deepest.set(e.event, Math.max(deepest.get(e.event) ?? -2, depthOf(e.from)));

  const out = new Map<string, { status: EdgeStatus; reason: string | null }>();
  for (const edge of GRAPH.edges) {
    const info = byEvent.get(edge.event);
    const takes = live.includes(edge) && deepest.get(edge.event) === depthOf(edge.from);
    if (!info || !takes) out.set(edge.id, { status: "idle", reason: null });
    else if (info.allowed) out.set(edge.id, { status: "available", reason: null });
    else out.set(edge.id, { status: "refused", reason: info.reason });
  }
  return out;
}

const STROKES: Record<EdgeStatus, CSSProperties> = {
  available: { stroke: "var(--primary)", strokeWidth: 2.25 },
  refused: { stroke: "var(--muted-foreground)", strokeWidth: 1.25, strokeOpacity: 0.6 },
  idle: { stroke: "var(--muted-foreground)", strokeWidth: 1.25, strokeOpacity: 0.8 },
};

const hiddenHandle: CSSProperties = { opacity: 0, pointerEvents: "none", border: 0, width: 1, height: 1 };

function HiddenHandles() {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} style={hiddenHandle} />
      <Handle type="source" position={Position.Right} isConnectable={false} style={hiddenHandle} />
    </>
  );
}

function StateNodeView({ data }: NodeProps<StateFlowNode>) {
  return (
    <div
      data-testid={`lifecycle-node-${data.id}`}
      data-active={data.active ? "true" : "false"}
      data-kind={data.kind}
      aria-current={data.current ? "step" : undefined}
      title={data.label}
      className={cn(
        "flex size-full items-center justify-center rounded-md border bg-card px-2 text-center text-[13px] font-medium text-card-foreground shadow-xs",
        data.kind === "final" && "border-[3px] border-double",
        data.current && "border-primary bg-primary text-primary-foreground shadow-md ring-4 ring-primary/20",
      )}
    >
      <HiddenHandles />
      <span className="truncate">{data.label}</span>
    </div>
  );
}

function GroupNodeView({ data }: NodeProps<GroupFlowNode>) {
  return (
    <div
      data-testid={`lifecycle-node-${data.id}`}
      data-active={data.active ? "true" : "false"}
      data-kind={data.kind}
      aria-current={data.current ? "step" : undefined}
      className={cn(
        "relative size-full rounded-lg border border-dashed border-muted-foreground/40 bg-muted/40",
        data.active && "border-solid border-primary/60 bg-primary/5",
      )}
    >
      <HiddenHandles />
      <span
        className={cn(
          "absolute top-2 left-3 text-[11px] font-semibold tracking-wide text-muted-foreground uppercase",
          data.active && "text-primary",
        )}
      >
        {data.label}
      </span>
    </div>
  );
}

/** The pill a transition taken from every state of a group starts from ("From any state"). */
function EntryNodeView({ data }: NodeProps<EntryFlowNode>) {
  return (
    <div
      data-testid={data.testId}
      data-status={data.status}
      title={data.title}
      className={cn(
        "flex size-full flex-col items-center justify-center rounded-full border border-dashed bg-background px-3 text-center leading-tight whitespace-nowrap",
        data.status === "available" && "border-solid border-primary bg-primary/10",
        data.status === "refused" && "opacity-60",
      )}
    >
      <HiddenHandles />
      <span className="text-[10px] text-muted-foreground">{data.hint}</span>
      <span
        className={cn(
          "text-[11px] font-medium text-foreground",
          data.status === "available" && "font-semibold text-primary",
        )}
      >
        {data.eventLabel}
      </span>
    </div>
  );
}

/**
 * A smooth curve along the route. Short routes (a bend at the label) go through every point, so
 * the label sits on its line: a centripetal Catmull-Rom spline, as d3's curveCatmullRom. Longer
 * ones, whose labels sit on straight runs, are drawn as a uniform B-spline (d3's curveBasis, as
 * dagre's own renderers do), which stays inside the route's corners instead of bulging past them.
 */
function splinePath(points: Point[]): string {
  const [first] = points;
  if (!first) return "";
  if (points.length > 3) return basisPath(points);
  const dist = (a: Point, b: Point) => Math.sqrt(Math.hypot(b.x - a.x, b.y - a.y));
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p1 = points[i] as Point;
    const p2 = points[i + 1] as Point;
    const p0 = points[i - 1] ?? p1;
    const p3 = points[i + 2] ?? p2;
    // |p_i p_j|^alpha with alpha = 1/2, and its square.
    const l01 = dist(p0, p1);
    const l12 = dist(p1, p2);
    const l23 = dist(p2, p3);
    let c1 = p1;
    let c2 = p2;
    if (l01 > 1e-6) {
      const a = 2 * l01 * l01 + 3 * l01 * l12 + l12 * l12;
      const n = 3 * l01 * (l01 + l12);
      c1 = {
        x: (p1.x * a - p0.x * l12 * l12 + p2.x * l01 * l01) / n,
        y: (p1.y * a - p0.y * l12 * l12 + p2.y * l01 * l01) / n,
      };
    }
    if (l23 > 1e-6) {
      const b = 2 * l23 * l23 + 3 * l23 * l12 + l12 * l12;
      const m = 3 * l23 * (l23 + l12);
      c2 = {
        x: (p2.x * b + p1.x * l23 * l23 - p3.x * l12 * l12) / m,
        y: (p2.y * b + p1.y * l23 * l23 - p3.y * l12 * l12) / m,
      };
    }
    d += `C${c1.x},${c1.y} ${c2.x},${c2.y} ${p2.x},${p2.y}`;
  }
  return d;
}

function basisPath(points: Point[]): string {
  const [first, second] = points as [Point, Point, ...Point[]];
  let x0 = first.x;
  let y0 = first.y;
  let x1 = second.x;
  let y1 = second.y;
  let d = `M${x0},${y0}L${(5 * x0 + x1) / 6},${(5 * y0 + y1) / 6}`;
  const segment = (x: number, y: number) => {
    d += `C${(2 * x0 + x1) / 3},${(2 * y0 + y1) / 3} ${(x0 + 2 * x1) / 3},${(y0 + 2 * y1) / 3} ${(x0 + 4 * x1 + x) / 6},${(y0 + 4 * y1 + y) / 6}`;
    x0 = x1;
    y0 = y1;
    x1 = x;
    y1 = y;
  };
  for (const p of points.slice(2)) segment(p.x, p.y);
  segment(x1, y1);
  return `${d}L${x1},${y1}`;
}

function TransitionEdgeView({ id, data }: EdgeProps<TransitionFlowEdge>) {
  if (!data) return null;
  const dashed = data.scheduler || data.system;
  const style: CSSProperties = {
    ...STROKES[data.status],
    ...(dashed ? { strokeDasharray: "5 4" } : data.status === "refused" ? { strokeDasharray: "2 3" } : {}),
  };
  const Icon = data.scheduler ? Clock : data.system ? Cog : null;
  return (
    <>
      <g data-testid={`lifecycle-edge-${id}`} data-status={data.status}>
        <title>{data.title}</title>
        <BaseEdge path={splinePath(data.points)} markerEnd={`url(#${data.markerId})`} style={style} />
      </g>
      {data.text && (
        <EdgeLabelRenderer>
          <div
            data-testid={`lifecycle-edge-label-${id}`}
            data-status={data.status}
            title={data.title}
            style={{
              transform: `translate(-50%, -50%) translate(${data.label.x}px, ${data.label.y}px)`,
              pointerEvents: "all",
              // Above the lines, below the states.
              zIndex: 8,
            }}
            className={cn(
              "nodrag nopan absolute flex flex-col items-center rounded border bg-background px-1.5 py-px text-center text-[11px] leading-[14px] whitespace-nowrap text-foreground/80",
              data.status === "available" &&
                "border-primary bg-primary font-semibold text-primary-foreground",
              data.status === "refused" && "border-dashed text-muted-foreground/70",
              dashed && "italic",
            )}
          >
            <span className="inline-flex items-center gap-1">
              {Icon && <Icon aria-hidden className="size-3 shrink-0" />}
              {data.text}
            </span>
            {data.condition && <span className="text-[10px] opacity-80">{data.condition}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Invisible, spanning everything drawn, so that fitting the view keeps arcs and labels in. */
function BoundsNodeView() {
  return null;
}

const nodeTypes = {
  lifecycleBounds: BoundsNodeView,
  lifecycleState: StateNodeView,
  lifecycleGroup: GroupNodeView,
  lifecycleEntry: EntryNodeView,
};
const edgeTypes = { lifecycleTransition: TransitionEdgeView };

/** Keeps the whole machine in view when the container changes size. */
function FitOnResize() {
  const { fitView } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (width > 0 && height > 0) void fitView({ padding: 0.04 });
  }, [width, height, fitView]);
  return null;
}

/**
 * The lifecycle of an AI system, drawn from the XState definition in @airisk/domain: the current
 * state lit, the transitions this user may take now highlighted, refused ones greyed with the
 * reason on hover. Read-only; the buttons that send events live on the system page.
 */
export function LifecycleDiagram({ state, events, className }: LifecycleDiagramProps) {
  const { t, i18n } = useTranslation();
  const markerPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const language = i18n.resolvedLanguage ?? i18n.language;

  const texts = useMemo(() => {
    // Recomputed when the language changes, so the layout fits the translated names.
    void language;
    const nodeLabel = new Map(GRAPH.nodes.map((n) => [n.id, translateKey(t, n.labelKey)]));
    const edgeText = new Map(GRAPH.edges.map((e) => [e.id, translateKey(t, e.labelKey)]));
    const condition = new Map(
      GRAPH.edges.map((e) => {
        const guards = distinguishingGuards(e).map((g) => translateKey(t, `lifecycle.guards.${g}`));
        return [e.id, guards.length ? guards.join(", ") : null] as const;
      }),
    );
    return { nodeLabel, edgeText, condition, anyHint: t("lifecycle.diagram.anyState") };
  }, [t, language]);

  const layout = useMemo(() => {
    const font = fontFamily();
    return layoutLifecycleGraph(GRAPH, {
      node: (n): Size => ({
        width: Math.min(
          190,
          Math.max(
            104,
            Math.ceil(textWidth(texts.nodeLabel.get(n.id) ?? n.id, `500 13px ${font}`, 7.4) + 28),
          ),
        ),
        height: NODE_HEIGHT,
      }),
      label: (e): Size => {
        const text = texts.edgeText.get(e.id) ?? e.event;
        const condition = texts.condition.get(e.id);
        const icon = e.scheduler || e.system ? 16 : 0;
        const width = Math.max(
          textWidth(text, `500 11px ${font}`, 6.5) + icon,
          condition ? textWidth(condition, `400 10px ${font}`, 6) : 0,
        );
        // Padding and border, and room for the bolder weight of a label the user may send now.
        return { width: Math.ceil(width + 20), height: condition ? 2 * LABEL_LINE + 4 : LABEL_LINE + 4 };
      },
      entry: (e): Size => {
        const width = Math.max(
          textWidth(texts.anyHint, `400 10px ${font}`, 6),
          textWidth(texts.edgeText.get(e.id) ?? e.event, `600 11px ${font}`, 7),
        );
        return { width: Math.ceil(width + 32), height: 34 };
      },
    });
  }, [texts]);

  const statuses = useMemo(() => statusOf(state, events), [state, events]);

  const { nodes, edges } = useMemo(() => {
    const boxOf = (id: string): Box => layout.boxes.get(id) ?? { x: 0, y: 0, width: 0, height: 0 };
    const flowNodes: Node[] = [
      {
        id: "lifecycle-bounds",
        type: "lifecycleBounds",
        position: { x: layout.bounds.x, y: layout.bounds.y },
        width: layout.bounds.width,
        height: layout.bounds.height,
        zIndex: -1,
        data: {},
        draggable: false,
        selectable: false,
        focusable: false,
        style: { pointerEvents: "none" },
      },
    ];
    for (const n of GRAPH.nodes) {
      const box = boxOf(n.id);
      const parent = n.parent ? boxOf(n.parent) : null;
      const data: StateNodeData = {
        id: n.id,
        label: texts.nodeLabel.get(n.id) ?? n.id,
        kind: n.kind,
        active: isActive(n.id, state),
        current: n.id === state,
      };
      flowNodes.push({
        id: n.id,
        type: n.kind === "compound" ? "lifecycleGroup" : "lifecycleState",
        position: parent ? { x: box.x - parent.x, y: box.y - parent.y } : { x: box.x, y: box.y },
        ...(n.parent ? { parentId: n.parent } : {}),
        width: box.width,
        height: box.height,
        zIndex: n.kind === "compound" ? n.depth : 10 + n.depth,
        data,
        draggable: false,
        selectable: false,
        focusable: false,
      });
    }
    for (const e of GRAPH.edges) {
      const id = entryNodeId(e);
      const box = id ? layout.boxes.get(id) : undefined;
      if (!id || !box) continue;
      const { status, reason } = statuses.get(e.id) ?? { status: "idle" as const, reason: null };
      const group = e.fromAnyState ? null : (texts.nodeLabel.get(e.from) ?? e.from);
      const data: EntryNodeData = {
        testId: e.fromAnyState ? "lifecycle-any-state" : `lifecycle-entry-${e.id}`,
        hint: texts.anyHint,
        eventLabel: texts.edgeText.get(e.id) ?? e.event,
        status,
        title: [
          group ? t("lifecycle.diagram.anyStateIn", { group }) : t("lifecycle.diagram.anyStateHint"),
          e.fromAnyState ? t("lifecycle.policy.suspension") : null,
          e.system ? t("lifecycle.diagram.edge.system") : null,
          status === "available" ? t("lifecycle.diagram.edge.available") : null,
          status === "refused" && reason ? t("lifecycle.diagram.edge.refused", { reason }) : null,
        ]
          .filter(Boolean)
          .join("\n"),
      };
      flowNodes.push({
        id,
        type: "lifecycleEntry",
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        zIndex: 10,
        data,
        draggable: false,
        selectable: false,
        focusable: false,
      });
    }

    const nameOf = (id: string) => (id === ANY_STATE ? texts.anyHint : (texts.nodeLabel.get(id) ?? id));
    const flowEdges: TransitionFlowEdge[] = GRAPH.edges.map((e) => {
      const { status, reason } = statuses.get(e.id) ?? { status: "idle" as const, reason: null };
      const route = layout.routes.get(e.id) ?? { points: [], label: { x: 0, y: 0 } };
      const text = texts.edgeText.get(e.id) ?? e.event;
      const condition = texts.condition.get(e.id) ?? null;
      const guardTexts = e.guards.map((g) => translateKey(t, `lifecycle.guards.${g}`));
      const title = [
        t("lifecycle.diagram.edge.transition", { event: text, from: nameOf(e.from), to: nameOf(e.to) }),
        guardTexts.length
          ? t("lifecycle.diagram.edge.conditions", { conditions: guardTexts.join("; ") })
          : null,
        e.scheduler ? t("lifecycle.diagram.edge.scheduler") : null,
        e.system ? t("lifecycle.diagram.edge.system") : null,
        e.fromAnyState ? t("lifecycle.policy.suspension") : null,
        status === "available" ? t("lifecycle.diagram.edge.available") : null,
        status === "refused" && reason ? t("lifecycle.diagram.edge.refused", { reason }) : null,
      ]
        .filter(Boolean)
        .join("\n");
      return {
        id: e.id,
        type: "lifecycleTransition",
        source: entryNodeId(e) ?? e.from,
        target: e.to,
        zIndex: 5,
        selectable: false,
        focusable: false,
        data: {
          points: route.points,
          label: route.label,
          // An entry pill carries its event's name itself.
          text: entryNodeId(e) ? null : text,
          condition,
          status,
          scheduler: e.scheduler,
          system: e.system,
          title,
          markerId: `${markerPrefix}-arrow-${status}`,
        },
      };
    });
    return { nodes: flowNodes, edges: flowEdges };
  }, [layout, statuses, texts, state, t, markerPrefix]);

  const summary = useMemo(() => {
    const node = GRAPH.nodes.find((n) => n.id === state);
    const stateName = node
      ? node.parent
        ? t("lifecycle.diagram.nestedState", {
            parent: texts.nodeLabel.get(node.parent) ?? node.parent,
            state: texts.nodeLabel.get(node.id) ?? node.id,
          })
        : (texts.nodeLabel.get(node.id) ?? node.id)
      : state;
    const eventName = (event: string) => translateKey(t, `lifecycle.events.${event}`);
    const allowed = events.filter((e) => e.allowed).map((e) => eventName(e.event));
    const refusedEvents = new Set(
      GRAPH.edges.filter((e) => statuses.get(e.id)?.status === "refused").map((e) => e.event),
    );
    const refused = events
      .filter((e) => !e.allowed && refusedEvents.has(e.event))
      .map((e) =>
        e.reason
          ? t("lifecycle.diagram.summary.refused", { event: eventName(e.event), reason: e.reason })
          : t("lifecycle.diagram.summary.refusedBare", { event: eventName(e.event) }),
      );
    return [
      node
        ? t("lifecycle.diagram.summary.current", { state: stateName })
        : t("lifecycle.diagram.summary.unknown", { state: stateName }),
      allowed.length
        ? t("lifecycle.diagram.summary.mayNow", { events: allowed.join(", ") })
        : t("lifecycle.diagram.summary.mayNothing"),
      ...refused,
    ].join(" ");
  }, [state, events, statuses, texts, t]);

  return (
    <figure
      data-testid="lifecycle-diagram"
      aria-label={t("lifecycle.diagram.label")}
      className={cn("flex flex-col gap-2", className)}
    >
      <svg aria-hidden className="absolute size-0 overflow-hidden">
        <defs>
          {(["available", "refused", "idle"] as const).map((status) => (
            <marker
              key={status}
              id={`${markerPrefix}-arrow-${status}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="9"
              markerHeight="9"
              markerUnits="userSpaceOnUse"
              orient="auto-start-reverse"
            >
              <path
                d="M0,0 L10,5 L0,10 z"
                style={{ fill: STROKES[status].stroke, fillOpacity: STROKES[status].strokeOpacity }}
              />
            </marker>
          ))}
        </defs>
      </svg>
      <div className="h-[420px] w-full overflow-hidden rounded-lg border bg-card">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          zIndexMode="manual"
          fitView
          fitViewOptions={{ padding: 0.04 }}
          minZoom={0.2}
          maxZoom={1.5}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          panOnDrag={false}
          panOnScroll={false}
          zoomOnScroll={false}
          zoomOnPinch={false}
          zoomOnDoubleClick={false}
          preventScrolling={false}
        >
          <FitOnResize />
        </ReactFlow>
      </div>
      <figcaption className="flex flex-col gap-1 text-xs text-muted-foreground">
        <span className="sr-only" data-testid="lifecycle-summary">
          {summary}
        </span>
        <span aria-hidden className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <span className="inline-flex items-center gap-1.5">
            <span className="size-3 rounded-sm bg-primary" />
            {t("lifecycle.diagram.legend.current")}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span className="h-0.5 w-5 bg-primary" />
            {t("lifecycle.diagram.legend.available")}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span className="w-5 border-t border-dotted border-muted-foreground" />
            {t("lifecycle.diagram.legend.refused")}
          </span>
          <span className="inline-flex items-center gap-1.5">
            <Clock className="size-3" />
            <Cog className="size-3" />
            {t("lifecycle.diagram.legend.automatic")}
          </span>
        </span>
        <span>{t("lifecycle.policy.suspension")}</span>
      </figcaption>
    </figure>
  );
}
