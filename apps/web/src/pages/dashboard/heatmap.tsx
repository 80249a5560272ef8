import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader } from "#components/ui/card.tsx";
import { cn } from "#lib/utils.ts";
import { heatmapGrid, SCALE } from "#pages/dashboard/lines.ts";
import type { Dashboard } from "#pages/dashboard/model.ts";
import { SectionTitle } from "#pages/dashboard/parts.tsx";
import { type ScoreTone, scoreTone } from "#pages/systems/risk-model.ts";

type Mode = "inherent" | "residual";

const CELL_CLASSES: Record<ScoreTone, string> = {
  none: "bg-muted",
  low: "bg-emerald-100 text-emerald-900",
  elevated: "bg-amber-100 text-amber-950",
  above: "bg-red-200 text-red-950",
};

/**
 * Every open risk of the organisation on the 5 × 5 likelihood × severity grid, inherent (the worse
 * of intended use and misuse) or residual, coloured against the tolerance as on a system's page.
 * The API sends counts only, so a cell names its count and does not open a list.
 */
export function PortfolioHeatmap({
  heatmap,
  tolerance,
}: {
  heatmap: Dashboard["heatmap"];
  tolerance: number;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>("inherent");
  const { grid, total, offScale } = heatmapGrid(heatmap[mode]);
  const inherentTotal = heatmapGrid(heatmap.inherent).total;
  const unplaced = mode === "residual" ? Math.max(0, inherentTotal - total) : 0;
  return (
    <Card aria-labelledby={titleId} data-testid="heatmap" data-mode={mode} className="h-full">
      <CardHeader>
        <SectionTitle
          id={titleId}
          action={
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
                  onClick={() => setMode(value)}
                  data-testid={`heatmap-${value}`}
                >
                  {t(`risks.heatmap.modes.${value}`)}
                </Button>
              ))}
            </fieldset>
          }
        >
          {t("dashboard.heatmap.title")}
        </SectionTitle>
        <CardDescription>{t(`dashboard.heatmap.hint.${mode}`, { count: total })}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div
          className="mx-auto grid w-full max-w-sm grid-cols-[1.25rem_1rem_repeat(5,minmax(0,1fr))] gap-1 text-xs"
          // The picture; the table below is its text for assistive technologies.
          aria-hidden
        >
          <div
            className="row-span-5 flex rotate-180 items-center justify-center text-muted-foreground [writing-mode:vertical-rl]"
            aria-hidden
          >
            {t("risks.heatmap.severity")}
          </div>
          {[...SCALE].reverse().map((severity) => (
            <div key={severity} className="contents">
              <div className="flex items-center justify-center font-mono text-muted-foreground" aria-hidden>
                {severity}
              </div>
              {grid
                .filter((c) => c.severity === severity)
                .map((cell) => {
                  const label = t("risks.heatmap.cell", {
                    likelihood: cell.likelihood,
                    severity: cell.severity,
                    score: cell.score,
                    count: cell.count,
                  });
                  return (
                    <div
                      key={cell.likelihood}
                      title={label}
                      data-testid="heatmap-cell"
                      data-likelihood={cell.likelihood}
                      data-severity={cell.severity}
                      data-count={cell.count}
                      className={cn(
                        "flex aspect-square min-h-8 items-center justify-center rounded-sm font-semibold tabular-nums",
                        CELL_CLASSES[scoreTone(cell.score, tolerance)],
                        cell.count === 0 && "opacity-40",
                      )}
                    >
                      {cell.count > 0 ? cell.count : null}
                    </div>
                  );
                })}
            </div>
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
        <table className="sr-only">
          <caption>{t("dashboard.heatmap.gridLabel", { mode: t(`risks.heatmap.modes.${mode}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("risks.heatmap.severity")}</th>
              {SCALE.map((likelihood) => (
                <th key={likelihood} scope="col">
                  {t("dashboard.heatmap.likelihoodColumn", { likelihood })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...SCALE].reverse().map((severity) => (
              <tr key={severity}>
                <th scope="row">{severity}</th>
                {grid
                  .filter((c) => c.severity === severity)
                  .map((cell) => (
                    <td key={cell.likelihood}>{cell.count}</td>
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
        <ul className="flex flex-wrap justify-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          {(["above", "elevated", "low"] as const).map((tone) => (
            <li key={tone} className="inline-flex items-center gap-1.5">
              <span aria-hidden className={cn("size-3 rounded-sm", CELL_CLASSES[tone])} />
              {t(`risks.heatmap.legend.${tone}`, { tolerance })}
            </li>
          ))}
        </ul>
        {unplaced > 0 ? (
          <p className="text-center text-xs text-muted-foreground">
            {t("risks.heatmap.unplacedResidual", { count: unplaced })}
          </p>
        ) : null}
        {offScale > 0 ? (
          <p className="text-center text-xs text-muted-foreground">
            {t("dashboard.heatmap.offScale", { count: offScale })}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
