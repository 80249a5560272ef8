import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { formatCompact, formatDayMonth, formatShortDate } from "#pages/dashboard/format.ts";
import type { ProjectionPoint, TrendPoint } from "#pages/dashboard/lines.ts";
import type { Occurrence } from "#pages/dashboard/model.ts";

/**
 * The dashboard's charts (recharts, loaded with the dashboard's own chunk only). Each is a picture
 * of a table the card also renders: the wrapper is an image with a summary for assistive
 * technologies, and every exact figure and drill-down is reachable from the table by keyboard.
 * Plotted values are floats of major units (geometry only); every printed figure is exact text
 * prepared by the caller.
 */

const COLOURS = {
  primary: "oklch(0.45 0.11 255)",
  first: "oklch(0.58 0.11 245)",
  repeat: "oklch(0.55 0.2 27)",
  muted: "oklch(0.52 0.025 257)",
  grid: "oklch(0.92 0.01 257)",
};

const ROW_HEIGHT = 32;
const LABEL_CHARS = 28;
const LABEL_WIDTH = 190;

const truncate = (text: string, max = LABEL_CHARS): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** A one-line axis label (recharts' own wraps to the axis width, which breaks amounts in two). */
function lineTick(anchor: "start" | "end", format: (value: string) => string = (v) => v) {
  return function LineTick({ x, y, payload }: TickProps) {
    const value = String(payload?.value ?? "");
    return (
      <text x={Number(x)} y={Number(y)} dy={4} textAnchor={anchor} fontSize={12} className="fill-foreground">
        {anchor === "end" ? <title>{value}</title> : null}
        {format(value)}
      </text>
    );
  };
}

const labelTick = lineTick("end", (v) => truncate(v));
const figureTick = lineTick("start");

export type BarRow = {
  key: string;
  label: string;
  value: number;
  /** The exact figure printed at the end of the bar. */
  display: string;
};

function RowTooltip({ active, payload }: Partial<TooltipContentProps<number, string>>) {
  const row = payload?.[0]?.payload as (BarRow & { detail?: string }) | undefined;
  if (!active || !row) return null;
  return (
    <div className="max-w-72 rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{row.label}</p>
      <p className="tabular-nums">{row.display}</p>
      {row.detail ? <p className="text-muted-foreground">{row.detail}</p> : null}
    </div>
  );
}

/** Horizontal bars, largest first, one click per bar. */
export function MoneyBars({
  rows,
  summary,
  onSelect,
  colour = COLOURS.primary,
}: {
  rows: readonly BarRow[];
  summary: string;
  onSelect: (index: number) => void;
  colour?: string;
}) {
  const height = rows.length * ROW_HEIGHT + 16;
  return (
    <div role="img" aria-label={summary} className="w-full">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={rows as BarRow[]}
        style={{ width: "100%", height }}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
        barCategoryGap={6}
      >
        <XAxis type="number" hide domain={[0, "dataMax"]} />
        <YAxis
          type="category"
          dataKey="label"
          width={LABEL_WIDTH}
          tickLine={false}
          axisLine={false}
          tick={labelTick}
          interval={0}
        />
        <FigureAxis rows={rows} />
        <Tooltip cursor={{ fill: COLOURS.grid }} content={<RowTooltip />} />
        <Bar
          dataKey="value"
          fill={colour}
          radius={[0, 3, 3, 0]}
          minPointSize={2}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => onSelect(index)}
        />
      </BarChart>
    </div>
  );
}

export type StackedRow = BarRow & { first: number; repeat: number; detail: string };

