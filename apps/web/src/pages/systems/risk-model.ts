import { can, type Role } from "@airisk/domain/permissions";
import type { Risk, RiskRegister } from "#pages/systems/model.ts";
import type { RouterInputs } from "#trpc.ts";

/**
 * The risk register as the risks tab shows and edits it (AI Law Art. 18(1)): form values to API
 * input and back, the heatmap's cells, and what each risk still lacks. Pure: no React, no i18n.
 */

export type Mitigation = Risk["mitigations"][number];
export type ArisesFrom = Risk["arisesFrom"];
export type RiskStatus = Risk["status"];
export type MitigationStatus = Mitigation["status"];

export type CreateRiskInput = RouterInputs["risks"]["create"];
export type UpdateRiskInput = RouterInputs["risks"]["update"];
export type AddMitigationInput = RouterInputs["risks"]["addMitigation"];
export type UpdateMitigationInput = RouterInputs["risks"]["updateMitigation"];

/** The 1–5 scale of every likelihood and severity. */
export const SCALE = [1, 2, 3, 4, 5] as const;

/** Each step of the scale with the key of its name (`risks.scale.likelihood.<key>`, `….severity.<key>`). */
export const LIKELIHOOD_STEPS = [
  { value: 1, key: "rare" },
  { value: 2, key: "unlikely" },
  { value: 3, key: "possible" },
  { value: 4, key: "likely" },
  { value: 5, key: "almostCertain" },
] as const;
export const SEVERITY_STEPS = [
  { value: 1, key: "negligible" },
  { value: 2, key: "minor" },
  { value: 3, key: "moderate" },
  { value: 4, key: "major" },
  { value: 5, key: "severe" },
] as const;

// Records rather than arrays, so a value the API adds fails the type-check until it is listed here.
const ARISES_FROM_ORDER: Record<ArisesFrom, number> = { intended_use: 0, foreseeable_misuse: 1, both: 2 };
const RISK_STATUS_ORDER: Record<RiskStatus, number> = { open: 0, closed: 1 };
const MITIGATION_STATUS_ORDER: Record<MitigationStatus, number> = {
  planned: 0,
  in_progress: 1,
  done: 2,
  cancelled: 3,
};
const inOrder = <K extends string>(order: Record<K, number>): K[] =>
  (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);

export const ARISES_FROM: readonly ArisesFrom[] = inOrder(ARISES_FROM_ORDER);
export const RISK_STATUSES: readonly RiskStatus[] = inOrder(RISK_STATUS_ORDER);
export const MITIGATION_STATUSES: readonly MitigationStatus[] = inOrder(MITIGATION_STATUS_ORDER);

/** The API's text limits (packages/core/src/systems/risks.ts). */
export const RISK_LIMITS = { title: 200, category: 120, description: 4000, action: 2000 } as const;

/** Categories offered while typing one (each a key of `risks.form.categorySuggestions`). */
export const CATEGORY_SUGGESTIONS = [
  "bias",
  "privacy",
  "safety",
  "security",
  "transparency",
  "accuracy",
  "misuse",
  "intellectualProperty",
] as const;

/** The three likelihood × severity pairs of a risk, each scored together or not at all. */
export const SCORE_PAIRS = [
  { key: "intendedUse", likelihood: "likelihood", severity: "severity" },
  { key: "misuse", likelihood: "misuseLikelihood", severity: "misuseSeverity" },
  { key: "residual", likelihood: "residualLikelihood", severity: "residualSeverity" },
] as const;
export type ScorePair = (typeof SCORE_PAIRS)[number];
export type ScoreField = ScorePair["likelihood"] | ScorePair["severity"];

/* ---------------------------------------------------------------------------------------------- */
/* The risk form                                                                                    */

/** Select values are strings: "" means "not scored" (or "no owner"). */
export type RiskFormValues = {
  title: string;
  description: string;
  category: string;
  arisesFrom: ArisesFrom;
  likelihood: string;
  severity: string;
  misuseLikelihood: string;
  misuseSeverity: string;
  residualLikelihood: string;
  residualSeverity: string;
  ownerId: string;
  status: RiskStatus;
};

