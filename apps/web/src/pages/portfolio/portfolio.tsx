import { can } from "@airisk/domain/permissions";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import {
  ArrowDown,
  ArrowDownUp,
  ArrowUp,
  ChevronLeft,
  ChevronRight,
  ChevronsLeft,
  CircleAlert,
  FolderKanban,
  Plus,
  Search,
  X,
} from "lucide-react";
import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent } from "#components/ui/card.tsx";
import { Input } from "#components/ui/input.tsx";
import { Label } from "#components/ui/label.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "#components/ui/table.tsx";
import { readApiError } from "#lib/api-error.ts";
import { formatDate } from "#lib/format.ts";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { PageHeader } from "#pages/page-header.tsx";
import {
  AUTONOMY_LEVELS,
  CursorTrail,
  DEFAULT_DIRECTION,
  effectiveSort,
  hasFilters,
  IMPACT_LEVELS,
  listInput,
  type PortfolioSearch,
  pageRange,
  SORT_COLUMNS,
  type SortColumn,
  type SystemListItem,
  sortJurisdictions,
  toggleSort,
  viewKey,
  withCursor,
  withFilters,
} from "#pages/portfolio/model.ts";
import { StateBadge } from "#pages/portfolio/state-badge.tsx";
import { stateFilterGroups } from "#pages/portfolio/states.ts";
import { formatIsoDate } from "#pages/tracker/format.ts";
import { trpc } from "#trpc.ts";

const SEARCH_DELAY_MS = 250;
/** Jurisdiction codes shown in a row before "+n". */
const CODES_SHOWN = 3;

function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

/**
 * The register: one page of systems at a time, filtered, sorted and paged on the server, with
 * everything that defines the view in the URL. It renders one page whatever the portfolio's size.
 */
