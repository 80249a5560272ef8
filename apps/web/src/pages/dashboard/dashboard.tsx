import { PROFILE_DEFAULTS } from "@airisk/domain/organisation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { CalendarClock, CircleAlert, FolderKanban, Info, RotateCcw, TriangleAlert } from "lucide-react";
import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardFooter } from "#components/ui/card.tsx";
import { Input } from "#components/ui/input.tsx";
import { Label } from "#components/ui/label.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import {
  type Drill,
  JurisdictionCard,
  type LineGroups,
  ObligationCard,
  OffenceCard,
  ProjectionCard,
  TopSystemsCard,
  TrendCard,
  useLineGroups,
} from "#pages/dashboard/breakdowns.tsx";
import { Drilldown } from "#pages/dashboard/drilldown.tsx";
import { PortfolioHeatmap } from "#pages/dashboard/heatmap.tsx";
import { ratesUsed } from "#pages/dashboard/lines.ts";
import { NoMonetaryCard, OverdueCard, SuspendedCard, SuspensionRiskCard } from "#pages/dashboard/lists.tsx";
import {
  currencyOptions,
  type Dashboard,
  type DashboardSearch,
  parseDrill,
  withDrill,
  withView,
} from "#pages/dashboard/model.ts";
import { FigureButton, RatesNote } from "#pages/dashboard/parts.tsx";
import { PageHeader } from "#pages/page-header.tsx";
import { useLocale } from "#pages/tracker/badges.tsx";
import { formatIsoDate } from "#pages/tracker/format.ts";
import { trpc } from "#trpc.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NO_LINES: Dashboard["lines"] = [];

/**
 * The executive's home: the organisation's total maximum penalty exposure as of a date, in a
 * currency, broken down by jurisdiction, system, offence and obligation, with the risk heatmap, the
 * projection of the next six months, the systems at risk of suspension, suspended systems and
 * overdue reviews. Every amount opens the line items it is the sum of (rule, citation, inputs,
 * assumptions); the date, the currency and the open drill-down live in the URL.
 */