export type RiskFormField = keyof RiskFormValues;

const scaleText = (value: number | null): string => (value === null ? "" : String(value));

export function toRiskForm(risk?: Risk, defaults: { ownerId?: string | null } = {}): RiskFormValues {
  return {
    title: risk?.title ?? "",
    description: risk?.description ?? "",
    category: risk?.category ?? "",
    arisesFrom: risk?.arisesFrom ?? "both",
    likelihood: scaleText(risk?.likelihood ?? null),
    severity: scaleText(risk?.severity ?? null),
    misuseLikelihood: scaleText(risk?.misuseLikelihood ?? null),
    misuseSeverity: scaleText(risk?.misuseSeverity ?? null),
    residualLikelihood: scaleText(risk?.residualLikelihood ?? null),
    residualSeverity: scaleText(risk?.residualSeverity ?? null),
    ownerId: risk ? (risk.owner?.id ?? "") : (defaults.ownerId ?? ""),
    status: risk?.status ?? "open",
  };
}

/** "3" → 3, "" → null; anything else is not on the scale (the form never offers it). */
export function parseScale(value: string): number | null {
  const text = value.trim();
  if (text === "") return null;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1 || number > 5) {
    throw new RangeError(`not on the 1–5 scale: ${JSON.stringify(value)}`);
  }
  return number;
}

type RiskFields = Omit<CreateRiskInput, "systemId"> & { status: RiskStatus };

function riskFields(values: RiskFormValues): Required<RiskFields> {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    category: values.category.trim(),
    arisesFrom: values.arisesFrom,
    likelihood: parseScale(values.likelihood),
    severity: parseScale(values.severity),
    misuseLikelihood: parseScale(values.misuseLikelihood),
    misuseSeverity: parseScale(values.misuseSeverity),
    residualLikelihood: parseScale(values.residualLikelihood),
    residualSeverity: parseScale(values.residualSeverity),
    ownerId: values.ownerId === "" ? null : values.ownerId,
    status: values.status,
  };
}

/** The input of `risks.create` (a new risk is always open). */
export function toCreateRiskInput(systemId: string, values: RiskFormValues): CreateRiskInput {
  const { status: _status, ...fields } = riskFields(values);
  return { systemId, ...fields };
}

/**
 * The input of `risks.update`: only what changed, so an untouched owner who has since left the
 * organisation is not sent back (the API checks an owner it is given is a member).
 */
export function toUpdateRiskInput(
  risk: Risk,
  expectedVersion: number,
  values: RiskFormValues,
): UpdateRiskInput {
  const next = riskFields(values);
  const current: Required<RiskFields> = {
    title: risk.title,
    description: risk.description,
    category: risk.category,
    arisesFrom: risk.arisesFrom,
    likelihood: risk.likelihood,
    severity: risk.severity,
    misuseLikelihood: risk.misuseLikelihood,
    misuseSeverity: risk.misuseSeverity,
    residualLikelihood: risk.residualLikelihood,
    residualSeverity: risk.residualSeverity,
    ownerId: risk.owner?.id ?? null,
    status: risk.status,
  };
  const changes: Partial<RiskFields> = {};
  for (const key of Object.keys(next) as Array<keyof RiskFields>) {
    if (next[key] !== current[key]) Object.assign(changes, { [key]: next[key] });
  }
  return { id: risk.id, expectedVersion, ...changes };
}

/** True when the form would change nothing. */
export function isUnchanged(input: UpdateRiskInput): boolean {
  return Object.keys(input).every((key) => key === "id" || key === "expectedVersion");
}

/** A likelihood needs its severity and the other way round; which side is missing, if one is. */
export function pairProblem(likelihood: string, severity: string): "likelihood" | "severity" | undefined {
  const hasLikelihood = likelihood.trim() !== "";
  const hasSeverity = severity.trim() !== "";
  if (hasLikelihood === hasSeverity) return undefined;
  return hasLikelihood ? "severity" : "likelihood";
}

