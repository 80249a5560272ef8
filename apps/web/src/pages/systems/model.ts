import type { RouterOutputs } from "#trpc.ts";

/** The system page's data as the API sends it, and its tabs. Pure (see portfolio/model.ts). */
export type SystemDetail = RouterOutputs["systems"]["get"];
export type AllowedEvent = SystemDetail["events"][number];
export type RiskRegister = RouterOutputs["risks"]["list"];
export type Risk = RiskRegister["risks"][number];
export type SystemObligations = RouterOutputs["obligations"]["forSystem"];
export type SystemObligation = SystemObligations["applicable"][number];
export type HistoryEntry = RouterOutputs["systems"]["history"][number];

export const SYSTEM_TABS = ["overview", "risks", "obligations", "history"] as const;
export type SystemTab = (typeof SYSTEM_TABS)[number];

export function parseSystemSearch(search: Record<string, unknown>): { tab?: SystemTab } {
  const tab = SYSTEM_TABS.find((t) => t === search.tab);
  return tab ? { tab } : {};
}
