import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { CalendarClock, CircleAlert, CornerDownRight, Search, X } from "lucide-react";
import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent } from "#components/ui/card.tsx";
import { Input } from "#components/ui/input.tsx";
import { Label } from "#components/ui/label.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "#components/ui/table.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { PageHeader } from "#pages/page-header.tsx";
import { BindingBadge, EvolvingBadge, NextChange, StatusBadge } from "#pages/tracker/badges.tsx";
import {
  type JurisdictionListItem,
  listInput,
  nestByParent,
  REGIONS,
  STATUSES,
  type TrackerSearch,
} from "#pages/tracker/model.ts";
import { trpc } from "#trpc.ts";

const SEARCH_DELAY_MS = 250;

/** Every jurisdiction of the catalogue, filtered on the server by what the URL says. */
export function TrackerListPage({ search }: { search: TrackerSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useQuery({
    ...trpc.regulations.jurisdictions.queryOptions(listInput(search)),
    placeholderData: keepPreviousData,
  });
  const filtered = search.q !== undefined || search.status || search.region || search.binding;

  const setSearch = useCallback(
    (next: Partial<TrackerSearch>, replace = false) =>
      void navigate({ to: "/tracker", search: { ...search, ...next }, replace }),
    [navigate, search],
  );

  return (
    <div className="flex flex-col gap-6" data-testid="page-tracker">
      <PageHeader
        title={t("pages.tracker.title")}
        description={t("pages.tracker.description")}
        actions={
          <Button asChild variant="outline">
            <Link to="/tracker/upcoming" data-testid="tracker-upcoming-link">
              <CalendarClock aria-hidden />
              {t("tracker.upcoming.link")}
            </Link>
          </Button>
        }
      />

      <Filters search={search} onChange={setSearch} />

      {query.isPending ? (
        <Card>
          <CardContent className="grid gap-3">
            {[0, 1, 2, 3, 4].map((n) => (
              <Skeleton key={n} className="h-10 w-full" />
            ))}
          </CardContent>
        </Card>
      ) : query.isError ? (
        <Alert variant="destructive" data-testid="tracker-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("tracker.list.loadFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(query.error, t)}</AlertDescription>
        </Alert>
      ) : (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            <span data-testid="tracker-count">
              {t("tracker.list.count", { count: query.data.items.length })}
            </span>
            <span aria-hidden> · </span>
            <span>{t("tracker.list.catalogueVersion", { version: query.data.catalogueVersion })}</span>
          </p>
          {query.data.items.length === 0 ? (
            <Card className="border-dashed shadow-none" data-testid="tracker-empty">
              <CardContent className="flex flex-col items-center gap-3 py-10 text-center">
                <p className="text-sm text-muted-foreground">
                  {filtered ? t("tracker.list.noMatch") : t("tracker.list.catalogueEmpty")}
                </p>
                {filtered ? (
                  <Button variant="outline" size="sm" asChild>
                    <Link to="/tracker" search={{}}>
                      {t("tracker.filters.clear")}
                    </Link>
                  </Button>
                ) : null}
              </CardContent>
            </Card>
          ) : (
            <JurisdictionTable items={query.data.items} stale={query.isPlaceholderData} />
          )}
        </>
      )}
    </div>
  );
}

function Filters({
  search,
  onChange,
}: {
  search: TrackerSearch;
  onChange: (next: Partial<TrackerSearch>, replace?: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(search.q ?? "");

  // The URL follows the box after a pause (replacing, so typing leaves one history entry)…
  useEffect(() => {
    const q = text.trim() === "" ? undefined : text.trim();
    if (q === search.q) return;
    const timer = setTimeout(() => onChange({ q }, true), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search.q, onChange]);

  // …and the box follows the URL when it changes otherwise (back button, "clear filters").
  const [seen, setSeen] = useState(search.q);
  if (seen !== search.q) {
    setSeen(search.q);
    if ((text.trim() || undefined) !== search.q) setText(search.q ?? "");
  }

  const any = search.q !== undefined || search.status || search.region || search.binding;

  return (
    <search className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,1fr)_11rem_11rem_12rem_auto] lg:items-end">
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-q`}>{t("tracker.filters.search")}</Label>
        <div className="relative">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden
          />
          <Input
            id={`${id}-q`}
            type="search"
            className="pl-8"
            value={text}
            maxLength={100}
            placeholder={t("tracker.filters.searchPlaceholder")}
            data-testid="tracker-search"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-status`}>{t("tracker.filters.status")}</Label>
        <NativeSelect
          id={`${id}-status`}
          value={search.status ?? ""}
          data-testid="tracker-filter-status"
          onChange={(event) =>
            onChange({ status: STATUSES.find((s) => s === event.target.value) ?? undefined })
          }
        >
          <option value="">{t("tracker.filters.anyStatus")}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`tracker.status.${status}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-region`}>{t("tracker.filters.region")}</Label>
        <NativeSelect
          id={`${id}-region`}
          value={search.region ?? ""}
          data-testid="tracker-filter-region"
          onChange={(event) =>
            onChange({ region: REGIONS.find((r) => r === event.target.value) ?? undefined })
          }
        >
          <option value="">{t("tracker.filters.anyRegion")}</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`tracker.region.${region}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-binding`}>{t("tracker.filters.binding")}</Label>
        <NativeSelect
          id={`${id}-binding`}
          value={search.binding ?? ""}
          data-testid="tracker-filter-binding"
          onChange={(event) => {
            const value = event.target.value;
            onChange({ binding: value === "binding" || value === "soft" ? value : undefined });
          }}
        >
          <option value="">{t("tracker.filters.anyBinding")}</option>
          <option value="binding">{t("tracker.filters.bindingOnly")}</option>
          <option value="soft">{t("tracker.filters.softOnly")}</option>
        </NativeSelect>
      </div>
      <Button
        variant="ghost"
        disabled={!any}
        data-testid="tracker-filter-clear"
        onClick={() => {
          setText("");
          onChange({ q: undefined, status: undefined, region: undefined, binding: undefined });
        }}
      >
        <X aria-hidden />
        {t("tracker.filters.clear")}
      </Button>
    </search>
  );
}