const RISK_FORM_FIELDS: readonly RiskFormField[] = Object.keys(toRiskForm()) as RiskFormField[];

/** The form field an API error path names ("misuseSeverity" → the same), or undefined. */
export function riskFieldFor(path: string): RiskFormField | undefined {
  return RISK_FORM_FIELDS.find((field) => field === path);
}

/** L × S, or null when either is missing. */
export function scoreOf(likelihood: number | null, severity: number | null): number | null {
  return likelihood === null || severity === null ? null : likelihood * severity;
}

/* ---------------------------------------------------------------------------------------------- */
/* What a risk still lacks                                                                          */

/** A mitigation that counts for the lifecycle (anything not cancelled). */
export const isActiveMitigation = (m: Mitigation): boolean => m.status !== "cancelled";

/**
 * An open risk above the tenant's tolerance with no mitigation that counts: the mitigation step of
 * the lifecycle (MITIGATIONS_ADOPTED) stays closed until it has one.
 */
export function needsMitigation(risk: Risk): boolean {
  return risk.status === "open" && risk.aboveTolerance && !risk.mitigations.some(isActiveMitigation);
}

export type AcceptanceState = "accepted" | "stale" | "notAccepted" | "noResidual";

export function acceptanceState(risk: Risk): AcceptanceState {
  if (risk.acceptance) return risk.acceptance.stale ? "stale" : "accepted";
  return risk.residualScore === null ? "noResidual" : "notAccepted";
}

/** Accepting a residual risk: the system's risk owner or an admin (the API checks it again). */
export function mayAcceptRisk(
  role: Role,
  userId: string,
  system: { riskOwner: { id: string } | null },
): boolean {
  return can(role, "risks.write") && (role === "admin" || system.riskOwner?.id === userId);
}

/** True when the accept button does something: a residual recorded and not accepted as it stands. */
export function canAcceptNow(risk: Risk): boolean {
  const state = acceptanceState(risk);
  return state === "notAccepted" || state === "stale";
}

/** How a score sits against the tolerance, for colour: above it, in its upper half, or low. */
export type ScoreTone = "none" | "low" | "elevated" | "above";

export function scoreTone(score: number | null, tolerance: number): ScoreTone {
  if (score === null) return "none";
  if (score > tolerance) return "above";
  return score * 2 > tolerance ? "elevated" : "low";
}

export type RegisterSummary = {
  total: number;
  open: number;
  /** Open risks missing an intended-use or a misuse score (RISKS_ASSESSED waits for them). */
  unscored: number;
  aboveTolerance: number;
  needsMitigation: number;
  /** Open risks with no residual recorded (MITIGATIONS_ADOPTED waits for them). */
  noResidual: number;
  accepted: number;
  stale: number;
};