/** Horizontal bars split into first-time and repeat offences; a click opens that part's lines. */
export function OccurrenceBars({
  rows,
  summary,
  labels,
  onSelect,
}: {
  rows: readonly StackedRow[];
  summary: string;
  labels: Record<Occurrence, string>;
  onSelect: (index: number, occurrence: Occurrence) => void;
}) {
  const height = rows.length * ROW_HEIGHT + 16;
  return (
    <div role="img" aria-label={summary} className="grid w-full gap-2">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={rows as StackedRow[]}
        style={{ width: "100%", height }}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
        barCategoryGap={6}
      >
        <XAxis type="number" hide domain={[0, "dataMax"]} />
        <YAxis
          type="category"
          dataKey="label"
          width={LABEL_WIDTH}
          tickLine={false}
          axisLine={false}
          tick={labelTick}
          interval={0}
        />
        <FigureAxis rows={rows} />
        <Tooltip cursor={{ fill: COLOURS.grid }} content={<RowTooltip />} />
        <Bar
          dataKey="first"
          stackId="occurrence"
          fill={COLOURS.first}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => onSelect(index, "first")}
        />
        <Bar
          dataKey="repeat"
          stackId="occurrence"
          fill={COLOURS.repeat}
          radius={[0, 3, 3, 0]}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(_, index) => onSelect(index, "repeat")}
        />
      </BarChart>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden>
        {(["first", "repeat"] as const).map((o) => (
          <li key={o} className="inline-flex items-center gap-1.5">
            <span className="size-3 rounded-sm" style={{ background: COLOURS[o] }} />
            {labels[o]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Roughly how wide 12px text of `n` characters is. */
const textWidth = (n: number): number => Math.ceil(n * 7) + 12;

/**
 * The exact figure of each bar, as a second category axis on the right: readable whatever the
 * bar's length (zero included), never clipped by the chart's edge.
 */
function FigureAxis({ rows }: { rows: readonly BarRow[] }) {
  const width = Math.min(260, Math.max(64, textWidth(Math.max(0, ...rows.map((r) => r.display.length)))));
  return (
    <YAxis
      yAxisId="figures"
      orientation="right"
      type="category"
      dataKey="display"
      width={width}
      tickLine={false}
      axisLine={false}
      tick={figureTick}
      interval={0}
    />
  );
}

type PlotPoint = ProjectionPoint & { display: string; label: string };

function ProjectionTooltip({ active, payload }: Partial<TooltipContentProps<number, string>>) {
  const point = payload?.[0]?.payload as PlotPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{point.label}</p>
      <p className="tabular-nums">{point.display}</p>
    </div>
  );
}

/** The total now and at each of the next six months; a click on a point views the dashboard at that date. */
export function ProjectionChart({
  points,
  currency,
  locale,
  summary,
  onSelect,
}: {
  points: readonly PlotPoint[];
  currency: string;
  locale: string;
  summary: string;
  onSelect: (index: number) => void;
}) {
  return (
    <div role="img" aria-label={summary} className="w-full">
      <AreaChart
        responsive
        accessibilityLayer={false}
        data={points as PlotPoint[]}
        style={{ width: "100%", height: 220 }}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
        onClick={(state) => {
          const index = Number(state.activeTooltipIndex);
          if (Number.isInteger(index) && index >= 0) onSelect(index);
        }}
      >
        <CartesianGrid stroke={COLOURS.grid} vertical={false} />
        <XAxis
          dataKey="asOf"
          tickFormatter={(v: string) => formatShortDate(v, locale)}
          tick={{ fontSize: 12 }}
          tickLine={false}
        />
        <YAxis
          width={84}
          tick={{ fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          tickFormatter={(v: number) => formatCompact(v, currency, locale)}
        />
        <Tooltip content={<ProjectionTooltip />} />
        <Area
          type="linear"
          dataKey="value"
          stroke={COLOURS.primary}
          fill={COLOURS.primary}
          fillOpacity={0.12}
          isAnimationActive={false}
          cursor="pointer"
          dot={({ cx, cy, payload, index }) => (
            <circle
              key={index}
              cx={cx}
              cy={cy}
              r={4}
              stroke={COLOURS.primary}
              strokeWidth={2}
              // A hollow point is an incomplete total (some lines had no rate).
              fill={(payload as PlotPoint).complete ? COLOURS.primary : "white"}
            />
          )}
        />
      </AreaChart>
    </div>
  );
}

type TrendPlotPoint = TrendPoint & { display: string; label: string };

function TrendTooltip({ active, payload }: Partial<TooltipContentProps<number, string>>) {
  const point = payload?.[0]?.payload as TrendPlotPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">{point.label}</p>
      <p className="tabular-nums">{point.display}</p>
    </div>
  );
}

/** The recorded daily totals of the last 12 months, a line through them (a hollow dot: incomplete). */
export function TrendChart({
  points,
  currency,
  locale,
  summary,
}: {
  points: readonly TrendPlotPoint[];
  currency: string;
  locale: string;
  summary: string;
}) {
  // A dot per day is noise over a year of snapshots: only the incomplete ones are marked then.
  const dense = points.length > 40;
  return (
    <div role="img" aria-label={summary} className="w-full">
      <LineChart
        responsive
        accessibilityLayer={false}
        data={points as TrendPlotPoint[]}
        style={{ width: "100%", height: 220 }}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
      >
        <CartesianGrid stroke={COLOURS.grid} vertical={false} />
        <XAxis
          dataKey="day"
          tickFormatter={(v: string) => formatDayMonth(v, locale)}
          tick={{ fontSize: 12 }}
          tickLine={false}
          minTickGap={24}
        />
        <YAxis
          width={84}
          tick={{ fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          tickFormatter={(v: number) => formatCompact(v, currency, locale)}
        />
        <Tooltip content={<TrendTooltip />} />
        <Line
          type="linear"
          dataKey="value"
          stroke={COLOURS.primary}
          strokeWidth={2}
          isAnimationActive={false}
          dot={({ cx, cy, payload, index }) =>
            dense && (payload as TrendPlotPoint).complete ? (
              <g key={index} />
            ) : (
              <circle
                key={index}
                cx={cx}
                cy={cy}
                r={3}
                stroke={COLOURS.primary}
                strokeWidth={2}
                fill={(payload as TrendPlotPoint).complete ? COLOURS.primary : "white"}
              />
            )
          }
        />
      </LineChart>
    </div>
  );
}
