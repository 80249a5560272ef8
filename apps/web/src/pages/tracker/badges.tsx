import { CircleAlert, Clock, Hourglass, Lightbulb, Sparkles } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { cn } from "#lib/utils.ts";
import { formatIsoDate } from "#pages/tracker/format.ts";
import {
  type Citation,
  type Confidence,
  type Instrument,
  isUnverified,
  type JurisdictionStatus,
} from "#pages/tracker/model.ts";

/** Badges and small pieces shared by the tracker pages. */

export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

const STATUS_CLASSES: Record<JurisdictionStatus, string> = {
  in_force: "border-emerald-200 bg-emerald-50 text-emerald-800",
  enacted: "border-sky-200 bg-sky-50 text-sky-800",
  draft: "border-amber-200 bg-amber-50 text-amber-900",
  sectoral: "border-violet-200 bg-violet-50 text-violet-800",
  soft_law: "border-slate-200 bg-slate-100 text-slate-700",
  treaty: "border-teal-200 bg-teal-50 text-teal-800",
};

const STATUS_DOTS: Record<JurisdictionStatus, string> = {
  in_force: "bg-emerald-500",
  enacted: "bg-sky-500",
  draft: "bg-amber-500",
  sectoral: "bg-violet-500",
  soft_law: "bg-slate-400",
  treaty: "bg-teal-500",
};

/** Where a jurisdiction stands on AI law, one colour per status. */
export function StatusBadge({ status, className }: { status: JurisdictionStatus; className?: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      data-status={status}
      className={cn(STATUS_CLASSES[status], className)}
      title={t(`tracker.statusHint.${status}`)}
    >
      <span aria-hidden className={cn("size-1.5 rounded-full", STATUS_DOTS[status])} />
      {t(`tracker.status.${status}`)}
    </Badge>
  );
}

export function BindingBadge({ binding }: { binding: boolean }) {
  const { t } = useTranslation();
  return binding ? (
    <Badge variant="outline" data-binding="true" className="border-primary/30 text-primary">
      {t("tracker.binding.binding")}
    </Badge>
  ) : (
    <Badge variant="outline" data-binding="false" className="border-dashed text-muted-foreground">
      {t("tracker.binding.soft")}
    </Badge>
  );
}

export function EvolvingBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      data-testid="evolving"
      className="border-orange-200 bg-orange-50 text-orange-800"
      title={t("tracker.evolvingHint")}
    >
      <Sparkles aria-hidden />
      {t("tracker.evolving")}
    </Badge>
  );
}

/** Shown on every fact whose confidence is [S1] or [M]; nothing otherwise. */
export function UnverifiedBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  if (!isUnverified(confidence)) return null;
  const hint = confidence === "S1" ? t("tracker.confidenceHint.S1") : t("tracker.confidenceHint.M");
  return (
    <Badge
      variant="outline"
      tabIndex={0}
      data-testid="unverified"
      data-confidence={confidence}
      className="cursor-help border-amber-300 bg-amber-50 text-amber-900"
      title={hint}
      aria-label={`${t("tracker.unverified")}: ${hint}`}
    >
      <CircleAlert aria-hidden />
      {t("tracker.unverified")}
    </Badge>
  );
}

/** A source's or change's confidence: [P] and [S] as a quiet label, [S1] and [M] as "unverified". */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  if (isUnverified(confidence)) return <UnverifiedBadge confidence={confidence} />;
  return (
    <Badge
      variant="outline"
      data-confidence={confidence}
      className="text-muted-foreground"
      title={t(`tracker.confidenceHint.${confidence}`)}
    >
      {t(`tracker.confidence.${confidence}`)}
    </Badge>
  );
}

export function InstrumentStatusBadge({ status }: { status: Instrument["status"] }) {
  const { t } = useTranslation();
  const tone =
    status === "in_force" || status === "phased"
      ? "border-emerald-200 bg-emerald-50 text-emerald-800"
      : status === "enacted" || status === "adopted"
        ? "border-sky-200 bg-sky-50 text-sky-800"
        : status === "draft" || status === "proposed"
          ? "border-amber-200 bg-amber-50 text-amber-900"
          : status === "repealed" || status === "withdrawn"
            ? "border-border bg-muted text-muted-foreground line-through"
            : "border-slate-200 bg-slate-100 text-slate-700";
  return (
    <Badge variant="outline" data-status={status} className={tone}>
      {t(`tracker.instrumentStatus.${status}`)}
    </Badge>
  );
}

/**
 * "Inferred" or "Product policy" beside a citation whose authority is not the law's own words; the
 * note says why (on hover, and in full on expanding). Nothing for `law`.
 */
export function BasisBadge({ citation, testId }: { citation: Citation; testId?: string }) {
  const { t } = useTranslation();
  if (citation.basis === "law") return null;
  const label =
    citation.basis === "inferred" ? t("tracker.basis.inferred") : t("tracker.basis.product_policy");
  const hint = citation.note ?? t(`tracker.basisHint.${citation.basis}`);
  return (
    <details className="group inline-block align-middle" data-testid={testId} data-basis={citation.basis}>
      <summary
        className="inline-flex cursor-pointer list-none [&::-webkit-details-marker]:hidden"
        title={hint}
      >
        <Badge
          variant="outline"
          className={cn(
            citation.basis === "inferred"
              ? "border-indigo-200 bg-indigo-50 text-indigo-800"
              : "border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800",
          )}
        >
          <Lightbulb aria-hidden />
          {label}
        </Badge>
      </summary>
      <p className="mt-1 max-w-xs text-xs whitespace-normal text-muted-foreground">{hint}</p>
    </details>
  );
}

/** A citation as a reader cites it, with its basis badge. */
export function CitationText({ citation, testId }: { citation: Citation; testId?: string }) {
  return (
    <div className="flex flex-col items-start gap-1">
      <span className="font-mono text-xs">{citation.text}</span>
      <BasisBadge citation={citation} testId={testId} />
    </div>
  );
}

/** "since 2 Aug 2025", or "from 2 Aug 2027" marked as upcoming when the date is still ahead. */
export function EffectiveFrom({ date, today }: { date: string; today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatted = formatIsoDate(date, locale);
  if (date > today) {
    return (
      <span
        data-upcoming="true"
        className="inline-flex items-center gap-1 rounded-md bg-sky-50 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-sky-800"
      >
        <Hourglass className="size-3" aria-hidden />
        <time dateTime={date}>{t("tracker.effective.from", { date: formatted })}</time>
      </span>
    );
  }
  return (
    <span className="text-xs whitespace-nowrap text-muted-foreground">
      <time dateTime={date}>{t("tracker.effective.since", { date: formatted })}</time>
    </span>
  );
}

/** A catalogue date with its ISO value for machines. */
export function IsoDate({ date, className }: { date: string; className?: string }) {
  const locale = useLocale();
  return (
    <time dateTime={date} className={cn("whitespace-nowrap", className)}>
      {formatIsoDate(date, locale)}
    </time>
  );
}

export function NextChange({ change }: { change: { date: string; what: string } | null }) {
  const { t } = useTranslation();
  if (!change) return <span className="text-xs text-muted-foreground">{t("tracker.list.noNextChange")}</span>;
  return (
    <span className="flex flex-col gap-0.5">
      <span className="inline-flex items-center gap-1 text-sm font-medium">
        <Clock className="size-3.5 text-muted-foreground" aria-hidden />
        <IsoDate date={change.date} />
      </span>
      <span className="line-clamp-2 max-w-56 text-xs text-muted-foreground" title={change.what}>
        {change.what}
      </span>
    </span>
  );
}
