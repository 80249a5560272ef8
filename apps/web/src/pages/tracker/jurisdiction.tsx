import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ArrowLeft, CircleAlert, ExternalLink, FileQuestion, Info, Search } from "lucide-react";
import type * as React from "react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Input } from "#components/ui/input.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "#components/ui/table.tsx";
import { readApiError } from "#lib/api-error.ts";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import {
  BindingBadge,
  CitationText,
  ConfidenceBadge,
  EffectiveFrom,
  EvolvingBadge,
  InstrumentStatusBadge,
  IsoDate,
  StatusBadge,
  UnverifiedBadge,
  useLocale,
} from "#pages/tracker/badges.tsx";
import { describeAmount } from "#pages/tracker/format.ts";
import {
  type Instrument,
  instrumentDate,
  instrumentSteps,
  type JurisdictionDetail,
  type Obligation,
  type PenaltyRule,
  sortInstruments,
  type TimelineStep,
  todayIndex,
  todayIso,
} from "#pages/tracker/model.ts";
import { trpc } from "#trpc.ts";

/** One jurisdiction in full: instruments on a timeline, obligations, penalties, regulators, sources. */
export function JurisdictionPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const query = useQuery(trpc.regulations.jurisdiction.queryOptions({ code }));

  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    const { code: errorCode } = readApiError(query.error);
    // An unknown code, or one the API refuses outright as no code at all.
    if (errorCode === "NOT_FOUND" || errorCode === "BAD_REQUEST") return <JurisdictionNotFound code={code} />;
    return (
      <div className="flex flex-col gap-6">
        <BackLink />
        <Alert variant="destructive" data-testid="jurisdiction-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("tracker.detail.loadFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(query.error, t)}</AlertDescription>
        </Alert>
      </div>
    );
  }
  return <JurisdictionView jurisdiction={query.data} today={todayIso()} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link
      to="/tracker"
      className="inline-flex w-fit items-center gap-1.5 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden />
      {t("tracker.detail.back")}
    </Link>
  );
}

function JurisdictionNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center" data-testid="jurisdiction-not-found">
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <FileQuestion className="size-6" aria-hidden />
      </span>
      <h1 className="text-2xl font-semibold tracking-tight">{t("tracker.detail.notFound.title")}</h1>
      <p className="text-sm text-muted-foreground">{t("tracker.detail.notFound.description", { code })}</p>
      <Button asChild>
        <Link to="/tracker">{t("tracker.detail.notFound.back")}</Link>
      </Button>
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-72" />
      <Skeleton className="h-16 w-full max-w-3xl" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}

type SectionId =
  | "instruments"
  | "risk-categories"
  | "prohibited"
  | "obligations"
  | "penalties"
  | "regulators"
  | "children"
  | "sources";

