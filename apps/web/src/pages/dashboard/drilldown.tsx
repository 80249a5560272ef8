import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { CircleAlert, Download, Gavel, OctagonAlert, X } from "lucide-react";
import { Dialog } from "radix-ui";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { cn } from "#lib/utils.ts";
import { CSV_COLUMNS, type CsvColumn, csvFileName, linesToCsv } from "#pages/dashboard/csv.ts";
import { figureText, formatMoney } from "#pages/dashboard/format.ts";
import { filterLines, isEmptyFilter, subtotal } from "#pages/dashboard/lines.ts";
import type { Dashboard, DrillFilter, ExposureLine } from "#pages/dashboard/model.ts";
import { BasisBadge, ConvertedText, figureParts, RatesNote } from "#pages/dashboard/parts.tsx";
import { UnverifiedBadge, useLocale } from "#pages/tracker/badges.tsx";
import { formatIsoDate } from "#pages/tracker/format.ts";
import { trpc, trpcClient } from "#trpc.ts";

/** Line items rendered at once; the rest follow on demand (the CSV always holds them all). */
const PAGE = 50;
/** Lines per request when the CSV export pages through `dashboard.lines`. */
const CSV_PAGE = 500;

/** Input keys the engine writes, shown in words; any other key is shown as sent. */
const INPUT_KEYS = [
  "offenderCategory",
  "firstOrRepeat",
  "mciCount",
  "mciYear",
  "mciValue",
  "mciSource",
  "maximum",
  "minimum",
  "fixedCap",
  "percent",
  "rule",
  "annualTurnover",
  "annualTurnoverConverted",
  "percentOfTurnover",
  "applied",
] as const;
type InputKey = (typeof INPUT_KEYS)[number];
const isInputKey = (key: string): key is InputKey => (INPUT_KEYS as readonly string[]).includes(key);

