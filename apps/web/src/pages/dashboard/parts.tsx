import { Lightbulb, Scale, ShieldCheck } from "lucide-react";
import type * as React from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { cn } from "#lib/utils.ts";
import { formatMoney, formatRate } from "#pages/dashboard/format.ts";
import { type Money, type RateUsed, ratesUsed, unconvertedTotals } from "#pages/dashboard/lines.ts";
import type { ExposureLine } from "#pages/dashboard/model.ts";
import { useLocale } from "#pages/tracker/badges.tsx";
import { formatIsoDate } from "#pages/tracker/format.ts";

/** Small pieces shared by the dashboard's cards and its drill-down. */

export type Basis = ExposureLine["citation"]["basis"];

const BASIS_CLASSES: Record<Basis, string> = {
  law: "border-emerald-200 bg-emerald-50 text-emerald-800",
  inferred: "border-indigo-200 bg-indigo-50 text-indigo-800",
  product_policy: "border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800",
};

const BASIS_ICONS = { law: Scale, inferred: Lightbulb, product_policy: ShieldCheck } as const;

/**
 * What a citation or an assumption rests on: the law's words, our reading of them (inferred), or
 * airisk's own policy. Always shown, so an inferred rule can never pass for the law.
 */
export function BasisBadge({ basis, note, className }: { basis: Basis; note?: string; className?: string }) {
  const { t } = useTranslation();
  const Icon = BASIS_ICONS[basis];
  const hint = note ?? t(`dashboard.basisHint.${basis}`);
  return (
    <Badge
      variant="outline"
      data-testid="basis"
      data-basis={basis}
      className={cn("cursor-help", BASIS_CLASSES[basis], className)}
      title={hint}
      tabIndex={0}
      aria-label={`${t(`dashboard.basis.${basis}`)}: ${hint}`}
    >
      <Icon aria-hidden />
      {t(`dashboard.basis.${basis}`)}
    </Badge>
  );
}

/** "≈ USD 259.50 at 500 KZT/USD on 1 Mar 2026", with the caveat on hover. */
export function ConvertedText({
  amount,
  rate,
  className,
}: {
  amount: Money;
  rate: { rate: string; base: string; quote: string; rateDate: string; caveat: string };
  className?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span
      className={cn("text-xs text-muted-foreground", className)}
      title={rate.caveat}
      data-testid="converted"
    >
      {t("dashboard.converted", {
        amount: formatMoney(amount, locale),
        rate: formatRate(rate, locale),
        date: formatIsoDate(rate.rateDate, locale),
      })}
    </span>
  );
}

/**
 * "≈: converted at 500 KZT/USD on 1 Mar 2026." for figures summed from converted lines, with the
 * caveat in full (`withCaveat`) or on hover.
 */
export function RatesNote({
  lines,
  rates: given,
  withCaveat = false,
  className,
}: {
  lines?: readonly ExposureLine[];
  rates?: readonly RateUsed[];
  withCaveat?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rates = given ?? ratesUsed(lines ?? []);
  if (rates.length === 0) return null;
  return (
    <p className={cn("text-xs text-muted-foreground", className)} data-testid="rates-note">
      {rates.map((r, i) => (
        <span
          key={`${r.base}/${r.quote}/${r.rate}/${r.rateDate}`}
          title={r.rateSource ? `${r.caveat} ${r.rateSource}` : r.caveat}
        >
          {i > 0 ? " " : null}
          {t("dashboard.ratesNote", { rate: formatRate(r, locale), date: formatIsoDate(r.rateDate, locale) })}
        </span>
      ))}
      {withCaveat ? <span> {rates[0]?.caveat}</span> : null}
    </p>
  );
}

/** What a figure needs beside its total: whether part was converted, and what had no rate. */
export function figureParts(
  lines: readonly ExposureLine[],
  currency: string,
): { approx: boolean; unconverted: Money[] } {
  return { approx: hasConverted(lines), unconverted: unconvertedTotals(lines, currency) };
}

/**
 * A figure that opens its line items: the exact amount, "≈" when part of it was converted (the
 * card's rates note names the rate), and beside it, in their own currencies, the amounts of lines
 * that had no rate to the reporting currency (left out of the figure, never silently).
 */
export function FigureButton({
  money,
  lines,
  label,
  onClick,
  className,
  testId,
}: {
  money: Money;
  /** The line items behind the figure. */
  lines: readonly ExposureLine[];
  label: string;
  onClick: () => void;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { approx, unconverted } = figureParts(lines, money.currency);
  const text = `${approx ? "≈ " : ""}${formatMoney(money, locale)}`;
  const missing = unconverted.map((m) => formatMoney(m, locale)).join(", ");
  return (
    <button
      type="button"
      onClick={onClick}
      data-testid={testId}
      data-amount-minor={money.amountMinor}
      data-currency={money.currency}
      aria-label={`${label}: ${text}${missing ? `; ${t("dashboard.notIncluded", { amounts: missing })}` : ""}`}
      title={t("dashboard.drillHint")}
      className={cn(
        "cursor-pointer rounded-sm text-right font-medium whitespace-nowrap tabular-nums underline decoration-dotted underline-offset-4 outline-none hover:decoration-solid focus-visible:ring-2 focus-visible:ring-ring",
        className,
      )}
    >
      {text}
      {unconverted.map((m) => (
        <span key={m.currency} className="text-[0.8em] font-normal text-amber-800">
          {" + "}
          {formatMoney(m, locale)}*
        </span>
      ))}
    </button>
  );
}

/** Whether any counted line behind a figure was converted (its figure then reads "≈"). */
export const hasConverted = (lines: readonly ExposureLine[]): boolean =>
  lines.some((l) => l.counted && l.converted !== undefined);

/** A heading and its optional action, inside a card. */
export function SectionTitle({
  id,
  children,
  action,
}: {
  id: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="flex items-start justify-between gap-2">
      <h2 id={id} className="leading-none font-semibold">
        {children}
      </h2>
      {action}
    </div>
  );
}