export function PortfolioPage({ search }: { search: PortfolioSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { organisation } = useSession();
  const canWrite = can(organisation.role, "systems.write");
  const query = useQuery({
    ...trpc.systems.list.queryOptions(listInput(search)),
    placeholderData: keepPreviousData,
  });
  const [trail] = useState(() => new CursorTrail());
  const view = viewKey(search);
  const filtered = hasFilters(search);

  const setSearch = useCallback(
    (next: PortfolioSearch, replace = false) => void navigate({ to: "/portfolio", search: next, replace }),
    [navigate],
  );
  const changeFilters = useCallback(
    (next: Partial<PortfolioSearch>, replace = false) => setSearch(withFilters(search, next), replace),
    [search, setSearch],
  );

  const nextCursor = query.data?.nextCursor ?? null;
  const goNext = () => {
    if (!nextCursor) return;
    trail.forward(view, search.cursor, nextCursor);
    setSearch(withCursor(search, nextCursor));
  };
  const goPrevious = () => setSearch(withCursor(search, trail.back(view, search.cursor)));
  const prefetchNext = () => {
    if (nextCursor)
      void queryClient.prefetchQuery(
        trpc.systems.list.queryOptions(listInput(withCursor(search, nextCursor))),
      );
  };

  return (
    <div className="flex flex-col gap-6" data-testid="page-portfolio">
      <PageHeader
        title={t("pages.portfolio.title")}
        description={t("pages.portfolio.description")}
        actions={
          canWrite ? (
            <Button asChild>
              <Link to="/systems/new" data-testid="portfolio-new-system">
                <Plus aria-hidden />
                {t("portfolio.newSystem")}
              </Link>
            </Button>
          ) : null
        }
      />

      <Filters search={search} onChange={changeFilters} />

      {query.isPending ? (
        <Card>
          <CardContent className="grid gap-3">
            {[0, 1, 2, 3, 4, 5].map((n) => (
              <Skeleton key={n} className="h-10 w-full" />
            ))}
          </CardContent>
        </Card>
      ) : query.isError ? (
        <Alert variant="destructive" data-testid="portfolio-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("portfolio.loadFailed")}</AlertTitle>
          <AlertDescription className="flex flex-col items-start gap-2">
            <span>
              {readApiError(query.error).field === "cursor"
                ? t("portfolio.badCursorHint")
                : apiErrorMessage(query.error, t)}
            </span>
            {search.cursor ? (
              <Button variant="outline" size="sm" onClick={() => setSearch(withCursor(search, undefined))}>
                {t("portfolio.pagination.first")}
              </Button>
            ) : null}
          </AlertDescription>
        </Alert>
      ) : query.data.total === 0 && !filtered ? (
        <EmptyRegister canWrite={canWrite} />
      ) : (
        <>
          <Summary
            total={query.data.total}
            range={pageRange(trail.pageIndex(view, search.cursor), query.data.items.length)}
          />
          {query.data.items.length === 0 ? (
            <Card className="border-dashed shadow-none" data-testid="portfolio-no-match">
              <CardContent className="flex flex-col items-center gap-3 py-10 text-center">
                <p className="text-sm text-muted-foreground">{t("portfolio.noMatch")}</p>
                <Button variant="outline" size="sm" asChild>
                  <Link to="/portfolio" search={{}}>
                    {t("portfolio.filters.clear")}
                  </Link>
                </Button>
              </CardContent>
            </Card>
          ) : (
            <SystemTable
              items={query.data.items}
              search={search}
              stale={query.isPlaceholderData}
              onSort={(column) => setSearch(toggleSort(search, column))}
            />
          )}
          <nav
            aria-label={t("portfolio.pagination.label")}
            className="flex flex-wrap items-center justify-end gap-2"
            data-testid="portfolio-pagination"
          >
            {search.cursor && trail.back(view, search.cursor) !== undefined ? (
              <Button variant="ghost" size="sm" onClick={() => setSearch(withCursor(search, undefined))}>
                <ChevronsLeft aria-hidden />
                {t("portfolio.pagination.first")}
              </Button>
            ) : null}
            <Button
              variant="outline"
              size="sm"
              disabled={!search.cursor}
              onClick={goPrevious}
              data-testid="portfolio-previous"
            >
              <ChevronLeft aria-hidden />
              {t("portfolio.pagination.previous")}
            </Button>
            <Button
              variant="outline"
              size="sm"
              disabled={!nextCursor || query.isPlaceholderData}
              onClick={goNext}
              onMouseEnter={prefetchNext}
              onFocus={prefetchNext}
              data-testid="portfolio-next"
            >
              {t("portfolio.pagination.next")}
              <ChevronRight aria-hidden />
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}

function Summary({ total, range }: { total: number; range: { from: number; to: number } | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale);
  return (
    <p className="text-sm text-muted-foreground" aria-live="polite">
      <span data-testid="portfolio-count" data-total={total}>
        {total === 1 ? t("portfolio.countOne") : t("portfolio.count", { total: number.format(total) })}
      </span>
      {range ? (
        <>
          <span aria-hidden> · </span>
          <span>
            {t("portfolio.range", { from: number.format(range.from), to: number.format(range.to) })}
          </span>
        </>
      ) : null}
    </p>
  );
}

function EmptyRegister({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <Card className="border-dashed shadow-none" data-testid="portfolio-empty">
      <CardContent className="flex flex-col items-center gap-3 py-12 text-center">
        <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <FolderKanban className="size-6" aria-hidden />
        </span>
        <h2 className="text-base font-semibold">{t("portfolio.empty.title")}</h2>
        <p className="max-w-md text-sm text-muted-foreground">{t("portfolio.empty.description")}</p>
        {canWrite ? (
          <Button asChild>
            <Link to="/systems/new" data-testid="portfolio-empty-cta">
              <Plus aria-hidden />
              {t("portfolio.empty.cta")}
            </Link>
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">{t("portfolio.empty.readOnly")}</p>
        )}
      </CardContent>
    </Card>
  );
}

function Filters({
  search,
  onChange,
}: {
  search: PortfolioSearch;
  onChange: (next: Partial<PortfolioSearch>, replace?: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(search.q ?? "");
  // Both lists are small and change rarely; they fill the jurisdiction and owner filters.
  const jurisdictions = useQuery({
    ...trpc.regulations.jurisdictions.queryOptions({}),
    staleTime: 10 * 60_000,
    select: (data) => sortJurisdictions(data.items),
  });
  const members = useQuery({ ...trpc.members.list.queryOptions(), select: (data) => data.members });

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

  const { sort, dir } = effectiveSort(search);
  const any = hasFilters(search);
  const groups = stateFilterGroups();
  // A value in the URL that the lists do not (yet) hold still shows as chosen.
  const ownerKnown = !search.riskOwnerId || members.data?.some((m) => m.userId === search.riskOwnerId);
  const jurisdictionKnown =
    !search.jurisdiction || jurisdictions.data?.some((j) => j.code === search.jurisdiction);

  return (
    <search aria-label={t("portfolio.filters.label")} className="grid gap-3">
      <div className="grid gap-3 md:grid-cols-[minmax(14rem,1fr)_auto] md:items-end">
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-q`}>{t("portfolio.filters.search")}</Label>
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
              maxLength={200}
              placeholder={t("portfolio.filters.searchPlaceholder")}
              data-testid="portfolio-search"
              onChange={(event) => setText(event.target.value)}
            />
          </div>
        </div>
        <div className="flex items-end gap-2">
          <div className="grid gap-1.5">
            <Label htmlFor={`${id}-sort`}>{t("portfolio.filters.sort")}</Label>
            <NativeSelect
              id={`${id}-sort`}
              className="w-40"
              value={sort}
              data-testid="portfolio-sort"
              onChange={(event) => {
                const column = SORT_COLUMNS.find((c) => c === event.target.value);
                if (column) onChange({ sort: column, dir: DEFAULT_DIRECTION[column] });
              }}
            >
              {SORT_COLUMNS.map((column) => (
                <option key={column} value={column}>
                  {t(`portfolio.sort.${column}`)}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button
            variant="outline"
            size="icon"
            aria-label={`${t("portfolio.filters.direction")}: ${t(`portfolio.sort.${dir}`)}`}
            title={t(`portfolio.sort.${dir}`)}
            data-testid="portfolio-sort-direction"
            onClick={() => onChange({ sort, dir: dir === "asc" ? "desc" : "asc" })}
          >
            {dir === "asc" ? <ArrowUp aria-hidden /> : <ArrowDown aria-hidden />}
          </Button>
        </div>
      </div>

      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-state`}>{t("portfolio.filters.state")}</Label>
          <NativeSelect
            id={`${id}-state`}
            value={search.state ?? ""}
            data-testid="portfolio-filter-state"
            onChange={(event) => onChange({ state: event.target.value || undefined })}
          >
            <option value="">{t("portfolio.filters.anyState")}</option>
            {groups.map((group) =>
              group.kind === "single" ? (
                <option key={group.state} value={group.state}>
                  {t(`lifecycle.states.${group.state}`)}
                </option>
              ) : (
                <optgroup key={group.parent} label={t(`lifecycle.states.${group.parent}.label`)}>
                  <option value={group.parent}>
                    {t("portfolio.filters.anyIn", { state: t(`lifecycle.states.${group.parent}.label`) })}
                  </option>
                  {group.states.map((state) => (
                    <option key={state} value={state}>
                      {t(`lifecycle.states.${state}`)}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-impact`}>{t("portfolio.filters.impact")}</Label>
          <NativeSelect
            id={`${id}-impact`}
            value={search.impactLevel ?? ""}
            data-testid="portfolio-filter-impact"
            onChange={(event) =>
              onChange({ impactLevel: IMPACT_LEVELS.find((level) => level === event.target.value) })
            }
          >
            <option value="">{t("portfolio.filters.anyImpact")}</option>
            {IMPACT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`portfolio.impact.${level}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-autonomy`}>{t("portfolio.filters.autonomy")}</Label>
          <NativeSelect
            id={`${id}-autonomy`}
            value={search.autonomyLevel ?? ""}
            data-testid="portfolio-filter-autonomy"
            onChange={(event) =>
              onChange({ autonomyLevel: AUTONOMY_LEVELS.find((level) => level === event.target.value) })
            }
          >
            <option value="">{t("portfolio.filters.anyAutonomy")}</option>
            {AUTONOMY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`portfolio.autonomy.${level}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-jurisdiction`}>{t("portfolio.filters.jurisdiction")}</Label>
          <NativeSelect
            id={`${id}-jurisdiction`}
            value={search.jurisdiction ?? ""}
            data-testid="portfolio-filter-jurisdiction"
            onChange={(event) => onChange({ jurisdiction: event.target.value || undefined })}
          >
            <option value="">{t("portfolio.filters.anyJurisdiction")}</option>
            {jurisdictionKnown ? null : <option value={search.jurisdiction}>{search.jurisdiction}</option>}
            {jurisdictions.data?.map((j) => (
              <option key={j.code} value={j.code}>
                {`${j.name} (${j.code})`}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-owner`}>{t("portfolio.filters.riskOwner")}</Label>
          <NativeSelect
            id={`${id}-owner`}
            value={search.riskOwnerId ?? ""}
            data-testid="portfolio-filter-owner"
            onChange={(event) => onChange({ riskOwnerId: event.target.value || undefined })}
          >
            <option value="">{t("portfolio.filters.anyRiskOwner")}</option>
            {ownerKnown ? null : <option value={search.riskOwnerId}>{search.riskOwnerId}</option>}
            {members.data?.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name || member.email}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button
          variant="ghost"
          disabled={!any}
          data-testid="portfolio-filter-clear"
          onClick={() => {
            setText("");
            onChange({
              q: undefined,
              state: undefined,
              impactLevel: undefined,
              autonomyLevel: undefined,
              jurisdiction: undefined,
              riskOwnerId: undefined,
            });
          }}
        >
          <X aria-hidden />
          {t("portfolio.filters.clear")}
        </Button>
      </div>
    </search>
  );
}

function SortableHead({
  column,
  search,
  onSort,
  children,
  className,
}: {
  column: SortColumn;
  search: PortfolioSearch;
  onSort: (column: SortColumn) => void;
  children: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const { sort, dir } = effectiveSort(search);
  const active = sort === column;
  const Icon = active ? (dir === "asc" ? ArrowUp : ArrowDown) : ArrowDownUp;
  return (
    <TableHead
      className={className}
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <button
        type="button"
        className={cn(
          "-ml-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
          active && "text-foreground",
        )}
        title={t("portfolio.sort.by", { column: children })}
        data-testid={`portfolio-sort-${column}`}
        onClick={() => onSort(column)}
      >
        {children}
        <Icon className={cn("size-3.5", !active && "opacity-40")} aria-hidden />
      </button>
    </TableHead>
  );
}

function SystemTable({
  items,
  search,
  stale,
  onSort,
}: {
  items: SystemListItem[];
  search: PortfolioSearch;
  stale: boolean;
  onSort: (column: SortColumn) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card className={cn("py-0 transition-opacity", stale && "opacity-60")} aria-busy={stale}>
      <Table data-testid="portfolio-table">
        <TableHeader>
          <TableRow>
            <SortableHead column="name" search={search} onSort={onSort}>
              {t("portfolio.columns.name")}
            </SortableHead>
            <SortableHead column="state" search={search} onSort={onSort}>
              {t("portfolio.columns.state")}
            </SortableHead>
            <TableHead>{t("portfolio.columns.impact")}</TableHead>
            <TableHead>{t("portfolio.columns.autonomy")}</TableHead>
            <TableHead>{t("portfolio.columns.jurisdictions")}</TableHead>
            <TableHead>{t("portfolio.columns.riskOwner")}</TableHead>
            <SortableHead column="nextReviewAt" search={search} onSort={onSort}>
              {t("portfolio.columns.nextReview")}
            </SortableHead>
            <SortableHead column="updatedAt" search={search} onSort={onSort}>
              {t("portfolio.columns.updated")}
            </SortableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <SystemRow key={item.id} item={item} />
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

function SystemRow({ item }: { item: SystemListItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const impact = IMPACT_LEVELS.find((level) => level === item.impactLevel);
  const autonomy = AUTONOMY_LEVELS.find((level) => level === item.autonomyLevel);
  const shown = item.jurisdictions.slice(0, CODES_SHOWN);
  const hidden = item.jurisdictions.length - shown.length;
  return (
    <TableRow data-testid="portfolio-row" data-id={item.id}>
      <TableCell className="max-w-72 min-w-48">
        <Link
          to="/systems/$id"
          params={{ id: item.id }}
          className="font-medium text-foreground underline-offset-4 hover:underline"
        >
          {item.name}
        </Link>
      </TableCell>
      <TableCell>
        <StateBadge state={item.state} />
      </TableCell>
      <TableCell>
        {impact ? (
          <span className={cn(impact === "high" && "font-medium text-destructive")}>
            {t(`portfolio.impact.${impact}`)}
          </span>
        ) : (
          <span className="text-muted-foreground">{t("portfolio.notClassified")}</span>
        )}
      </TableCell>
      <TableCell>
        {autonomy ? (
          t(`portfolio.autonomy.${autonomy}`)
        ) : (
          <span className="text-muted-foreground">{t("portfolio.notClassified")}</span>
        )}
      </TableCell>
      <TableCell>
        <div className="flex flex-wrap gap-1" title={item.jurisdictions.join(", ")}>
          {shown.map((code) => (
            <Badge key={code} variant="outline" className="font-mono">
              {code}
            </Badge>
          ))}
          {hidden > 0 ? (
            <Badge variant="secondary">{t("portfolio.moreJurisdictions", { count: hidden })}</Badge>
          ) : null}
        </div>
      </TableCell>
      <TableCell>
        {item.riskOwner ? (
          item.riskOwner.name
        ) : (
          <span className="text-muted-foreground">{t("portfolio.noOwner")}</span>
        )}
      </TableCell>
      <TableCell className="whitespace-nowrap tabular-nums">
        {item.nextReviewAt ? (
          formatIsoDate(item.nextReviewAt, locale)
        ) : (
          <span className="text-muted-foreground">{t("portfolio.noReview")}</span>
        )}
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground tabular-nums">
        {formatDate(new Date(item.updatedAt), locale)}
      </TableCell>
    </TableRow>
  );
}