function download(text: string, name: string): void {
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  const blob = new Blob([`\uFEFF${text}`], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The line items behind a figure, in a side panel over the dashboard: each names its system, rule,
 * offence, citation (with its basis), first or repeat, inputs, assumptions (each with its basis),
 * consequences, amount and converted amount with the rate and its date. The filter lives in the
 * URL (`drill`), so Back closes the panel and a drilled view can be shared; its CSV export holds
 * exactly the lines in view.
 */
export function Drilldown({
  dashboard,
  filter,
  onFilterChange,
  onClose,
}: {
  dashboard: Dashboard;
  filter: DrillFilter;
  onFilterChange: (filter: DrillFilter) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = dashboard.currency;
  // A large organisation's exposure carries only its largest lines (`linesOmitted` > 0): the
  // drill-down then asks the server for the lines matching the filter, a page at a time.
  const remote = dashboard.linesOmitted > 0;
  const input = {
    ...(dashboard.asOf ? { asOf: dashboard.asOf } : {}),
    currency,
    ...(filter.systemId ? { systemId: filter.systemId } : {}),
    ...(filter.ruleId ? { ruleId: filter.ruleId } : {}),
    ...(filter.jurisdiction ? { jurisdiction: filter.jurisdiction } : {}),
    ...(filter.obligationId ? { obligationId: filter.obligationId } : {}),
    ...(filter.occurrence ? { occurrence: filter.occurrence } : {}),
  };
  const pages = useInfiniteQuery({
    ...trpc.dashboard.lines.infiniteQueryOptions(
      { ...input, limit: PAGE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
    enabled: remote,
  });
  const local = useMemo(
    () => (remote ? [] : filterLines(dashboard.lines, filter, currency)),
    [remote, dashboard.lines, filter, currency],
  );
  const lines = remote ? (pages.data?.pages.flatMap((p) => p.items) ?? []) : local;
  const sum = remote ? (pages.data?.pages[0]?.subtotal ?? subtotal([], currency)) : subtotal(lines, currency);
  const [shownLocally, setShown] = useState(PAGE);
  const shown = remote ? lines.length : shownLocally;
  const chips = filterChips(dashboard, filter, t, lines);
  const [exporting, setExporting] = useState(false);

  const exportCsv = async () => {
    const header = Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`dashboard.csv.${c}`)])) as Record<
      CsvColumn,
      string
    >;
    const scope = chips.map((c) => c.value).join("-");
    let all = lines;
    if (remote) {
      setExporting(true);
      try {
        all = [];
        let cursor: string | undefined;
        for (;;) {
          const page = await trpcClient.dashboard.lines.query({
            ...input,
            limit: CSV_PAGE,
            ...(cursor ? { cursor } : {}),
          });
          all.push(...page.items);
          if (!page.nextCursor) break;
          cursor = page.nextCursor;
        }
      } finally {
        setExporting(false);
      }
    }
    download(linesToCsv(all, currency, header), csvFileName(dashboard.asOf, currency, scope));
  };

  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/30" />
        <Dialog.Content
          data-testid="drilldown"
          className="fixed inset-y-0 right-0 z-50 flex w-full max-w-5xl flex-col border-l bg-background shadow-xl"
        >
          <header className="grid gap-3 border-b p-5 pr-14">
            <Dialog.Title className="text-lg font-semibold tracking-tight">
              {isEmptyFilter(filter) ? t("dashboard.drill.titleAll") : t("dashboard.drill.title")}
            </Dialog.Title>
            <Dialog.Description asChild>
              <div className="grid gap-2 text-sm">
                {chips.length > 0 ? (
                  <ul className="flex flex-wrap gap-2" aria-label={t("dashboard.drill.filters")}>
                    {chips.map((chip) => (
                      <li key={chip.field}>
                        <Badge variant="secondary" className="gap-1.5 py-1 pr-1">
                          <span className="text-muted-foreground">{chip.label}</span>
                          <span className="max-w-64 truncate" title={chip.text}>
                            {chip.text}
                          </span>
                          <button
                            type="button"
                            className="rounded-sm p-0.5 hover:bg-background"
                            aria-label={t("dashboard.drill.removeFilter", {
                              filter: `${chip.label} ${chip.text}`,
                            })}
                            onClick={() => {
                              setShown(PAGE);
                              onFilterChange({ ...filter, [chip.field]: undefined });
                            }}
                          >
                            <X className="size-3" aria-hidden />
                          </button>
                        </Badge>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="text-muted-foreground" data-testid="drilldown-summary">
                  {t("dashboard.drill.summary", {
                    count: sum.lines,
                    counted: sum.counted,
                    date: formatIsoDate(dashboard.asOf, locale),
                  })}{" "}
                  <span
                    className="font-semibold text-foreground tabular-nums"
                    data-amount-minor={sum.total.amountMinor}
                  >
                    {figureText(sum.total, figureParts(lines, currency), locale)}
                  </span>
                  {sum.unconverted > 0 ? (
                    <span className="text-amber-800">
                      {" "}
                      {t("dashboard.drill.unconverted", { count: sum.unconverted, currency })}
                    </span>
                  ) : null}
                </p>
                <RatesNote lines={lines} withCaveat />
              </div>
            </Dialog.Description>
            <div className="flex flex-wrap items-center gap-2">
              <Button
                size="sm"
                variant="outline"
                onClick={() => void exportCsv()}
                disabled={sum.lines === 0 || exporting}
                data-testid="export-csv"
              >
                <Download aria-hidden />
                {t("dashboard.drill.exportCsv", { count: sum.lines })}
              </Button>
              {filter.systemId ? (
                <Button size="sm" variant="ghost" asChild>
                  <Link to="/systems/$id" params={{ id: filter.systemId }}>
                    {t("dashboard.drill.openSystem")}
                  </Link>
                </Button>
              ) : null}
              {!isEmptyFilter(filter) ? (
                <Button size="sm" variant="ghost" onClick={() => onFilterChange({})}>
                  {t("dashboard.drill.showAll")}
                </Button>
              ) : null}
            </div>
          </header>
          <div className="flex-1 overflow-y-auto p-5">
            {remote && pages.isPending ? (
              <p className="py-10 text-center text-sm text-muted-foreground" role="status">
                {t("dashboard.drill.loading")}
              </p>
            ) : lines.length === 0 ? (
              <p className="py-10 text-center text-sm text-muted-foreground" data-testid="drilldown-empty">
                {t("dashboard.drill.empty")}
              </p>
            ) : (
              <ol className="grid gap-3" aria-label={t("dashboard.drill.listLabel")}>
                {lines.slice(0, shown).map((line) => (
                  <LineItem key={line.id} line={line} currency={currency} />
                ))}
              </ol>
            )}
            {sum.lines > shown ? (
              <div className="flex justify-center pt-4">
                <Button
                  variant="outline"
                  size="sm"
                  disabled={remote && pages.isFetchingNextPage}
                  onClick={() => (remote ? void pages.fetchNextPage() : setShown((n) => n + PAGE))}
                >
                  {t("dashboard.drill.more", { shown, count: sum.lines })}
                </Button>
              </div>
            ) : null}
          </div>
          <Dialog.Close asChild>
            <button
              type="button"
              className="absolute top-4 right-4 rounded-sm p-1 opacity-70 hover:opacity-100 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
              aria-label={t("dashboard.drill.close")}
              data-testid="drilldown-close"
            >
              <X className="size-4" aria-hidden />
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

type Chip = { field: keyof DrillFilter; label: string; text: string; value: string };

function filterChips(
  dashboard: Dashboard,
  filter: DrillFilter,
  t: TFunction,
  /** The lines in view: a large organisation's `bySystem` holds only its largest systems. */
  lines: readonly ExposureLine[] = [],
): Chip[] {
  const chips: Chip[] = [];
  if (filter.jurisdiction) {
    const j = dashboard.byJurisdiction.find((x) => x.jurisdiction === filter.jurisdiction);
    chips.push({
      field: "jurisdiction",
      label: t("dashboard.drill.by.jurisdiction"),
      text: j ? `${j.name} (${j.jurisdiction})` : filter.jurisdiction,
      value: filter.jurisdiction,
    });
  }
  if (filter.systemId) {
    const s =
      dashboard.bySystem.find((x) => x.systemId === filter.systemId) ??
      lines.find((x) => x.systemId === filter.systemId);
    chips.push({
      field: "systemId",
      label: t("dashboard.drill.by.system"),
      text: s?.systemName ?? filter.systemId,
      value: s?.systemName ?? filter.systemId,
    });
  }
  if (filter.ruleId) {
    chips.push({
      field: "ruleId",
      label: t("dashboard.drill.by.rule"),
      text: filter.ruleId,
      value: filter.ruleId,
    });
  }
  if (filter.obligationId) {
    const title = dashboard.lines
      .flatMap((l) => l.obligations)
      .find((o) => o.id === filter.obligationId)?.title;
    chips.push({
      field: "obligationId",
      label: t("dashboard.drill.by.obligation"),
      text: title ? `${title} (${filter.obligationId})` : filter.obligationId,
      value: filter.obligationId,
    });
  }
  if (filter.occurrence) {
    chips.push({
      field: "occurrence",
      label: t("dashboard.drill.by.occurrence"),
      text: t(`dashboard.occurrence.${filter.occurrence}`),
      value: filter.occurrence,
    });
  }
  return chips;
}

function LineItem({ line, currency }: { line: ExposureLine; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const inputs = Object.entries(line.inputs);
  const foreign = line.amount.currency !== currency;
  return (
    <li
      data-testid="line-item"
      data-line-id={line.id}
      data-counted={line.counted}
      data-rule={line.ruleId}
      data-system={line.systemId}
      className={cn("grid gap-3 rounded-lg border p-4 text-sm", !line.counted && "border-dashed bg-muted/30")}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div className="grid min-w-0 flex-1 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <Link to="/systems/$id" params={{ id: line.systemId }} className="font-semibold hover:underline">
              {line.systemName}
            </Link>
            <Badge variant="outline" title={t("dashboard.drill.jurisdiction")}>
              {line.jurisdiction}
            </Badge>
            {line.reachedThrough.length > 0 && !line.reachedThrough.includes(line.jurisdiction) ? (
              <span className="text-xs text-muted-foreground">
                {t("dashboard.drill.reachedThrough", { codes: line.reachedThrough.join(", ") })}
              </span>
            ) : null}
            <code className="font-mono text-xs text-muted-foreground" data-testid="line-rule">
              {line.ruleId}
            </code>
          </div>
          <p>{line.offence}</p>
        </div>
        <div className="grid justify-items-end gap-0.5 text-right">
          <span
            className={cn(
              "text-base font-semibold tabular-nums",
              !line.counted && "text-muted-foreground line-through",
            )}
            data-testid="line-amount"
            data-amount-minor={line.amount.amountMinor}
            data-currency={line.amount.currency}
          >
            {formatMoney(line.amount, locale)}
          </span>
          {line.converted ? (
            <ConvertedText amount={line.converted.amount} rate={line.converted} />
          ) : foreign ? (
            <span className="text-xs text-amber-800" data-testid="line-unconverted">
              {t("dashboard.drill.noRate", { from: line.amount.currency, to: currency })}
            </span>
          ) : null}
          <span className="text-xs text-muted-foreground">
            {t("dashboard.drill.valuedAt", { date: formatIsoDate(line.valuedAt, locale) })}
          </span>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center gap-1.5 font-mono text-xs" data-testid="line-citation">
          <Gavel className="size-3.5 text-muted-foreground" aria-hidden />
          {line.citation.text}
        </span>
        <BasisBadge
          basis={line.citation.basis}
          {...(line.citation.note ? { note: line.citation.note } : {})}
        />
        <Badge
          variant="outline"
          data-testid="line-occurrence"
          data-occurrence={line.firstOrRepeat}
          className={line.firstOrRepeat === "repeat" ? "border-red-200 bg-red-50 text-red-800" : undefined}
        >
          {t(`dashboard.occurrence.one.${line.firstOrRepeat}`)}
        </Badge>
        {line.priorOffence ? (
          <span className="text-xs text-muted-foreground">
            {t("dashboard.drill.priorOffence", { date: formatIsoDate(line.priorOffence.occurredAt, locale) })}
          </span>
        ) : null}
        {line.unverified ? <UnverifiedBadge confidence={line.confidence} /> : null}
        {line.source === "recorded_offence" ? (
          <Badge variant="outline">{t("dashboard.drill.recordedOffence")}</Badge>
        ) : null}
        {line.suspendedSystem ? (
          <Badge variant="outline" className="border-amber-300 bg-amber-50 text-amber-900">
            {t("dashboard.drill.suspendedSystem")}
          </Badge>
        ) : null}
        {line.per !== "violation" ? (
          <span className="text-xs text-muted-foreground">{t("dashboard.drill.per", { per: line.per })}</span>
        ) : null}
      </div>

      {!line.counted ? (
        <p className="flex items-start gap-2 text-xs text-muted-foreground" data-testid="not-counted">
          <CircleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
          <span>
            <span className="font-medium">{t("dashboard.drill.notCounted")}</span>{" "}
            {line.notCountedReason ?? t("dashboard.drill.notCountedNoReason")}
          </span>
        </p>
      ) : null}

      {line.obligations.length > 0 || line.grounds.length > 0 ? (
        <div className="grid gap-1">
          <h4 className="text-xs font-medium text-muted-foreground">{t("dashboard.drill.triggeredBy")}</h4>
          <ul className="grid gap-1 text-xs">
            {line.obligations.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-2">
                <span>{o.title}</span>
                <Badge variant="outline" className="text-[11px]">
                  {t(`dashboard.drill.obligationStatus.${o.status}`)}
                </Badge>
                <span className="font-mono text-muted-foreground">{o.citation.text}</span>
                <BasisBadge
                  basis={o.citation.basis}
                  {...(o.citation.note ? { note: o.citation.note } : {})}
                />
              </li>
            ))}
            {line.grounds.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        {inputs.length > 0 ? (
          <div className="grid content-start gap-1">
            <h4 className="text-xs font-medium text-muted-foreground">{t("dashboard.drill.inputs")}</h4>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs" data-testid="line-inputs">
              {inputs.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="text-muted-foreground" title={key}>
                    {isInputKey(key) ? t(`dashboard.drill.inputKeys.${key}`) : key}
                  </dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        {line.assumptions.length > 0 ? (
          <div className="grid content-start gap-1">
            <h4 className="text-xs font-medium text-muted-foreground">{t("dashboard.drill.assumptions")}</h4>
            <ul className="grid gap-1.5 text-xs" data-testid="line-assumptions">
              {line.assumptions.map((a) => (
                <li key={a.text} className="flex items-start gap-2">
                  <BasisBadge basis={a.basis} className="shrink-0" />
                  <span>{a.text}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      {line.consequences.length > 0 ? (
        <div className="grid gap-1" data-testid="line-consequences">
          <h4 className="text-xs font-medium text-muted-foreground">{t("dashboard.drill.consequences")}</h4>
          <ul className="grid gap-1 text-xs text-red-800">
            {line.consequences.map((c) => (
              <li key={c} className="flex items-start gap-1.5">
                <OctagonAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden />
                {c}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
