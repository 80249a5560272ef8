import { addMonths, formatISO, parseISO } from "date-fns";

/** The law's ceiling: risks are updated at least once a year (AI Law Art. 18(1)). */
export const MAX_REVIEW_INTERVAL_MONTHS = 12;

/**
 * The next review day after an approval or a completed review on `fromDay` (YYYY-MM-DD): the
 * organisation's interval, never more than 12 months. Month ends clamp (31 Jan + 1 month = 28/29
 * Feb), as date-fns does; a leap day plus 12 months is 28 Feb.
 */
export function nextReviewDay(fromDay: string, intervalMonths: number): string {
  const months = Math.min(Math.max(1, Math.trunc(intervalMonths)), MAX_REVIEW_INTERVAL_MONTHS);
  return formatISO(addMonths(parseISO(fromDay), months), { representation: "date" });
}
