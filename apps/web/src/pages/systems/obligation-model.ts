import type { SystemObligation, SystemObligations } from "#pages/systems/model.ts";

/**
 * The obligations tab's pure parts: grouping by jurisdiction, the status form, evidence files
 * (size, type, the limits the API enforces) and the remediation of a suspension. No React, no i18n.
 */

export type ObligationStatus = NonNullable<SystemObligation["answer"]>["status"];
export type EvidenceItem = SystemObligations["systemEvidence"][number];
export type Verdict = SystemObligations["notApplicable"][number];
export type Basis = Verdict["basis"];

const STATUS_ORDER: Record<ObligationStatus, number> = { met: 0, gap: 1, not_applicable: 2 };
export const OBLIGATION_STATUSES = (Object.keys(STATUS_ORDER) as ObligationStatus[]).sort(
  (a, b) => STATUS_ORDER[a] - STATUS_ORDER[b],
);

/** The API's limit on a note (packages/core/src/systems/model.ts `Note`). */
export const NOTE_MAX_LENGTH = 4000;
export const EVIDENCE_NAME_MAX_LENGTH = 200;
export const EVIDENCE_URL_MAX_LENGTH = 2000;

/* ---------------------------------------------------------------------------------------------- */
/* Grouping                                                                                         */

export type JurisdictionGroup<T> = { jurisdiction: string; items: T[] };

/**
 * Items by jurisdiction: the system's own jurisdictions first, in the order it lists them, then
 * the ones that reach it through them (EU law through a member state, say) by code. Items keep
 * the API's order inside a group.
 */
export function groupByJurisdiction<T extends { jurisdiction: string }>(
  items: readonly T[],
  systemJurisdictions: readonly string[] = [],
): JurisdictionGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.jurisdiction);
    if (group) group.push(item);
    else groups.set(item.jurisdiction, [item]);
  }
  const rank = (code: string) => {
    const index = systemJurisdictions.indexOf(code);
    return index === -1 ? systemJurisdictions.length : index;
  };
  return [...groups]
    .map(([jurisdiction, list]) => ({ jurisdiction, items: list }))
    .sort(
      (a, b) => rank(a.jurisdiction) - rank(b.jurisdiction) || a.jurisdiction.localeCompare(b.jurisdiction),
    );
}

/** Not-applicable verdicts split: those that will apply from a later date, and those that do not apply. */
export function splitNotApplicable(verdicts: readonly Verdict[]): {
  upcoming: Verdict[];
  notApplicable: Verdict[];
} {
  const upcoming = verdicts
    .filter((v) => v.status === "not_yet_in_force")
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return { upcoming, notApplicable: verdicts.filter((v) => v.status !== "not_yet_in_force") };
}

/** The share of applicable obligations answered (met, gap or not applicable), 0–100, rounded down. */
export function answeredPercent(counts: SystemObligations["counts"]): number {
  const total = counts.met + counts.gap + counts.notApplicable + counts.open;
  if (total === 0) return 100;
  return Math.floor(((total - counts.open) * 100) / total);
}

export const STATUS_FILTERS = ["all", "open", "gap", "met", "not_applicable"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Whether an applicable obligation shows under a filter ("open" = not answered yet). */
export function matchesFilter(obligation: Pick<SystemObligation, "answer">, filter: StatusFilter): boolean {
  if (filter === "all") return true;
  return (obligation.answer?.status ?? "open") === filter;
}

/* ---------------------------------------------------------------------------------------------- */
/* The status form                                                                                  */

export type StatusFormValues = { status: ObligationStatus | ""; note: string };

export function toStatusForm(obligation: Pick<SystemObligation, "answer">): StatusFormValues {
  return { status: obligation.answer?.status ?? "", note: obligation.answer?.note ?? "" };
}

/** What is wrong with the form before it is sent, if anything. */
export function statusProblem(values: StatusFormValues): "statusRequired" | "reasonRequired" | undefined {
  if (values.status === "") return "statusRequired";
  if (values.status === "not_applicable" && values.note.trim() === "") return "reasonRequired";
  return undefined;
}

export function statusFormChanged(obligation: Pick<SystemObligation, "answer">, values: StatusFormValues) {
  const current = toStatusForm(obligation);
  return current.status !== values.status || current.note.trim() !== values.note.trim();
}

/* ---------------------------------------------------------------------------------------------- */
/* Evidence                                                                                         */

/** The API refuses larger files (packages/core/src/systems/obligations.ts MAX_EVIDENCE_BYTES). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/**
 * The media types the API accepts, each with the key of its short label. The API decides from the
 * content; this only names what it found and guides the file picker.
 */
export const EVIDENCE_TYPES = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/webp": "webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/zip": "zip",
  "text/plain": "text",
} as const;
export type EvidenceTypeKey = (typeof EVIDENCE_TYPES)[keyof typeof EVIDENCE_TYPES];