function JurisdictionTable({ items, stale }: { items: JurisdictionListItem[]; stale: boolean }) {
  const { t } = useTranslation();
  const rows = nestByParent(items);
  return (
    <Card className={cn("py-0 transition-opacity", stale && "opacity-60")}>
      <Table data-testid="tracker-table">
        <TableHeader>
          <TableRow>
            <TableHead>{t("tracker.list.columns.jurisdiction")}</TableHead>
            <TableHead>{t("tracker.list.columns.status")}</TableHead>
            <TableHead>{t("tracker.list.columns.nextChange")}</TableHead>
            <TableHead className="text-right" title={t("tracker.list.columns.instrumentsHint")}>
              {t("tracker.list.columns.instruments")}
            </TableHead>
            <TableHead className="text-right" title={t("tracker.list.columns.obligationsHint")}>
              {t("tracker.list.columns.obligations")}
            </TableHead>
            <TableHead className="text-right" title={t("tracker.list.columns.penaltiesHint")}>
              {t("tracker.list.columns.penalties")}
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.flatMap(({ item, children }) => [
            <JurisdictionRow key={item.code} item={item} listedParent={false} />,
            ...children.map((child) => <JurisdictionRow key={child.code} item={child} listedParent />),
          ])}
        </TableBody>
      </Table>
    </Card>
  );
}

function JurisdictionRow({ item, listedParent }: { item: JurisdictionListItem; listedParent: boolean }) {
  const { t } = useTranslation();
  return (
    <TableRow
      data-testid={`tracker-row-${item.code}`}
      data-parent={item.parent}
      className={cn(listedParent && "bg-muted/20")}
    >
      <TableCell className={cn("min-w-56", listedParent && "pl-8")}>
        <div className="flex items-start gap-2">
          {listedParent ? (
            <CornerDownRight className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
          ) : null}
          <div className="flex flex-col gap-0.5">
            <span className="flex items-baseline gap-2">
              <Link
                to="/tracker/$code"
                params={{ code: item.code }}
                className="font-medium text-foreground underline-offset-4 hover:underline"
              >
                {item.name}
              </Link>
              <span className="font-mono text-xs text-muted-foreground">{item.code}</span>
            </span>
            <span className="text-xs text-muted-foreground">
              {t(`tracker.kind.${item.kind}`)}
              <span aria-hidden> · </span>
              {t(`tracker.region.${item.region}`)}
              {item.parent && !listedParent ? (
                <>
                  <span aria-hidden> · </span>
                  <Link
                    to="/tracker/$code"
                    params={{ code: item.parent }}
                    className="underline-offset-4 hover:underline"
                  >
                    {t("tracker.list.partOf", { parent: item.parent })}
                  </Link>
                </>
              ) : null}
            </span>
          </div>
        </div>
      </TableCell>
      <TableCell className="min-w-52">
        <div className="flex flex-wrap gap-1">
          <StatusBadge status={item.status} />
          <BindingBadge binding={item.binding} />
          {item.evolving ? <EvolvingBadge /> : null}
        </div>
      </TableCell>
      <TableCell>
        <NextChange change={item.nextChange} />
      </TableCell>
      <TableCell className="text-right tabular-nums">{item.instrumentCount}</TableCell>
      <TableCell className="text-right tabular-nums">{item.obligationCount}</TableCell>
      <TableCell className="text-right tabular-nums">{item.penaltyCount}</TableCell>
    </TableRow>
  );
}