function JurisdictionView({ jurisdiction: j, today }: { jurisdiction: JurisdictionDetail; today: string }) {
  const { t } = useTranslation();
  const childrenTitle =
    j.kind === "bloc" ? t("tracker.detail.children.members") : t("tracker.detail.children.title");
  const sections: { id: SectionId; label: string; count: number }[] = [
    { id: "instruments", label: t("tracker.detail.instruments.title"), count: j.instruments.length },
    ...(j.riskCategories.length > 0
      ? [
          {
            id: "risk-categories" as const,
            label: t("tracker.detail.riskCategories.title"),
            count: j.riskCategories.length,
          },
        ]
      : []),
    ...(j.prohibitedPractices.length > 0
      ? [
          {
            id: "prohibited" as const,
            label: t("tracker.detail.prohibited.title"),
            count: j.prohibitedPractices.length,
          },
        ]
      : []),
    { id: "obligations", label: t("tracker.detail.obligations.title"), count: j.obligations.length },
    { id: "penalties", label: t("tracker.detail.penalties.title"), count: j.penalties.length },
    ...(j.regulators.length > 0
      ? [
          {
            id: "regulators" as const,
            label: t("tracker.detail.regulators.title"),
            count: j.regulators.length,
          },
        ]
      : []),
    ...(j.children.length > 0
      ? [{ id: "children" as const, label: childrenTitle, count: j.children.length }]
      : []),
    { id: "sources", label: t("tracker.detail.sources.title"), count: j.sources.length },
  ];

  return (
    <div className="flex flex-col gap-8" data-testid="page-jurisdiction" data-code={j.code}>
      <Header jurisdiction={j} />

      <nav aria-label={t("tracker.detail.onThisPage")} className="-mt-2 flex flex-wrap gap-1.5">
        {sections.map((section) => (
          <a
            key={section.id}
            href={`#${section.id}`}
            className="inline-flex items-center gap-1.5 rounded-full border bg-background px-3 py-1 text-xs font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground"
          >
            {section.label}
            <span className="tabular-nums text-muted-foreground/80">{section.count}</span>
          </a>
        ))}
      </nav>

      {j.definitionOfAI || j.scope ? (
        <div className={cn("grid gap-4", j.definitionOfAI && j.scope && "md:grid-cols-2")}>
          {j.definitionOfAI ? (
            <Card data-testid="jurisdiction-definition">
              <CardHeader>
                <CardTitle>
                  <h2>{t("tracker.detail.definition")}</h2>
                </CardTitle>
              </CardHeader>
              <CardContent className="flex flex-col gap-2 text-sm">
                <blockquote className="border-l-2 pl-3 leading-relaxed">{j.definitionOfAI.text}</blockquote>
                {j.definitionOfAI.citation ? (
                  <span className="font-mono text-xs text-muted-foreground">{j.definitionOfAI.citation}</span>
                ) : null}
              </CardContent>
            </Card>
          ) : null}
          {j.scope ? (
            <Card data-testid="jurisdiction-scope">
              <CardHeader>
                <CardTitle>
                  <h2>{t("tracker.detail.scope")}</h2>
                </CardTitle>
              </CardHeader>
              <CardContent className="text-sm leading-relaxed">{j.scope}</CardContent>
            </Card>
          ) : null}
        </div>
      ) : null}

      <Section id="instruments" title={t("tracker.detail.instruments.title")}>
        <InstrumentTimeline instruments={j.instruments} today={today} />
      </Section>

      {j.riskCategories.length > 0 ? (
        <Section id="risk-categories" title={t("tracker.detail.riskCategories.title")}>
          <div className="grid gap-3 md:grid-cols-2">
            {j.riskCategories.map((category) => (
              <Card key={category.name} className="gap-2 py-4">
                <CardHeader className="px-4">
                  <CardTitle>
                    <h3>{category.name}</h3>
                  </CardTitle>
                </CardHeader>
                <CardContent className="flex flex-col gap-1.5 px-4 text-sm">
                  <p className="leading-relaxed">{category.description}</p>
                  {category.citation ? (
                    <span className="font-mono text-xs text-muted-foreground">{category.citation}</span>
                  ) : null}
                </CardContent>
              </Card>
            ))}
          </div>
        </Section>
      ) : null}

      {j.prohibitedPractices.length > 0 ? (
        <Section id="prohibited" title={t("tracker.detail.prohibited.title")}>
          {j.prohibitedListOpen ? (
            <Alert data-testid="prohibited-open">
              <Info aria-hidden />
              <AlertTitle>{t("tracker.detail.prohibited.openTitle")}</AlertTitle>
              <AlertDescription>{t("tracker.detail.prohibited.open")}</AlertDescription>
            </Alert>
          ) : null}
          <Card className="py-0">
            <ul className="divide-y">
              {j.prohibitedPractices.map((practice) => (
                <li
                  key={practice.id}
                  data-testid={`prohibited-${practice.id}`}
                  className="grid gap-2 p-4 md:grid-cols-[1fr_14rem_9rem]"
                >
                  <div className="flex flex-col items-start gap-1">
                    <p className="text-sm leading-relaxed">{practice.text}</p>
                    <UnverifiedBadge confidence={practice.confidence} />
                  </div>
                  <CitationText citation={practice.citation} />
                  <div>
                    <EffectiveFrom date={practice.effectiveFrom} today={today} />
                  </div>
                </li>
              ))}
            </ul>
          </Card>
        </Section>
      ) : null}

      <Section id="obligations" title={t("tracker.detail.obligations.title")}>
        <ObligationsTable obligations={j.obligations} today={today} />
      </Section>

      <Section id="penalties" title={t("tracker.detail.penalties.title")}>
        <PenaltiesTable penalties={j.penalties} today={today} />
      </Section>

      {j.regulators.length > 0 ? (
        <Section id="regulators" title={t("tracker.detail.regulators.title")}>
          <div className="grid gap-3 md:grid-cols-2">
            {j.regulators.map((regulator) => (
              <Card key={regulator.name} className="gap-2 py-4" data-testid="regulator">
                <CardHeader className="px-4">
                  <CardTitle>
                    <h3>{regulator.name}</h3>
                  </CardTitle>
                </CardHeader>
                <CardContent className="flex flex-col gap-1.5 px-4 text-sm">
                  <p className="leading-relaxed text-muted-foreground">{regulator.role}</p>
                  {regulator.citation ? (
                    <span className="font-mono text-xs">{regulator.citation}</span>
                  ) : null}
                </CardContent>
              </Card>
            ))}
          </div>
        </Section>
      ) : null}

      {j.children.length > 0 ? (
        <Section id="children" title={childrenTitle}>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {j.children.map((child) => (
              <li key={child.code}>
                <Link
                  to="/tracker/$code"
                  params={{ code: child.code }}
                  data-testid={`child-${child.code}`}
                  className="flex items-center justify-between gap-2 rounded-lg border bg-card px-3 py-2 text-sm transition-colors hover:bg-accent"
                >
                  <span className="flex items-baseline gap-2">
                    <span className="font-medium">{child.name}</span>
                    <span className="font-mono text-xs text-muted-foreground">{child.code}</span>
                  </span>
                  <StatusBadge status={child.status} />
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="sources" title={t("tracker.detail.sources.title")}>
        <Card className="py-0">
          <ul className="divide-y">
            {j.sources.map((source, index) => (
              <li
                // Titles may repeat across editions; the position keeps keys unique.
                key={`${source.title}-${index}`}
                data-testid="source"
                className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between"
              >
                {source.url ? (
                  <a
                    href={source.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="inline-flex items-start gap-1.5 underline-offset-4 hover:underline"
                  >
                    <span>{source.title}</span>
                    <ExternalLink className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" aria-hidden />
                  </a>
                ) : (
                  <span>{source.title}</span>
                )}
                <ConfidenceBadge confidence={source.confidence} />
              </li>
            ))}
          </ul>
        </Card>
      </Section>
    </div>
  );
}

function Header({ jurisdiction: j }: { jurisdiction: JurisdictionDetail }) {
  const { t } = useTranslation();
  return (
    <header className="flex flex-col gap-3">
      <BackLink />
      <div className="flex flex-col gap-2">
        <h1 className="flex flex-wrap items-baseline gap-x-3 text-2xl font-semibold tracking-tight">
          <span data-testid="jurisdiction-title">{j.name}</span>
          <span className="font-mono text-base font-normal text-muted-foreground">{j.code}</span>
        </h1>
        <div className="flex flex-wrap items-center gap-1.5">
          <StatusBadge status={j.status} />
          <BindingBadge binding={j.binding} />
          {j.evolving ? <EvolvingBadge /> : null}
        </div>
        <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted-foreground">
          <span>{t(`tracker.kind.${j.kind}`)}</span>
          <span aria-hidden>·</span>
          <span>{t(`tracker.region.${j.region}`)}</span>
          {j.parent ? (
            <>
              <span aria-hidden>·</span>
              <Link
                to="/tracker/$code"
                params={{ code: j.parent }}
                className="underline-offset-4 hover:underline"
                data-testid="jurisdiction-parent"
              >
                {t("tracker.list.partOf", { parent: j.parent })}
              </Link>
            </>
          ) : null}
          <span aria-hidden>·</span>
          <span>
            {t("tracker.detail.lastChecked")} <IsoDate date={j.lastChecked} />
          </span>
        </p>
      </div>
      <p className="max-w-3xl text-sm leading-relaxed" data-testid="jurisdiction-summary">
        {j.summary}
      </p>
    </header>
  );
}

function Section({ id, title, children }: { id: SectionId; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="flex scroll-mt-20 flex-col gap-3">
      <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

function InstrumentTimeline({ instruments, today }: { instruments: Instrument[]; today: string }) {
  const sorted = sortInstruments(instruments);
  // "Today" sits before the first instrument that only starts to apply later (undated ones stay last).
  const dates = sorted.map((instrument) => ({ date: instrumentDate(instrument) ?? "" }));
  const dated = dates.filter((d) => d.date !== "");
  const todayAt = todayIndex(dated, today);
  const entries = sorted.map((instrument) => (
    <InstrumentEntry key={instrument.id} instrument={instrument} today={today} />
  ));
  entries.splice(todayAt, 0, <TodayMarker key="today" today={today} className="-ml-[5px] pb-6" />);
  return (
    <ol className="relative ml-2 border-l-2 border-border" data-testid="instrument-timeline">
      {entries}
    </ol>
  );
}

function TodayMarker({ today, className }: { today: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <li className={cn("flex items-center gap-2", className)} data-testid="timeline-today" aria-current="date">
      <span aria-hidden className="h-0.5 w-4 bg-destructive" />
      <span className="text-xs font-semibold text-destructive uppercase">
        {t("tracker.detail.instruments.today")}
      </span>
      <IsoDate date={today} className="text-xs text-destructive" />
      <span aria-hidden className="h-0.5 flex-1 bg-destructive/30" />
    </li>
  );
}

function InstrumentEntry({ instrument: i, today }: { instrument: Instrument; today: string }) {
  const { t } = useTranslation();
  const steps = instrumentSteps(i, today);
  const future = steps.length > 0 && steps.every((s) => s.future);
  return (
    <li className="relative pb-6 pl-6 last:pb-0" data-testid={`instrument-${i.id}`} data-status={i.status}>
      <span
        aria-hidden
        className={cn(
          "absolute top-5 -left-[9px] size-4 rounded-full border-2 border-background",
          future ? "bg-sky-400" : i.binding ? "bg-primary" : "bg-muted-foreground/50",
        )}
      />
      <Card className="gap-3 py-4">
        <CardHeader className="px-4">
          <CardTitle className="flex flex-col gap-1.5">
            <h3 className="leading-snug">{i.name}</h3>
            {i.number ? (
              <span className="font-mono text-xs font-normal text-muted-foreground">{i.number}</span>
            ) : null}
          </CardTitle>
          <div className="flex flex-wrap gap-1.5 pt-1">
            <InstrumentStatusBadge status={i.status} />
            <BindingBadge binding={i.binding} />
            <UnverifiedBadge confidence={i.confidence} />
          </div>
        </CardHeader>
        <CardContent className="flex flex-col gap-3 px-4">
          <p className="text-sm leading-relaxed text-muted-foreground">{i.summary}</p>
          {steps.length > 0 ? (
            <Steps steps={steps} today={today} />
          ) : (
            <p className="text-xs text-muted-foreground">{t("tracker.detail.instruments.noDates")}</p>
          )}
        </CardContent>
      </Card>
    </li>
  );
}

/** An instrument's dated steps, oldest first, with a "today" line between past and future. */
function Steps({ steps, today }: { steps: TimelineStep[]; today: string }) {
  const { t } = useTranslation();
  const todayAt = todayIndex(steps, today);
  const items = steps.map((step, index) => (
    <li
      // Steps of one instrument may share a date, rarely the same words too.
      key={`${step.date}-${index}`}
      data-testid="timeline-step"
      data-future={step.future}
      className={cn(
        "grid grid-cols-[7.5rem_1fr] items-start gap-3 rounded-md px-2 py-1.5 text-sm",
        step.future && "border border-dashed border-sky-300 bg-sky-50/60",
      )}
    >
      <IsoDate
        date={step.date}
        className={cn("pt-0.5 text-xs font-medium", step.future ? "text-sky-800" : "text-muted-foreground")}
      />
      <span className="flex flex-wrap items-center gap-1.5">
        <span className={cn(step.future ? "text-sky-950" : "text-foreground")}>
          {step.kind === "enacted"
            ? t("tracker.detail.instruments.enacted")
            : step.kind === "inForce"
              ? t("tracker.detail.instruments.inForce")
              : step.what}
        </span>
        {step.future ? (
          <Badge variant="outline" className="border-sky-200 bg-white text-sky-800">
            {t("tracker.detail.instruments.upcoming")}
          </Badge>
        ) : null}
        <UnverifiedBadge confidence={step.confidence} />
      </span>
    </li>
  ));
  // Marked only where it splits the steps: an instrument wholly in the past needs no "today" line.
  if (todayAt < steps.length)
    items.splice(todayAt, 0, <TodayMarker key="today" today={today} className="py-1" />);
  return <ol className="flex flex-col gap-1">{items}</ol>;
}

function ObligationsTable({ obligations, today }: { obligations: Obligation[]; today: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState("");
  if (obligations.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("tracker.detail.obligations.none")}</p>;
  }
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? obligations.filter((o) =>
        [o.id, o.title, o.summary, o.appliesWhen, o.citation.text].join(" ").toLowerCase().includes(needle),
      )
    : obligations;
  return (
    <div className="flex flex-col gap-3">
      {obligations.length > 8 ? (
        <div className="relative max-w-sm">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden
          />
          <label htmlFor={`${id}-filter`} className="sr-only">
            {t("tracker.detail.obligations.filter")}
          </label>
          <Input
            id={`${id}-filter`}
            type="search"
            className="pl-8"
            value={filter}
            placeholder={t("tracker.detail.obligations.filter")}
            data-testid="obligations-filter"
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
      ) : null}
      <Card className="py-0">
        <Table data-testid="obligations-table">
          <TableHeader>
            <TableRow>
              <TableHead>{t("tracker.detail.obligations.obligation")}</TableHead>
              <TableHead>{t("tracker.detail.obligations.appliesWhen")}</TableHead>
              <TableHead>{t("tracker.detail.obligations.citation")}</TableHead>
              <TableHead>{t("tracker.detail.obligations.effectiveFrom")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((o) => (
              <TableRow
                key={o.id}
                id={`obligation-${o.id}`}
                data-testid={`obligation-${o.id}`}
                className="scroll-mt-20 align-top target:bg-accent/60"
              >
                <TableCell className="min-w-64 align-top">
                  <div className="flex flex-col items-start gap-1">
                    <span className="font-medium">{o.title}</span>
                    <span className="font-mono text-[11px] text-muted-foreground">{o.id}</span>
                    <span className="text-sm leading-relaxed text-muted-foreground">{o.summary}</span>
                    {o.notes.length > 0 ? (
                      <ul className="list-disc pl-4 text-xs text-muted-foreground">
                        {o.notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    ) : null}
                    <UnverifiedBadge confidence={o.confidence} />
                  </div>
                </TableCell>
                <TableCell className="min-w-48 align-top text-sm whitespace-normal">
                  {o.appliesWhen}
                </TableCell>
                <TableCell className="min-w-40 align-top">
                  <CitationText citation={o.citation} testId={`obligation-basis-${o.id}`} />
                </TableCell>
                <TableCell className="align-top">
                  <EffectiveFrom date={o.effectiveFrom} today={today} />
                </TableCell>
              </TableRow>
            ))}
            {shown.length === 0 ? (
              <TableRow>
                <TableCell colSpan={4} className="py-6 text-center text-sm text-muted-foreground">
                  {t("tracker.detail.obligations.noMatch")}
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </Card>
    </div>
  );
}

function PenaltiesTable({ penalties, today }: { penalties: PenaltyRule[]; today: string }) {
  const { t } = useTranslation();
  if (penalties.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("tracker.detail.penalties.none")}</p>;
  }
  return (
    <Card className="py-0">
      <Table data-testid="penalties-table">
        <TableHeader>
          <TableRow>
            <TableHead>{t("tracker.detail.penalties.offence")}</TableHead>
            <TableHead>{t("tracker.detail.penalties.amount")}</TableHead>
            <TableHead>{t("tracker.detail.penalties.whoMayBeFined")}</TableHead>
            <TableHead>{t("tracker.detail.penalties.other")}</TableHead>
            <TableHead>{t("tracker.detail.penalties.effectiveFrom")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {penalties.map((p) => (
            <TableRow
              key={p.id}
              data-testid={`penalty-${p.id}`}
              data-proposed={p.proposed}
              className={cn("align-top", p.proposed && "bg-muted/30")}
            >
              <TableCell className="min-w-64 align-top">
                <div className="flex flex-col items-start gap-1.5">
                  {p.proposed ? (
                    <Badge
                      variant="outline"
                      data-testid={`penalty-proposed-${p.id}`}
                      className="border-dashed border-amber-300 bg-amber-50 text-amber-900"
                      title={t("tracker.detail.penalties.proposedHint")}
                    >
                      {t("tracker.detail.penalties.proposed")}
                    </Badge>
                  ) : null}
                  <span className="font-medium">{p.offence}</span>
                  <CitationText citation={p.citation} />
                  {p.notes.length > 0 ? (
                    <details className="text-xs text-muted-foreground">
                      <summary className="cursor-pointer select-none hover:text-foreground">
                        {t("tracker.detail.penalties.notes", { count: p.notes.length })}
                      </summary>
                      <ul className="mt-1 list-disc pl-4">
                        {p.notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                  <TriggeredBy obligationIds={p.triggeredBy} />
                  <UnverifiedBadge confidence={p.confidence} />
                </div>
              </TableCell>
              <TableCell className="min-w-64 align-top">
                <Amount penalty={p} />
              </TableCell>
              <TableCell className="min-w-40 align-top text-sm whitespace-normal">
                {p.whoMayBeFined}
              </TableCell>
              <TableCell className="min-w-40 align-top text-sm">
                {p.nonMonetary.length > 0 ? (
                  <ul className="list-disc pl-4">
                    {p.nonMonetary.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-muted-foreground">{t("tracker.detail.penalties.noOther")}</span>
                )}
              </TableCell>
              <TableCell className="align-top">
                {p.effectiveFrom === null ? (
                  <span className="text-xs text-muted-foreground">
                    {t("tracker.detail.penalties.noDate")}
                  </span>
                ) : (
                  <EffectiveFrom date={p.effectiveFrom} today={today} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

/** The obligations whose gap can trigger a penalty, as links to their rows; a long list folds away. */
function TriggeredBy({ obligationIds }: { obligationIds: string[] }) {
  const { t } = useTranslation();
  if (obligationIds.length === 0) return null;
  const links = obligationIds.map((obligationId, index) => (
    <span key={obligationId}>
      {index > 0 ? ", " : null}
      <a
        href={`#obligation-${obligationId}`}
        className="font-mono break-all underline-offset-4 hover:underline"
      >
        {obligationId}
      </a>
    </span>
  ));
  if (obligationIds.length <= 3) {
    return (
      <span className="text-xs text-muted-foreground">
        {t("tracker.detail.penalties.triggeredBy")} {links}
      </span>
    );
  }
  return (
    <details className="text-xs text-muted-foreground">
      <summary className="cursor-pointer select-none hover:text-foreground">
        {t("tracker.detail.penalties.triggeredByMany", { count: obligationIds.length })}
      </summary>
      <p className="mt-1">{links}</p>
    </details>
  );
}

function Amount({ penalty }: { penalty: PenaltyRule }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const description = describeAmount(penalty.amount, locale, t);
  return (
    <div className="flex flex-col gap-1.5 text-sm" data-amount-kind={penalty.amount.kind}>
      <span className={cn(description.rows.length === 0 && "font-medium")}>{description.text}</span>
      {description.rows.length > 0 ? (
        <table className="w-full max-w-80 text-xs">
          <thead>
            <tr className="border-b text-muted-foreground">
              <th className="py-1 pr-2 text-left font-medium">{t("tracker.detail.penalties.offender")}</th>
              <th className="py-1 pr-2 text-right font-medium">{t("tracker.detail.penalties.first")}</th>
              <th className="py-1 text-right font-medium">{t("tracker.detail.penalties.repeat")}</th>
            </tr>
          </thead>
          <tbody>
            {description.rows.map((row) => (
              <tr key={row.category} className="border-b last:border-0">
                <td className="py-1 pr-2">{t(`tracker.offender.${row.category}`)}</td>
                <td className="py-1 pr-2 text-right tabular-nums">
                  {t("tracker.amount.mci", { multiple: row.first.toLocaleString(locale) })}
                </td>
                <td className="py-1 text-right tabular-nums">
                  {t("tracker.amount.mci", { multiple: row.repeat.toLocaleString(locale) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {description.repeatWindow ? (
        <span className="text-xs text-muted-foreground">
          {t("tracker.amount.repeatWindow", { window: description.repeatWindow })}
        </span>
      ) : null}
      <span className="text-xs text-muted-foreground">{t(`tracker.per.${penalty.per}`)}</span>
    </div>
  );
}