export function evidenceTypeKey(mediaType: string | null): EvidenceTypeKey | undefined {
  if (!mediaType) return undefined;
  return (EVIDENCE_TYPES as Record<string, EvidenceTypeKey>)[mediaType];
}

/** The `accept` of the file picker: the accepted types by extension and media type. */
export const EVIDENCE_ACCEPT = [
  ".pdf",
  ".png",
  ".jpg",
  ".jpeg",
  ".webp",
  ".docx",
  ".xlsx",
  ".pptx",
  ".odt",
  ".ods",
  ".zip",
  ".txt",
  ".csv",
  ".md",
  ...Object.keys(EVIDENCE_TYPES),
  "text/csv",
  "text/markdown",
].join(",");

/** Checked before the upload; the API checks again, and checks the type from the content. */
export function fileProblem(file: { size: number }): "empty" | "tooLarge" | undefined {
  if (file.size === 0) return "empty";
  if (file.size > MAX_EVIDENCE_BYTES) return "tooLarge";
  return undefined;
}

/** "512 B", "14.2 KB", "3.5 MB" (binary units, as the 10 MB limit is), in the reader's language. */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) {
    return new Intl.NumberFormat(locale, { style: "unit", unit: "byte", unitDisplay: "short" }).format(bytes);
  }
  const [value, unit] =
    bytes < 1024 * 1024 ? [bytes / 1024, "kilobyte"] : [bytes / (1024 * 1024), "megabyte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 100 ? 1 : 0,
  }).format(value);
}

/** The multipart body of `evidence.upload`: fields systemId, obligationId (optional), name, file. */
export function evidenceFormData(input: {
  systemId: string;
  obligationId: string | null;
  name: string;
  file: Blob;
  fileName?: string;
}): FormData {
  const data = new FormData();
  data.set("systemId", input.systemId);
  if (input.obligationId) data.set("obligationId", input.obligationId);
  const name = input.name.trim();
  if (name) data.set("name", name);
  if (input.fileName !== undefined) data.set("file", input.file, input.fileName);
  else data.set("file", input.file);
  return data;
}

/** Where the host serves an evidence file (plain HTTP GET, session cookie, same origin). */
export function evidenceDownloadUrl(systemId: string, evidenceId: string): string {
  return `/evidence/${encodeURIComponent(systemId)}/${encodeURIComponent(evidenceId)}`;
}

/** An http(s) address, as the API requires of an evidence link. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** A link's name when none is given: its host and path, e.g. "confluence.example.com/x/risk". */
export function linkNameFrom(value: string): string {
  try {
    const url = new URL(value.trim());
    const path = url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "");
    return `${url.hostname}${path}`.slice(0, EVIDENCE_NAME_MAX_LENGTH);
  } catch {
    return value.trim().slice(0, EVIDENCE_NAME_MAX_LENGTH);
  }
}

/* ---------------------------------------------------------------------------------------------- */
/* Suspension                                                                                       */

export const isSuspended = (state: string): boolean =>
  state === "suspended" || state.startsWith("suspended.");
export const isRetired = (state: string): boolean => state === "retired" || state.startsWith("retired.");

/**
 * Evidence attached after the suspension (any evidence of the system counts for the REMEDIATED
 * guard, obligation-level or system-level), newest last.
 */
export function evidenceSince(
  obligations: Pick<SystemObligations, "applicable" | "systemEvidence">,
  since: Date,
): EvidenceItem[] {
  return [...obligations.systemEvidence, ...obligations.applicable.flatMap((o) => o.evidence)]
    .filter((e) => e.createdAt.getTime() > since.getTime())
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
