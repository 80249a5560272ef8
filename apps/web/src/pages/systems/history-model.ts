import { USER_EVENTS } from "@airisk/domain/lifecycle";
import type { HistoryEntry } from "#pages/systems/model.ts";
import type { RouterOutputs } from "#trpc.ts";

/** How the history tab reads audit entries and the chain check. Pure (history-model.test.ts). */

export type HistoryVerification = RouterOutputs["systems"]["verifyHistory"];

/** The lifecycle events an entry may record: the user's, the scheduler's and the server's own. */
const LIFECYCLE_EVENTS = [...USER_EVENTS, "REVIEW_DUE", "REVIEW_OVERDUE", "RECLASSIFIED"] as const;
export type HistoryEvent = (typeof LIFECYCLE_EVENTS)[number];

/** Register actions with a message of their own (systems.history.actions.<key>, dots as underscores). */
export const KNOWN_ACTIONS = [
  "system.created",
  "system.updated",
  "system.classified",
  "system.screened",
  "risk.created",
  "risk.updated",
  "risk.accepted",
  "mitigation.added",
  "mitigation.updated",
  "evidence.file",
  "evidence.link",
  "obligation.status",
  "finding.recorded",
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

export type ActionKind =
  | { kind: "lifecycle"; event: HistoryEvent }
  | { kind: "known"; action: KnownAction }
  | { kind: "other"; action: string };

/** What an entry's `action` stands for, so it can be said in words. */
export function classifyAction(action: string): ActionKind {
  if (action.startsWith("lifecycle.")) {
    const event = action.slice("lifecycle.".length);
    const known = LIFECYCLE_EVENTS.find((e) => e === event);
    if (known) return { kind: "lifecycle", event: known };
  }
  const known = KNOWN_ACTIONS.find((a) => a === action);
  return known ? { kind: "known", action: known } : { kind: "other", action };
}

/** The message key suffix of a known action: "system.created" → "system_created". */
export const actionKey = (action: KnownAction): string => action.replace(".", "_");

/** A refused attempt's guard and what was missing, from the entry's `after` (`{refused, guard, missing}`). */
export function refusalOf(entry: Pick<HistoryEntry, "accepted" | "after">): {
  guard: string | null;
  missing: string | null;
} | null {
  if (entry.accepted) return null;
  const after = (entry.after ?? {}) as { guard?: unknown; missing?: unknown };
  return {
    guard: typeof after.guard === "string" && after.guard ? after.guard : null,
    missing: typeof after.missing === "string" && after.missing ? after.missing : null,
  };
}

export type Basis = "product_policy" | "inferred" | "law";

/** The entry's basis when it is worth a badge (product policy or inferred); law and none are not flagged. */
export function flaggedBasis(basis: string | null): "product_policy" | "inferred" | null {
  return basis === "product_policy" || basis === "inferred" ? basis : null;
}

/** What a saved screening recorded (`after: {complete, found}`), for its row. */
export function screeningOutcome(entry: Pick<HistoryEntry, "action" | "after">): {
  complete: boolean;
  found: string[];
} | null {
  if (entry.action !== "system.screened") return null;
  const after = (entry.after ?? {}) as { complete?: unknown; found?: unknown };
  const found = Array.isArray(after.found)
    ? after.found.filter((f): f is string => typeof f === "string")
    : [];
  return { complete: after.complete === true, found };
}

export type FieldChange = { field: string; before: unknown; after: unknown };

/** The fields an accepted entry changed, from its `before`/`after` objects (updates store only changes). */
export function changedFields(entry: Pick<HistoryEntry, "accepted" | "before" | "after">): FieldChange[] {
  // Creations and screenings store only an "after"; their fields are not changes.
  if (!entry.accepted || !isRecord(entry.before)) return [];
  const before = entry.before;
  const after = isRecord(entry.after) ? entry.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A stored value as short text for the changes list. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (isRecord(value)) {
    const set = Object.entries(value).filter(
      ([, v]) => v !== false && v !== null && v !== undefined && v !== "",
    );
    return set.length ? set.map(([k, v]) => (v === true ? k : `${k}: ${formatValue(v)}`)).join(", ") : "—";
  }
  return JSON.stringify(value);
}

export type VerifyOutcome =
  | { ok: true; entries: number; headSeq: number }
  | {
      ok: false;
      entries: number;
      seq: number;
      problem: "edited" | "broken_link" | "missing_entry" | "missing_tail" | "unknown";
      inThisSystem: boolean;
    };

/** The chain check as the page reports it. */
export function verifyOutcome(result: HistoryVerification): VerifyOutcome {
  if (result.ok || !result.firstBroken) return { ok: true, entries: result.entries, headSeq: result.headSeq };
  const problems = ["edited", "broken_link", "missing_entry", "missing_tail"] as const;
  const problem = problems.find((p) => p === result.firstBroken?.problem) ?? "unknown";
  return {
    ok: false,
    entries: result.entries,
    seq: result.firstBroken.seq,
    problem,
    inThisSystem: result.brokenInThisSystem,
  };
}

/** Entries oldest first, whatever order they arrive in (the API sends them so; the table relies on it). */
export function oldestFirst<T extends { seq: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

/** The member's display name for an entry: their name, or the scheduler when no one acted. */
export function actorName(entry: Pick<HistoryEntry, "actor" | "actorRole">): {
  name: string | null;
  scheduler: boolean;
} {
  if (entry.actor) return { name: entry.actor.name, scheduler: false };
  return { name: null, scheduler: entry.actorRole === "scheduler" || entry.actorRole === null };
}
