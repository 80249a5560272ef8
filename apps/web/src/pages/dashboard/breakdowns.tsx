import { Link } from "@tanstack/react-router";
import { Info } from "lucide-react";
import { type ReactNode, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "#components/ui/card.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "#components/ui/table.tsx";
import {
  type BarRow,
  MoneyBars,
  OccurrenceBars,
  ProjectionChart,
  type StackedRow,
  TrendChart,
} from "#pages/dashboard/charts.tsx";
import { figureText, formatMoney } from "#pages/dashboard/format.ts";
import {
  groupLines,
  obligationRows,
  offenceRows,
  projectionSeries,
  toChartNumber,
  topSystems,
  trendSeries,
  unconvertedTotals,
} from "#pages/dashboard/lines.ts";
import type { Dashboard, DrillFilter, ExposureLine } from "#pages/dashboard/model.ts";
import { FigureButton, figureParts, RatesNote, SectionTitle } from "#pages/dashboard/parts.tsx";
import { useLocale } from "#pages/tracker/badges.tsx";
import { formatIsoDate } from "#pages/tracker/format.ts";

/**
 * The breakdowns of the total: by jurisdiction, top systems, by offence (first vs repeat), by
 * obligation, and the projection. Each chart has its exact figures in a table (its text
 * alternative, and the keyboard's way to every drill-down).
 */

export type Drill = (filter: DrillFilter) => void;

const NONE: readonly ExposureLine[] = [];

/** The dashboard's lines grouped once for every card (a portfolio can hold many thousands). */
export type LineGroups = {
  byJurisdiction: Map<string, ExposureLine[]>;
  bySystem: Map<string, ExposureLine[]>;
  byRule: Map<string, ExposureLine[]>;
  byRuleOccurrence: Map<string, ExposureLine[]>;
  byObligation: Map<string, ExposureLine[]>;
  byOccurrence: Map<string, ExposureLine[]>;
};

export function useLineGroups(lines: readonly ExposureLine[]): LineGroups {
  return useMemo(
    () => ({
      byJurisdiction: groupLines(lines, (l) => [l.jurisdiction]),
      bySystem: groupLines(lines, (l) => [l.systemId]),
      byRule: groupLines(lines, (l) => [l.ruleId]),
      byRuleOccurrence: groupLines(lines, (l) => [`${l.ruleId}|${l.firstOrRepeat}`]),
      byObligation: groupLines(lines, (l) => l.obligations.map((o) => o.id)),
      byOccurrence: groupLines(lines, (l) => [l.firstOrRepeat]),
    }),
    [lines],
  );
}

/** A card holding one breakdown: a title, a chart, its figures as a table, and its rates. */
export function BreakdownCard({
  testId,
  title,
  description,
  children,
  footer,
}: {
  testId: string;
  title: string;
  description?: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const titleId = useId();
  return (
    <Card role="region" aria-labelledby={titleId} data-testid={testId} className="h-full">
      <CardHeader>
        <SectionTitle id={titleId}>{title}</SectionTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
      {footer ? <CardFooter className="mt-auto">{footer}</CardFooter> : null}
    </Card>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="py-6 text-center text-sm text-muted-foreground">{children}</p>;
}

/** The rates behind the card's converted figures, and what "*" marks. */
function Footnotes({ lines, currency }: { lines: readonly ExposureLine[]; currency: string }) {
  const { t } = useTranslation();
  const missing = unconvertedTotals(lines, currency).length > 0;
  return (
    <div className="grid gap-1">
      <RatesNote lines={lines} />
      {missing ? (
        <p className="text-xs text-amber-900">{t("dashboard.unconvertedNote", { currency })}</p>
      ) : null}
    </div>
  );
}

/** "By jurisdiction: KZ · Kazakhstan KZT 865,000; …": a chart's content for screen readers. */
const summarise = (title: string, rows: readonly BarRow[]): string =>
  `${title}: ${rows.map((r) => `${r.label} ${r.display}`).join("; ")}`;

/**
 * A breakdown's exact figures. Folded under the chart for sighted readers; it is also the chart's
 * text alternative, and every amount in it opens its line items from the keyboard.
 */
export function FiguresTable({
  caption,
  columns,
  children,
  folded = true,
}: {
  caption: string;
  columns: string[];
  children: ReactNode;
  folded?: boolean;
}) {
  const { t } = useTranslation();
  const table = (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          {columns.map((c, i) => (
            <TableHead key={`${i}-${c}`} className={i === 0 ? undefined : "text-right"}>
              {c}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
  if (!folded) return table;
  return (
    <details className="text-sm" data-testid="figures">
      <summary className="cursor-pointer text-xs font-medium text-muted-foreground hover:text-foreground">
        {t("dashboard.showFigures")}
      </summary>
      <div className="mt-2">{table}</div>
    </details>
  );
}

export function JurisdictionCard({
  dashboard,
  groups,
  onDrill,
}: {
  dashboard: Dashboard;
  groups: LineGroups;
  onDrill: Drill;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = dashboard.currency;
  const rows = dashboard.byJurisdiction
    .filter((j) => j.lines > 0)
    .map((j) => ({ ...j, lineItems: groups.byJurisdiction.get(j.jurisdiction) ?? NONE }))
    .sort(
      (a, b) =>
        toChartNumber(b.total) - toChartNumber(a.total) || a.jurisdiction.localeCompare(b.jurisdiction),
    );
  const bars: BarRow[] = rows.map((j) => ({
    key: j.jurisdiction,
    label: `${j.jurisdiction} · ${j.name}`,
    value: toChartNumber(j.total),
    display: figureText(j.total, figureParts(j.lineItems, currency), locale),
  }));
  const title = t("dashboard.byJurisdiction.title");
  return (
    <BreakdownCard
      testId="by-jurisdiction"
      title={title}
      description={t("dashboard.byJurisdiction.hint", { currency })}
      footer={<Footnotes lines={dashboard.lines} currency={currency} />}
    >
      {rows.length === 0 ? (
        <Empty>{t("dashboard.byJurisdiction.empty")}</Empty>
      ) : (
        <>
          <MoneyBars
            rows={bars}
            summary={summarise(title, bars)}
            onSelect={(i) => {
              const row = rows[i];
              if (row) onDrill({ jurisdiction: row.jurisdiction });
            }}
          />
          <FiguresTable
            caption={title}
            columns={[
              t("dashboard.columns.jurisdiction"),
              t("dashboard.columns.lines"),
              t("dashboard.columns.amount"),
            ]}
          >
            {rows.map((j) => (
              <TableRow key={j.jurisdiction} data-jurisdiction={j.jurisdiction}>
                <TableCell>
                  <span className="font-mono text-xs">{j.jurisdiction}</span> {j.name}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {j.lines}
                  {j.repeat > 0 ? (
                    <span className="text-red-800"> {t("dashboard.repeatCount", { count: j.repeat })}</span>
                  ) : null}
                </TableCell>
                <TableCell className="text-right">
                  <FigureButton
                    money={j.total}
                    lines={j.lineItems}
                    label={j.name}
                    onClick={() => onDrill({ jurisdiction: j.jurisdiction })}
                  />
                </TableCell>
              </TableRow>
            ))}
          </FiguresTable>
        </>
      )}
    </BreakdownCard>
  );
}

export function TopSystemsCard({
  dashboard,
  groups,
  onDrill,
}: {
  dashboard: Dashboard;
  groups: LineGroups;
  onDrill: Drill;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = dashboard.currency;
  const rows = topSystems(dashboard.bySystem, 10).map((s) => ({
    ...s,
    lineItems: groups.bySystem.get(s.systemId) ?? NONE,
  }));
  const bars: BarRow[] = rows.map((s) => ({
    key: s.systemId,
    label: s.systemName,
    value: toChartNumber(s.total),
    display: figureText(s.total, figureParts(s.lineItems, currency), locale),
  }));
  const withLines = dashboard.systemsWithLines;
  const title = t("dashboard.topSystems.title");
  return (
    <BreakdownCard
      testId="top-systems"
      title={title}
      description={t("dashboard.topSystems.hint", { shown: rows.length, count: withLines })}
      footer={<Footnotes lines={rows.flatMap((r) => r.lineItems)} currency={currency} />}
    >
      {rows.length === 0 ? (
        <Empty>{t("dashboard.topSystems.empty")}</Empty>
      ) : (
        <>
          <MoneyBars
            rows={bars}
            summary={summarise(title, bars)}
            onSelect={(i) => {
              const row = rows[i];
              if (row) onDrill({ systemId: row.systemId });
            }}
          />
          <FiguresTable
            caption={title}
            columns={[
              t("dashboard.columns.system"),
              t("dashboard.columns.lines"),
              t("dashboard.columns.amount"),
            ]}
          >
            {rows.map((s) => (
              <TableRow key={s.systemId} data-testid="top-system" data-system={s.systemId}>
                <TableCell className="max-w-64">
                  <div className="flex flex-wrap items-center gap-1.5">
                    <Link
                      to="/systems/$id"
                      params={{ id: s.systemId }}
                      className="truncate font-medium hover:underline"
                      title={s.systemName}
                    >
                      {s.systemName}
                    </Link>
                    {s.suspended ? (
                      <Badge variant="outline" className="border-amber-300 bg-amber-50 text-amber-900">
                        {t("dashboard.flags.suspended")}
                      </Badge>
                    ) : null}
                    {s.reviewOverdue ? (
                      <Badge variant="outline" className="border-red-200 bg-red-50 text-red-800">
                        {t("dashboard.flags.reviewOverdue")}
                      </Badge>
                    ) : null}
                  </div>
                </TableCell>
                <TableCell className="text-right tabular-nums">{s.lines}</TableCell>
                <TableCell className="text-right">
                  <FigureButton
                    money={s.total}
                    lines={s.lineItems}
                    label={s.systemName}
                    onClick={() => onDrill({ systemId: s.systemId })}
                  />
                </TableCell>
              </TableRow>
            ))}
          </FiguresTable>
        </>
      )}
    </BreakdownCard>
  );
}

export function OffenceCard({
  dashboard,
  groups,
  onDrill,
}: {
  dashboard: Dashboard;
  groups: LineGroups;
  onDrill: Drill;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = dashboard.currency;
  const rows = offenceRows(dashboard);
  const linesOf = (ruleId: string, occurrence?: "first" | "repeat") =>
    (occurrence ? groups.byRuleOccurrence.get(`${ruleId}|${occurrence}`) : groups.byRule.get(ruleId)) ?? NONE;
  const bars: StackedRow[] = rows.map((o) => ({
    key: o.ruleId,
    label: o.ruleId,
    value: toChartNumber(o.total),
    first: toChartNumber(o.first),
    repeat: toChartNumber(o.repeat),
    display: figureText(o.total, figureParts(linesOf(o.ruleId), currency), locale),
    detail: o.offence,
  }));
  const title = t("dashboard.byOffence.title");
  const labels = { first: t("dashboard.occurrence.first"), repeat: t("dashboard.occurrence.repeat") };
  return (
    <BreakdownCard
      testId="by-offence"
      title={title}
      description={t("dashboard.byOffence.hint")}
      footer={<Footnotes lines={dashboard.lines} currency={currency} />}
    >
      {rows.length === 0 ? (
        <Empty>{t("dashboard.byOffence.empty")}</Empty>
      ) : (
        <>
          <OccurrenceBars
            rows={bars}
            labels={labels}
            summary={summarise(title, bars)}
            onSelect={(i, occurrence) => {
              const row = rows[i];
              if (row) onDrill({ ruleId: row.ruleId, occurrence });
            }}
          />
          <FiguresTable
            caption={title}
            columns={[
              t("dashboard.columns.offence"),
              labels.first,
              labels.repeat,
              t("dashboard.columns.amount"),
            ]}
          >
            {rows.map((o) => (
              <TableRow key={o.ruleId} data-rule={o.ruleId}>
                <TableCell className="max-w-72 whitespace-normal">
                  <span className="block font-mono text-xs">{o.ruleId}</span>
                  <span className="line-clamp-2 text-xs text-muted-foreground" title={o.offence}>
                    {o.offence}
                  </span>
                </TableCell>
                {(["first", "repeat"] as const).map((occurrence) => (
                  <TableCell key={occurrence} className="text-right">
                    {(occurrence === "first" ? o.firstCount : o.repeatCount) > 0 ? (
                      <FigureButton
                        money={occurrence === "first" ? o.first : o.repeat}
                        lines={linesOf(o.ruleId, occurrence)}
                        label={`${o.ruleId}, ${labels[occurrence]}`}
                        onClick={() => onDrill({ ruleId: o.ruleId, occurrence })}
                        className={occurrence === "repeat" ? "text-red-800" : undefined}
                      />
                    ) : (
                      <span className="text-muted-foreground">–</span>
                    )}
                  </TableCell>
                ))}
                <TableCell className="text-right">
                  <FigureButton
                    money={o.total}
                    lines={linesOf(o.ruleId)}
                    label={o.ruleId}
                    onClick={() => onDrill({ ruleId: o.ruleId })}
                  />
                </TableCell>
              </TableRow>
            ))}
          </FiguresTable>
        </>
      )}
    </BreakdownCard>
  );
}

export function ObligationCard({
  dashboard,
  groups,
  onDrill,
}: {
  dashboard: Dashboard;
  groups: LineGroups;
  onDrill: Drill;
}) {
  const { t } = useTranslation();
  const rows = obligationRows(dashboard);
  const max = rows.reduce((m, r) => Math.max(m, toChartNumber(r.total)), 0);
  const title = t("dashboard.byObligation.title");
  return (
    <BreakdownCard
      testId="by-obligation"
      title={title}
      description={t("dashboard.byObligation.hint")}
      footer={<Footnotes lines={dashboard.lines} currency={dashboard.currency} />}
    >
      {rows.length === 0 ? (
        <Empty>{t("dashboard.byObligation.empty")}</Empty>
      ) : (
        <FiguresTable
          caption={title}
          folded={false}
          columns={[
            t("dashboard.columns.obligation"),
            t("dashboard.columns.lines"),
            t("dashboard.columns.amount"),
          ]}
        >
          {rows.map((o) => {
            const share = max > 0 ? (toChartNumber(o.total) / max) * 100 : 0;
            return (
              <TableRow key={o.obligationId} data-obligation={o.obligationId}>
                <TableCell className="max-w-80 whitespace-normal">
                  <span className="block text-sm" title={o.obligationId}>
                    {o.title}
                  </span>
                  <span className="block font-mono text-[11px] text-muted-foreground">
                    {o.jurisdiction} · {o.obligationId}
                  </span>
                  <span className="mt-1 block h-1.5 rounded-full bg-muted" aria-hidden>
                    <span
                      className="block h-full rounded-full bg-primary/70"
                      style={{ width: `${share}%` }}
                    />
                  </span>
                </TableCell>
                <TableCell className="text-right tabular-nums">{o.lines}</TableCell>
                <TableCell className="text-right">
                  <FigureButton
                    money={o.total}
                    lines={groups.byObligation.get(o.obligationId) ?? NONE}
                    label={o.title}
                    onClick={() => onDrill({ obligationId: o.obligationId })}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </FiguresTable>
      )}
    </BreakdownCard>
  );
}

export function ProjectionCard({
  dashboard,
  onView,
}: {
  dashboard: Dashboard;
  onView: (asOf: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = dashboard.currency;
  const points = projectionSeries(dashboard).map((p) => ({
    ...p,
    label: p.now
      ? t("dashboard.projection.now", { date: formatIsoDate(p.asOf, locale) })
      : formatIsoDate(p.asOf, locale),
    display: `${formatMoney(p.total, locale)}${p.complete ? "" : "*"}`,
  }));
  const title = t("dashboard.projection.title");
  const summary = `${title}: ${points.map((p) => `${p.label} ${p.display}`).join("; ")}`;
  return (
    <BreakdownCard
      testId="projection"
      title={title}
      description={t("dashboard.projection.hint", { currency })}
    >
      <ProjectionChart
        points={points}
        currency={currency}
        locale={locale}
        summary={summary}
        onSelect={(i) => {
          const p = points[i];
          if (p && !p.now) onView(p.asOf);
        }}
      />
      {points.some((p) => !p.complete) ? (
        <p className="text-xs text-amber-900">{t("dashboard.projection.incompleteHint")}</p>
      ) : null}
      <FiguresTable
        caption={title}
        columns={[t("dashboard.columns.date"), t("dashboard.columns.amount"), ""]}
      >
        {points.map((p) => (
          <TableRow key={p.asOf} data-testid="projection-point" data-date={p.asOf}>
            <TableCell>{p.label}</TableCell>
            <TableCell className="text-right tabular-nums" data-amount-minor={p.total.amountMinor}>
              {p.display}
            </TableCell>
            <TableCell className="text-right">
              {p.now ? null : (
                <Button variant="link" size="sm" className="h-auto p-0" onClick={() => onView(p.asOf)}>
                  {t("dashboard.projection.view")}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </FiguresTable>
    </BreakdownCard>
  );
}

/**
 * The total of the last 12 months from the worker's daily snapshots, in the currency shown. Only
 * recorded days are drawn: with fewer than two there is no line, and the card says so rather than
 * inventing history.
 */
export function TrendCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = dashboard.currency;
  const points = trendSeries(dashboard).map((p) => ({
    ...p,
    label: formatIsoDate(p.day, locale),
    display: `${formatMoney(p.total, locale)}${p.complete ? "" : "*"}`,
  }));
  const title = t("dashboard.trend.title");
  const summary = t("dashboard.trend.summary", {
    count: points.length,
    first: points[0]?.label ?? "",
    firstTotal: points[0]?.display ?? "",
    last: points.at(-1)?.label ?? "",
    lastTotal: points.at(-1)?.display ?? "",
  });
  return (
    <BreakdownCard testId="trend-card" title={title} description={t("dashboard.trend.hint", { currency })}>
      {points.length < 2 ? (
        <p className="flex items-start gap-2 text-sm text-muted-foreground" data-testid="trend-note">
          <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
          {t("dashboard.trend.fillsIn", { count: points.length, currency })}
        </p>
      ) : (
        <div data-testid="trend" className="grid gap-4">
          <TrendChart points={points} currency={currency} locale={locale} summary={summary} />
          {points.some((p) => !p.complete) ? (
            <p className="text-xs text-amber-900">{t("dashboard.trend.incompleteHint")}</p>
          ) : null}
        </div>
      )}
      {points.length > 0 ? (
        <FiguresTable caption={title} columns={[t("dashboard.columns.date"), t("dashboard.columns.amount")]}>
          {points.map((p) => (
            <TableRow key={p.day} data-testid="trend-point" data-date={p.day}>
              <TableCell>{p.label}</TableCell>
              <TableCell className="text-right tabular-nums" data-amount-minor={p.total.amountMinor}>
                {p.display}
              </TableCell>
            </TableRow>
          ))}
        </FiguresTable>
      ) : null}
    </BreakdownCard>
  );
}
