import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#components/ui/button.tsx";
import { cn } from "#lib/utils.ts";
import type { Risk } from "#pages/systems/model.ts";
import { type HeatmapMode, heatmap, SCALE, type ScoreTone } from "#pages/systems/risk-model.ts";

const CELL_CLASSES: Record<ScoreTone, string> = {
  none: "bg-muted",
  low: "bg-emerald-100 text-emerald-900",
  elevated: "bg-amber-100 text-amber-950",
  above: "bg-red-200 text-red-950",
};

export type HeatmapSelection = { likelihood: number; severity: number } | null;

/**
 * The open risks of the system on a 5 × 5 likelihood × severity grid, coloured against the tenant's
 * tolerance: inherent (the higher of intended use and misuse, the score the tolerance applies to)
 * or residual. A cell with risks is a button that filters the register to them.
 */
export function RiskHeatmap({
  risks,
  tolerance,
  mode,
  onModeChange,
  selected,
  onSelect,
}: {
  risks: readonly Risk[];
  tolerance: number;
  mode: HeatmapMode;
  onModeChange: (mode: HeatmapMode) => void;
  selected: HeatmapSelection;
  onSelect: (cell: HeatmapSelection) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { cells, unplaced } = heatmap(risks, mode, tolerance);
  return (
    <section className="grid gap-3" data-testid="risk-heatmap" data-mode={mode} aria-labelledby={titleId}>
      <div className="flex items-center justify-between gap-2">
        <h3 id={titleId} className="text-sm font-semibold">
          {t("risks.heatmap.title")}
        </h3>
        <fieldset className="inline-flex rounded-md border p-0.5">
          <legend className="sr-only">{t("risks.heatmap.mode")}</legend>
          {(["inherent", "residual"] as const).map((value) => (
            <Button
              key={value}
              type="button"
              size="sm"
              variant={mode === value ? "secondary" : "ghost"}
              className="h-7 px-2 text-xs"
              aria-pressed={mode === value}
              onClick={() => onModeChange(value)}
              data-testid={`risk-heatmap-${value}`}
            >
              {t(`risks.heatmap.modes.${value}`)}
            </Button>
          ))}
        </fieldset>
      </div>
      <div className="grid grid-cols-[1.25rem_1rem_repeat(5,minmax(0,1fr))] gap-1 text-xs">
        <div
          className="row-span-5 flex items-center justify-center text-muted-foreground [writing-mode:vertical-rl] rotate-180"
          aria-hidden
        >
          {t("risks.heatmap.severity")}
        </div>
        {SCALE.toReversed().map((severity) => (
          <HeatmapRow
            key={severity}
            severity={severity}
            cells={cells.filter((cell) => cell.severity === severity)}
            selected={selected}
            onSelect={onSelect}
          />
        ))}
        <div className="col-span-2" aria-hidden />
        {SCALE.map((likelihood) => (
          <div key={likelihood} className="text-center font-mono text-muted-foreground" aria-hidden>
            {likelihood}
          </div>
        ))}
        <div className="col-span-2" aria-hidden />
        <div className="col-span-5 text-center text-muted-foreground" aria-hidden>
          {t("risks.heatmap.likelihood")}
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground">
        {(["above", "elevated", "low"] as const).map((tone) => (
          <li key={tone} className="inline-flex items-center gap-1.5">
            <span aria-hidden className={cn("size-3 rounded-sm", CELL_CLASSES[tone])} />
            {t(`risks.heatmap.legend.${tone}`, { tolerance })}
          </li>
        ))}
      </ul>
      {unplaced.length > 0 ? (
        <p className="text-xs text-muted-foreground" data-testid="risk-heatmap-unplaced">
          {t(mode === "residual" ? "risks.heatmap.unplacedResidual" : "risks.heatmap.unplaced", {
            count: unplaced.length,
          })}
        </p>
      ) : null}
    </section>
  );
}

function HeatmapRow({
  severity,
  cells,
  selected,
  onSelect,
}: {
  severity: number;
  cells: ReturnType<typeof heatmap>["cells"];
  selected: HeatmapSelection;
  onSelect: (cell: HeatmapSelection) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="flex items-center justify-center font-mono text-muted-foreground" aria-hidden>
        {severity}
      </div>
      {cells.map((cell) => {
        const count = cell.risks.length;
        const isSelected = selected?.likelihood === cell.likelihood && selected.severity === cell.severity;
        const label = t("risks.heatmap.cell", {
          likelihood: cell.likelihood,
          severity: cell.severity,
          score: cell.score,
          count,
        });
        const titles = cell.risks.map((r) => r.title).join("\n");
        const className = cn(
          "flex aspect-square min-h-8 items-center justify-center rounded-sm font-semibold tabular-nums",
          CELL_CLASSES[cell.tone],
          count === 0 && "opacity-50",
          isSelected && "ring-2 ring-foreground ring-offset-1",
        );
        return count === 0 ? (
          <div
            key={cell.likelihood}
            className={className}
            title={label}
            data-testid="risk-heatmap-cell"
            data-count={0}
          />
        ) : (
          <button
            key={cell.likelihood}
            type="button"
            className={cn(
              className,
              "cursor-pointer outline-none focus-visible:ring-2 focus-visible:ring-ring",
            )}
            aria-label={`${label}: ${cell.risks.map((r) => r.title).join(", ")}`}
            aria-pressed={isSelected}
            title={`${label}\n${titles}`}
            data-testid="risk-heatmap-cell"
            data-likelihood={cell.likelihood}
            data-severity={cell.severity}
            data-count={count}
            onClick={() =>
              onSelect(isSelected ? null : { likelihood: cell.likelihood, severity: cell.severity })
            }
          >
            {count}
          </button>
        );
      })}
    </>
  );
}
