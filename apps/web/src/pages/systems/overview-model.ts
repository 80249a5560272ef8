import type { UserEventType } from "@airisk/domain/lifecycle";
import { PROFILE_FLAGS, type ProfileFlag } from "@airisk/regulations/schema";
import type { AllowedEvent, SystemDetail } from "#pages/systems/model.ts";

/** Pure helpers of the system page's header and overview tab (no React, tested in overview-model.test.ts). */

/** Events whose confirmation needs a reason: the API refuses PROHIBITED_PRACTICE_FOUND without one. */
export function reasonRequired(event: UserEventType): boolean {
  return event === "PROHIBITED_PRACTICE_FOUND";
}

/** Allowed events first (in the machine's order), then the refused ones, so what can be done now leads. */
export function sortEvents(events: readonly AllowedEvent[]): {
  allowed: AllowedEvent[];
  refused: AllowedEvent[];
} {
  return {
    allowed: events.filter((e) => e.allowed),
    refused: events.filter((e) => !e.allowed),
  };
}

/** The reason the API gives for a refused event, without the guard's name (that is for logs). */
export function refusalText(event: AllowedEvent): string {
  const reason = (event.reason ?? "").trim();
  return reason ? reason.charAt(0).toUpperCase() + reason.slice(1) : "";
}

/**
 * A refusal because of the state itself (no guard failed: the event simply does not leave this
 * state, or the system is retired), as opposed to a guard or the member's role saying no.
 */
export function isStateRefusal(event: AllowedEvent): boolean {
  if (event.allowed || event.guard !== null) return false;
  return /is not possible (while|now)|system is retired/.test(event.reason ?? "");
}

export type RefusalGroup = { kind: "state" | "reason"; reason: string; events: AllowedEvent[] };

/**
 * Refused events grouped by what stops them, in the order they come: every event the state does
 * not take shares one group (its explanation is said once), and so do events refused for the same
 * reason (a viewer's role refuses them all alike); a failed guard's reason stands on its own.
 */
export function groupRefusals(events: readonly AllowedEvent[]): RefusalGroup[] {
  const groups: RefusalGroup[] = [];
  const byKey = new Map<string, RefusalGroup>();
  for (const event of events) {
    if (event.allowed) continue;
    const state = isStateRefusal(event);
    const reason = state ? "" : refusalText(event);
    const key = state ? "\u0000state" : reason;
    const group = byKey.get(key);
    if (group) group.events.push(event);
    else {
      const created: RefusalGroup = { kind: state ? "state" : "reason", reason, events: [event] };
      byKey.set(key, created);
      groups.push(created);
    }
  }
  // What a member can act on (a missing fact) before what no one can (the state).
  return [...groups.filter((g) => g.kind === "reason"), ...groups.filter((g) => g.kind === "state")];
}

/**
 * An audit ground is product policy when the server says so in its words ("… (product policy, on by
 * default; not required by the law)"); the others rest on the law.
 */
export function isPolicyGround(ground: string): boolean {
  return /product policy/i.test(ground);
}

export type Suspension = {
  reason: string | null;
  practices: Array<{ id: string; text: string }>;
  at: string | null;
  resolvedAt: string | null;
  resolution: string | null;
};

const str = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

/** The stored suspension record, read defensively (it is a JSON column on the server). */
export function readSuspension(raw: SystemDetail["suspension"]): Suspension | null {
  if (!raw || typeof raw !== "object") return null;
  const practices = Array.isArray(raw.practices)
    ? raw.practices.flatMap((p: unknown) => {
        const item = p as { id?: unknown; text?: unknown } | null;
        return item && typeof item.id === "string" && typeof item.text === "string"
          ? [{ id: item.id, text: item.text }]
          : [];
      })
    : [];
  return {
    reason: str(raw.reason),
    practices,
    at: str(raw.at),
    resolvedAt: str(raw.resolvedAt),
    resolution: str(raw.resolution),
  };
}

export const isSuspended = (state: string): boolean => state === "suspended";
export const isRetired = (state: string): boolean => state === "retired";

/** The profile flags that are set, in the catalogue's order. */
export function profileFlagsOn(profile: SystemDetail["profile"]): ProfileFlag[] {
  return PROFILE_FLAGS.filter((flag) => profile[flag] === true);
}

/** A free-text profile field (sector, EU Annex III area), when filled in. */
export function profileText(
  profile: SystemDetail["profile"],
  key: "sector" | "euAnnexIIIArea",
): string | null {
  return str(profile[key]);
}

/** Where the state sits, for its badge's colour. */
export type StateTone = "draft" | "process" | "ok" | "due" | "alert" | "closed";

export function stateTone(state: string): StateTone {
  if (state === "draft") return "draft";
  if (state.startsWith("riskProcess")) return "process";
  if (state === "operating.compliant") return "ok";
  if (state === "operating.reviewDue") return "due";
  if (state === "operating.overdue" || state === "suspended") return "alert";
  if (state === "retired") return "closed";
  return "process";
}

/** "riskProcess.identification" → ["riskProcess", "identification"]; "draft" → [undefined, "draft"]. */
export function splitState(state: string): { parent: string | undefined; leaf: string } {
  const dot = state.indexOf(".");
  return dot < 0
    ? { parent: undefined, leaf: state }
    : { parent: state.slice(0, dot), leaf: state.slice(dot + 1) };
}

/** True when the next review date (YYYY-MM-DD) has passed on `today`. */
export function reviewOverdue(nextReviewAt: string | null, today: string): boolean {
  return nextReviewAt !== null && nextReviewAt < today;
}