export function DashboardPage({ search }: { search: DashboardSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const input = {
    ...(search.asOf ? { asOf: search.asOf } : {}),
    ...(search.currency ? { currency: search.currency } : {}),
  };
  const query = useQuery({
    ...trpc.dashboard.exposure.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const org = useQuery(trpc.orgs.get.queryOptions());
  const filter = parseDrill(search.drill);

  const setSearch = useCallback(
    (next: DashboardSearch, replace = false) => void navigate({ to: "/dashboard", search: next, replace }),
    [navigate],
  );
  const drill = useCallback<Drill>((f) => setSearch(withDrill(search, f)), [search, setSearch]);

  const data = query.data;
  const groups = useLineGroups(data?.lines ?? NO_LINES);
  const orgCurrency = org.data?.profile.reportingCurrency;
  const tolerance = org.data?.profile.riskTolerance ?? PROFILE_DEFAULTS.riskTolerance;

  return (
    <div className="flex flex-col gap-6" data-testid="page-dashboard">
      <PageHeader
        title={t("pages.dashboard.title")}
        description={t("pages.dashboard.description")}
        actions={
          <ViewPickers
            asOf={search.asOf ?? data?.asOf ?? ""}
            currency={search.currency ?? data?.currency ?? orgCurrency ?? ""}
            currencies={currencyOptions(orgCurrency, data?.currency, search.currency)}
            isDefault={!search.asOf && !search.currency}
            onChange={(next) => setSearch(withView(search, next), true)}
          />
        }
      />

      {query.isPending ? (
        <DashboardSkeleton />
      ) : query.isError ? (
        <Alert variant="destructive" data-testid="dashboard-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("dashboard.loadFailed")}</AlertTitle>
          <AlertDescription className="flex flex-col items-start gap-2">
            <span>{apiErrorMessage(query.error, t)}</span>
            <Button variant="outline" size="sm" onClick={() => void query.refetch()}>
              {t("dashboard.retry")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : data ? (
        <div
          className={cn("flex flex-col gap-6 transition-opacity", query.isPlaceholderData && "opacity-60")}
          aria-busy={query.isPlaceholderData}
        >
          {data.systemsCount === 0 ? <EmptyRegister /> : null}
          <TotalCard dashboard={data} groups={groups} onDrill={drill} />
          <div className="grid gap-6 xl:grid-cols-2">
            <JurisdictionCard dashboard={data} groups={groups} onDrill={drill} />
            <TopSystemsCard dashboard={data} groups={groups} onDrill={drill} />
            <OffenceCard dashboard={data} groups={groups} onDrill={drill} />
            <ObligationCard dashboard={data} groups={groups} onDrill={drill} />
            <ProjectionCard
              dashboard={data}
              onView={(asOf) => setSearch(withView(withDrill(search, undefined), { asOf }))}
            />
            <PortfolioHeatmap heatmap={data.heatmap} tolerance={tolerance} />
          </div>
          <TrendCard dashboard={data} />
          <div className="grid gap-6 lg:grid-cols-3">
            <SuspensionRiskCard dashboard={data} onDrill={drill} />
            <SuspendedCard dashboard={data} groups={groups} onDrill={drill} />
            <OverdueCard dashboard={data} groups={groups} onDrill={drill} />
          </div>
          <NoMonetaryCard dashboard={data} />
          {filter ? (
            <Drilldown
              key={search.drill}
              dashboard={data}
              filter={filter}
              onFilterChange={(f) => setSearch(withDrill(search, f), true)}
              onClose={() => setSearch(withDrill(search, undefined))}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ViewPickers({
  asOf,
  currency,
  currencies,
  isDefault,
  onChange,
}: {
  asOf: string;
  currency: string;
  currencies: string[];
  isDefault: boolean;
  onChange: (next: { asOf?: string | undefined; currency?: string | undefined }) => void;
}) {
  const { t } = useTranslation();
  const dateId = useId();
  const currencyId = useId();
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">{t("dashboard.pickers.label")}</legend>
      <div className="grid gap-1.5">
        <Label htmlFor={dateId}>{t("dashboard.pickers.asOf")}</Label>
        <Input
          id={dateId}
          type="date"
          className="h-9 w-40"
          value={asOf}
          min="2000-01-01"
          max="2100-12-31"
          data-testid="dashboard-asof"
          onChange={(e) => {
            const value = e.currentTarget.value;
            // A half-typed date is ignored until it is a whole one; clearing returns to today.
            if (value === "") onChange({ asOf: undefined });
            else if (DAY.test(value)) onChange({ asOf: value });
          }}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={currencyId}>{t("dashboard.pickers.currency")}</Label>
        <NativeSelect
          id={currencyId}
          className="w-28"
          value={currency}
          data-testid="dashboard-currency"
          onChange={(e) => onChange({ currency: e.currentTarget.value })}
        >
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </NativeSelect>
      </div>
      {!isDefault ? (
        <Button
          variant="ghost"
          size="sm"
          className="h-9"
          onClick={() => onChange({ asOf: undefined, currency: undefined })}
          data-testid="dashboard-reset"
        >
          <RotateCcw aria-hidden />
          {t("dashboard.pickers.reset")}
        </Button>
      ) : null}
    </fieldset>
  );
}

function DashboardSkeleton() {
  return (
    <div className="grid gap-6" aria-hidden>
      <Skeleton className="h-36 w-full" />
      <div className="grid gap-6 xl:grid-cols-2">
        {[0, 1, 2, 3].map((n) => (
          <Skeleton key={n} className="h-72 w-full" />
        ))}
      </div>
    </div>
  );
}

function EmptyRegister() {
  const { t } = useTranslation();
  return (
    <Card className="border-dashed shadow-none" data-testid="dashboard-empty">
      <CardContent className="flex flex-col items-center gap-3 py-8 text-center">
        <FolderKanban className="size-6 text-muted-foreground" aria-hidden />
        <p className="max-w-md text-sm text-muted-foreground">{t("dashboard.empty")}</p>
        <Button variant="outline" size="sm" asChild>
          <Link to="/portfolio">{t("dashboard.goToPortfolio")}</Link>
        </Button>
      </CardContent>
    </Card>
  );
}

/** The headline: total maximum exposure, its rate and caveats, first vs repeat, and the engine's warnings. */
function TotalCard({
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
  const titleId = useId();
  const currency = dashboard.currency;
  // The server's subtotals: a large organisation's exposure carries only its largest lines.
  const split = dashboard.byOccurrence;
  const all = {
    counted: split.first.counted + split.repeat.counted,
    unconverted: split.first.unconverted + split.repeat.unconverted,
  };
  const rates = ratesUsed(dashboard.lines);
  const future = dashboard.asOf > todayIso();
  return (
    <Card role="region" aria-labelledby={titleId}>
      <CardContent className="grid gap-5 lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]">
        <div className="grid content-start gap-2">
          <h2 id={titleId} className="text-sm font-medium text-muted-foreground">
            {t("dashboard.total.title", { date: formatIsoDate(dashboard.asOf, locale), currency })}
          </h2>
          <div className="flex flex-wrap items-baseline gap-3">
            <FigureButton
              money={dashboard.total}
              lines={dashboard.lines}
              label={t("dashboard.total.drill")}
              onClick={() => onDrill({})}
              testId="dashboard-total"
              className="text-4xl font-semibold tracking-tight"
            />
            {!dashboard.complete ? (
              <Badge
                variant="outline"
                className="border-amber-300 bg-amber-50 text-amber-900"
                data-testid="dashboard-incomplete"
              >
                <TriangleAlert aria-hidden />
                {t("dashboard.total.incomplete")}
              </Badge>
            ) : null}
            {future ? (
              <Badge variant="outline" className="border-sky-200 bg-sky-50 text-sky-800">
                <CalendarClock aria-hidden />
                {t("dashboard.total.future")}
              </Badge>
            ) : null}
          </div>
          <p className="text-sm text-muted-foreground">
            {t("dashboard.total.hint", { lines: all.counted, systems: dashboard.systemsCount })}
          </p>
          {!dashboard.complete ? (
            <p className="text-sm text-amber-900" data-testid="dashboard-incomplete-hint">
              {t("dashboard.total.incompleteHint", { count: all.unconverted, currency })}
            </p>
          ) : null}
          <RatesNote rates={rates} withCaveat />
        </div>
        <div className="grid content-start gap-3" data-testid="first-vs-repeat">
          <h3 className="text-sm font-medium text-muted-foreground">{t("dashboard.occurrence.title")}</h3>
          <dl className="grid grid-cols-[1fr_auto] items-baseline gap-x-4 gap-y-2 text-sm">
            {(["first", "repeat"] as const).map((o) => (
              <div key={o} className="contents">
                <dt>
                  {t(`dashboard.occurrence.${o}`)}{" "}
                  <span className="text-muted-foreground">
                    {t("dashboard.lineCount", { count: split[o].counted })}
                  </span>
                </dt>
                <dd>
                  <FigureButton
                    money={split[o].total}
                    lines={groups.byOccurrence.get(o) ?? NO_LINES}
                    label={t(`dashboard.occurrence.${o}`)}
                    onClick={() => onDrill({ occurrence: o })}
                    testId={`occurrence-${o}`}
                    className={o === "repeat" && split.repeat.counted > 0 ? "text-red-800" : undefined}
                  />
                </dd>
              </div>
            ))}
          </dl>
          <p className="text-xs text-muted-foreground">{t("dashboard.occurrence.hint")}</p>
        </div>
      </CardContent>
      {dashboard.warnings.length > 0 ? (
        <CardFooter>
          <details className="w-full text-sm" data-testid="dashboard-warnings">
            <summary className="flex cursor-pointer items-center gap-2 text-amber-900">
              <Info className="size-4" aria-hidden />
              {t("dashboard.warnings", { count: dashboard.warnings.length })}
            </summary>
            <ul className="mt-2 grid list-disc gap-1 pl-10 text-xs text-muted-foreground">
              {dashboard.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </details>
        </CardFooter>
      ) : null}
    </Card>
  );
}

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
