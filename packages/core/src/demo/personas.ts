import type { OrganisationProfile } from "@airisk/domain/organisation";
import type { Role } from "@airisk/domain/permissions";

/**
 * The demo organisation and one member per persona. For development and demos only: the password
 * is printed on the console and written in the README.
 */
export const DEMO_ORGANISATION = "Demo organisation";
export const DEMO_PASSWORD = "airisk-demo-2026";

export type PersonaKey = "admin" | "riskOwner" | "executive" | "auditor" | "viewer";

export type Persona = {
  key: PersonaKey;
  email: string;
  name: string;
  role: Role;
  /** What the persona stands for, as printed beside the credentials. */
  title: string;
};

/** The admin comes first: it signs up and creates the organisation (e2e and `pnpm dev` use it). */
export const PERSONAS: readonly Persona[] = [
  {
    key: "admin",
    email: "demo@airisk.example",
    name: "Dana Demo",
    role: "admin",
    title: "compliance lead (admin)",
  },
  {
    key: "riskOwner",
    email: "risk.owner@airisk.example",
    name: "Aruzhan Seitkali",
    role: "risk_owner",
    title: "risk owner",
  },
  {
    key: "executive",
    email: "executive@airisk.example",
    name: "Yerlan Abenov",
    role: "executive",
    title: "executive",
  },
  {
    key: "auditor",
    email: "auditor@airisk.example",
    name: "Madina Omarova",
    role: "auditor",
    title: "auditor",
  },
  {
    key: "viewer",
    email: "viewer@airisk.example",
    name: "Timur Akhmetov",
    role: "viewer",
    title: "viewer",
  },
];

/** A mid-sized Kazakh group reporting in tenge (annual turnover KZT 45 bn, in tiyn). */
export const DEMO_PROFILE: OrganisationProfile = {
  kzOffenderCategory: "medium",
  euSme: false,
  annualTurnover: { amountMinor: "4500000000000", currency: "KZT" },
  reportingCurrency: "KZT",
  reviewIntervalMonths: 12,
  riskTolerance: 9,
  auditEveryHighImpact: true,
};

/** The credentials block printed by the seed command and by the API's first embedded start. */
export function describeDemoCredentials(): string {
  const width = Math.max(...PERSONAS.map((p) => p.email.length));
  return [
    `Demo organisation "${DEMO_ORGANISATION}": sign in with any of these (password ${DEMO_PASSWORD})`,
    ...PERSONAS.map((p) => `  ${p.email.padEnd(width)}  ${p.title}`),
  ].join("\n");
}
