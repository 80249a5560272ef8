import { NotFoundError } from "@airisk/domain/errors";
import { catalogueVersion, getJurisdiction, jurisdictions } from "@airisk/regulations/catalogue";
import type { Confidence, Jurisdiction } from "@airisk/regulations/schema";
import { z } from "zod";

export const ListJurisdictionsInput = z
  .object({
    status: z.enum(["in_force", "enacted", "draft", "sectoral", "soft_law", "treaty"]).optional(),
    region: z.enum(["europe", "asia", "middle_east", "africa", "americas", "oceania", "global"]).optional(),
    binding: z.boolean().optional(),
    q: z.string().trim().max(100, { error: "must be at most 100 characters" }).optional(),
  })
  .default({});
export type ListJurisdictionsInput = z.infer<typeof ListJurisdictionsInput>;

export type JurisdictionListItem = Pick<
  Jurisdiction,
  | "code"
  | "name"
  | "kind"
  | "region"
  | "status"
  | "binding"
  | "evolving"
  | "summary"
  | "lastChecked"
  | "parent"
> & {
  instrumentCount: number;
  obligationCount: number;
  penaltyCount: number;
  /** The next dated change on or after `today`, if any. */
  nextChange: { date: string; what: string } | null;
};

/** The tracker: every jurisdiction, filtered, with what changes next. */
export function listJurisdictions({ input, today }: { input: ListJurisdictionsInput; today: string }): {
  catalogueVersion: string;
  items: JurisdictionListItem[];
} {
  const q = input.q?.toLowerCase();
  const items = jurisdictions
    .filter((j) => (input.status ? j.status === input.status : true))
    .filter((j) => (input.region ? j.region === input.region : true))
    .filter((j) => (input.binding === undefined ? true : j.binding === input.binding))
    .filter((j) => (q ? searchText(j).includes(q) : true))
    .map((j) => ({
      code: j.code,
      name: j.name,
      kind: j.kind,
      region: j.region,
      status: j.status,
      binding: j.binding,
      evolving: j.evolving,
      summary: j.summary,
      lastChecked: j.lastChecked,
      parent: j.parent,
      instrumentCount: j.instruments.length,
      obligationCount: j.obligations.length,
      penaltyCount: j.penalties.length,
      nextChange: upcomingOf(j, today, "9999-12-31")[0] ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { catalogueVersion, items };
}

function searchText(j: Jurisdiction): string {
  return [j.code, j.name, j.summary, ...j.instruments.map((i) => `${i.name} ${i.number ?? ""}`)]
    .join(" ")
    .toLowerCase();
}

export const JurisdictionCodeInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2, { error: "must be a jurisdiction code such as KZ or EU" })
    .max(6),
});

export type JurisdictionDetail = Jurisdiction & {
  children: Array<{ code: string; name: string; status: Jurisdiction["status"] }>;
};

export function readJurisdiction({
  input,
}: {
  input: z.infer<typeof JurisdictionCodeInput>;
}): JurisdictionDetail {
  const j = getJurisdiction(input.code);
  if (!j) throw new NotFoundError(`jurisdiction ${input.code}`);
  const children = jurisdictions
    .filter((c) => c.parent === j.code)
    .map((c) => ({ code: c.code, name: c.name, status: c.status }));
  return { ...j, children };
}

export const UpcomingInput = z
  .object({
    from: z.iso.date({ error: "must be a date (YYYY-MM-DD)" }).optional(),
    months: z
      .number()
      .int()
      .min(1, { error: "must be 1 to 60" })
      .max(60, { error: "must be 1 to 60" })
      .default(18),
  })
  .default({ months: 18 });

export type UpcomingChange = {
  date: string;
  jurisdiction: { code: string; name: string };
  instrument: { id: string; name: string };
  what: string;
  confidence: Confidence;
};

/** Every dated change across jurisdictions from `from` for `months` months, oldest first. */
export function listUpcoming({
  input,
  today,
}: {
  input: z.infer<typeof UpcomingInput>;
  today: string;
}): UpcomingChange[] {
  const from = input.from ?? today;
  const until = addMonths(from, input.months);
  return jurisdictions
    .flatMap((j) =>
      upcomingOf(j, from, until).map((c) => ({ ...c, jurisdiction: { code: j.code, name: j.name } })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.jurisdiction.name.localeCompare(b.jurisdiction.name));
}

function upcomingOf(j: Jurisdiction, from: string, until: string) {
  return j.instruments
    .flatMap((i) => {
      const steps = [...i.timeline];
      if (i.inForce && !steps.some((s) => s.date === i.inForce)) {
        steps.push({ date: i.inForce, what: "enters into force", confidence: i.confidence });
      }
      return steps.map((s) => ({
        date: s.date,
        what: s.what,
        confidence: s.confidence,
        instrument: { id: i.id, name: i.name },
      }));
    })
    .filter((s) => s.date >= from && s.date < until)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** ISO date plus whole months, on the calendar (2026-11-30 + 3 → 2027-02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