export function summariseRegister(register: RiskRegister): RegisterSummary {
  const open = register.risks.filter((r) => r.status === "open");
  return {
    total: register.risks.length,
    open: open.length,
    unscored: open.filter((r) => r.intendedUseScore === null || r.misuseScore === null).length,
    aboveTolerance: open.filter((r) => r.aboveTolerance).length,
    needsMitigation: open.filter(needsMitigation).length,
    noResidual: open.filter((r) => r.residualScore === null).length,
    accepted: register.risks.filter((r) => acceptanceState(r) === "accepted").length,
    stale: register.risks.filter((r) => acceptanceState(r) === "stale").length,
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* The heatmap                                                                                      */

export type HeatmapMode = "inherent" | "residual";

export type HeatmapPoint = {
  likelihood: number;
  severity: number;
  source: "intendedUse" | "misuse" | "residual";
};

/**
 * Where a risk sits on the map: its residual pair, or for the inherent view the pair with the
 * higher score (the one compared with the tolerance; intended use on a tie). Null when unscored.
 */
export function heatmapPoint(risk: Risk, mode: HeatmapMode): HeatmapPoint | null {
  if (mode === "residual") {
    return risk.residualLikelihood !== null && risk.residualSeverity !== null
      ? { likelihood: risk.residualLikelihood, severity: risk.residualSeverity, source: "residual" }
      : null;
  }
  const intended =
    risk.likelihood !== null && risk.severity !== null
      ? { likelihood: risk.likelihood, severity: risk.severity, source: "intendedUse" as const }
      : null;
  const misuse =
    risk.misuseLikelihood !== null && risk.misuseSeverity !== null
      ? { likelihood: risk.misuseLikelihood, severity: risk.misuseSeverity, source: "misuse" as const }
      : null;
  if (!intended) return misuse;
  if (!misuse) return intended;
  return misuse.likelihood * misuse.severity > intended.likelihood * intended.severity ? misuse : intended;
}

export type HeatmapCell = {
  likelihood: number;
  severity: number;
  score: number;
  tone: ScoreTone;
  risks: Risk[];
};

/**
 * The 5 × 5 grid of open risks, row by row from severity 5 (top) to 1, each row from likelihood
 * 1 to 5, and the open risks that could not be placed (unscored in this view).
 */
export function heatmap(
  risks: readonly Risk[],
  mode: HeatmapMode,
  tolerance: number,
): { cells: HeatmapCell[]; unplaced: Risk[] } {
  const cells: HeatmapCell[] = [];
  for (const severity of [...SCALE].reverse()) {
    for (const likelihood of SCALE) {
      const score = likelihood * severity;
      cells.push({ likelihood, severity, score, tone: scoreTone(score, tolerance), risks: [] });
    }
  }
  const unplaced: Risk[] = [];
  for (const risk of risks) {
    if (risk.status !== "open") continue;
    const point = heatmapPoint(risk, mode);
    if (!point) {
      unplaced.push(risk);
      continue;
    }
    cells[(5 - point.severity) * 5 + (point.likelihood - 1)]?.risks.push(risk);
  }
  return { cells, unplaced };
}

/* ---------------------------------------------------------------------------------------------- */
/* Mitigations                                                                                      */

export type MitigationFormValues = {
  action: string;
  ownerId: string;
  /** YYYY-MM-DD from a date input, or "". */
  dueDate: string;
  status: MitigationStatus;
};

export function toMitigationForm(mitigation?: Mitigation): MitigationFormValues {
  return {
    action: mitigation?.action ?? "",
    ownerId: mitigation?.owner?.id ?? "",
    dueDate: mitigation?.dueDate ?? "",
    status: mitigation?.status ?? "planned",
  };
}

export function toAddMitigationInput(riskId: string, values: MitigationFormValues): AddMitigationInput {
  return {
    riskId,
    action: values.action.trim(),
    ownerId: values.ownerId === "" ? null : values.ownerId,
    dueDate: values.dueDate === "" ? null : values.dueDate,
    status: values.status,
  };
}

/** Only what changed (an owner who has left is not sent back, see {@link toUpdateRiskInput}). */
export function toUpdateMitigationInput(
  mitigation: Mitigation,
  values: MitigationFormValues,
): UpdateMitigationInput {
  const { riskId: _riskId, ...next } = toAddMitigationInput("", values);
  const current = {
    action: mitigation.action,
    ownerId: mitigation.owner?.id ?? null,
    dueDate: mitigation.dueDate,
    status: mitigation.status,
  };
  const changes: Omit<UpdateMitigationInput, "id"> = {};
  for (const key of Object.keys(current) as Array<keyof typeof current>) {
    if (next[key] !== current[key]) Object.assign(changes, { [key]: next[key] });
  }
  return { id: mitigation.id, ...changes };
}

export function mitigationFieldFor(path: string): keyof MitigationFormValues | undefined {
  return (["action", "ownerId", "dueDate", "status"] as const).find((field) => field === path);
}

/** A YYYY-MM-DD date: the shape a date input gives and the API expects. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Planned or under way with its due date behind `today` (YYYY-MM-DD). */
export function isMitigationOverdue(mitigation: Mitigation, today: string): boolean {
  return (
    mitigation.dueDate !== null &&
    mitigation.dueDate < today &&
    (mitigation.status === "planned" || mitigation.status === "in_progress")
  );
}
