import { randomBytes, randomUUID } from "node:crypto";
import { type Database, rowsOf, type Tx } from "@airisk/db/client";
import { LIFECYCLE_VERSION, lifecycleMachine, persistLifecycle } from "@airisk/domain/lifecycle";
import { type SQL, sql } from "drizzle-orm";
import { hashPassword } from "#auth/password.ts";
import { DEMO_PASSWORD, DEMO_PROFILE } from "#demo/personas.ts";

/**
 * Scale data for benchmarks and load tests: `tenants` organisations with `systemsPerTenant` AI
 * systems each, written with set-based SQL (`insert … select … generate_series`) by the migrating
 * user, not through the verbs and with no audit trail. The distribution is realistic: most systems
 * operating, the rest spread over the lifecycle; impact, autonomy, jurisdictions and risk owners
 * varied; next reviews over the coming year with a few overdue; one to four risks per classified
 * system, with a mitigation for each risk above the tolerance. Each tenant's rows are written with
 * its `app.tenant_id` set, so forced row-level security accepts them even for a non-superuser owner.
 */
export type ScaleTenant = { id: string; name: string; adminEmail: string; systems: number };
export type ScaleResult = {
  tenants: ScaleTenant[];
  rows: {
    organisations: number;
    users: number;
    memberships: number;
    systems: number;
    risks: number;
    mitigations: number;
  };
  totalRows: number;
  ms: number;
  rowsPerSecond: number;
  /** Every member's password (the demo's). */
  password: string;
};

/** Lifecycle states and their share of a tenant's systems. */
const STATE_SHARES: ReadonlyArray<readonly [state: string, share: number]> = [
  ["operating.compliant", 0.45],
  ["operating.reviewDue", 0.05],
  ["operating.overdue", 0.03],
  ["draft", 0.08],
  ["riskProcess.identification", 0.08],
  ["riskProcess.assessment", 0.06],
  ["riskProcess.mitigation", 0.06],
  ["riskProcess.audit", 0.04],
  ["riskProcess.approval", 0.04],
  ["suspended", 0.02],
  ["retired", 0.09],
];

/** Kinds of system: name, purpose, profile (the flags the applicability engine reads). */
const KINDS: ReadonlyArray<readonly [string, string, Record<string, unknown>]> = [
  [
    "Credit scoring",
    "Scores consumer loan applications; underwriters decide borderline cases.",
    { makesDecisionsAboutPeople: true, processesPersonalData: true, sector: "banking" },
  ],
  [
    "CV screening",
    "Ranks job applications and suggests a shortlist to recruiters.",
    { makesDecisionsAboutPeople: true, processesPersonalData: true, usedInWorkplace: true },
  ],
  [
    "Customer chatbot",
    "Answers customers' questions with generated replies; hands over to an operator.",
    { interactsWithPeople: true, producesSyntheticOutputs: true },
  ],
  [
    "Fraud detection",
    "Scores payments in real time and blocks suspicious ones.",
    { makesDecisionsAboutPeople: true, fullyAutomatedDecisions: true, processesPersonalData: true },
  ],
  [
    "Medical triage",
    "Suggests a triage category from vital signs; nurses confirm it.",
    { makesDecisionsAboutPeople: true, processesPersonalData: true, sector: "healthcare" },
  ],
  [
    "Marketing video generator",
    "Produces campaign videos with a synthetic presenter.",
    { producesSyntheticOutputs: true, publishesDeepfakes: true, producesCreativeOutputs: true },
  ],
  [
    "Smart-contract arbitration",
    "Settles supplier payment disputes from delivery oracles.",
    { isSmartContract: true, fullyAutomatedDecisions: true },
  ],
  [
    "Biometric access control",
    "Face recognition at office turnstiles.",
    { processesBiometricData: true, biometricAuthentication: true, usedInWorkplace: true },
  ],
  [
    "Traffic signal control",
    "Sets signal plans of city intersections from detector counts.",
    { isCriticallyImportantObject: true, seeksTrustedList: true, sector: "transport" },
  ],
  ["Demand forecasting", "Forecasts weekly demand per product and store.", { sector: "retail" }],
  [
    "Lead scoring",
    "Ranks inbound sales leads for the sales team.",
    { processesPersonalData: true, sector: "sales" },
  ],
  [
    "Insurance risk scoring",
    "Prices motor and property policies from the applicant's data.",
    { makesDecisionsAboutPeople: true, processesPersonalData: true, sector: "insurance" },
  ],
  [
    "Claims photo assessment",
    "Estimates repair costs from photos and pays small claims.",
    { fullyAutomatedDecisions: true, makesDecisionsAboutPeople: true },
  ],
  [
    "Predictive maintenance",
    "Predicts equipment failures and schedules maintenance crews.",
    { sector: "energy", isCriticallyImportantObject: true },
  ],
  [
    "AML monitoring",
    "Flags transactions for money-laundering review by analysts.",
    { makesDecisionsAboutPeople: true, processesPersonalData: true, trainsModels: true },
  ],
  [
    "Voice bot",
    "Calls customers in a synthetic voice to book appointments and payments.",
    { interactsWithPeople: true, producesSyntheticOutputs: true },
  ],
  [
    "Code assistant",
    "Suggests and explains code in developers' IDEs.",
    { producesSyntheticOutputs: true, usedInWorkplace: true },
  ],
  [
    "Document OCR",
    "Reads identity documents and invoices into structured data.",
    { processesPersonalData: true },
  ],
  [
    "Attrition prediction",
    "Predicts which employees may resign within six months.",
    { makesDecisionsAboutPeople: true, usedInWorkplace: true, processesPersonalData: true },
  ],
  [
    "Dynamic pricing",
    "Sets online prices several times a day.",
    { fullyAutomatedDecisions: true, sector: "e-commerce" },
  ],
];

const SITES = [
  "Almaty",
  "Astana",
  "Shymkent",
  "Karaganda",
  "Aktobe",
  "Atyrau",
  "Pavlodar",
  "Kostanay",
  "Taraz",
  "Oskemen",
  "Riga",
  "Berlin",
  "Austin",
];

/** Risk templates: title, category. */
const RISKS: ReadonlyArray<readonly [string, string]> = [
  ["Discrimination against a protected group", "bias and discrimination"],
  ["Model drift after a change in the population", "reliability"],
  ["Personal data used beyond its purpose", "privacy"],
  ["Outputs not labelled as AI-generated", "transparency"],
  ["Adversarial inputs bypass the model", "security"],
  ["Staff over-rely on the system's suggestions", "human oversight"],
  ["Use outside the assessed purpose", "misuse"],
  ["Outage of the serving infrastructure", "reliability"],
  ["Training data used without a licence", "intellectual property"],
  ["Decisions cannot be explained to the people affected", "transparency"],
];

const MITIGATIONS = [
  "Quarterly bias test with a documented threshold",
  "Monthly drift monitoring with an alert and a retraining plan",
  "Human review of every negative decision",
  "Visible AI notice and a machine-readable label on every output",
  "Red-team test before each release",
  "Access limited to the assessed use; usage logs reviewed monthly",
  "Fallback procedure and an on-call rota",
  "Training for every operator",
];

const ROLES = [
  ["admin", "admin"],
  ["risk-owner-1", "risk_owner"],
  ["risk-owner-2", "risk_owner"],
  ["risk-owner-3", "risk_owner"],
  ["executive", "executive"],
  ["auditor", "auditor"],
  ["viewer", "viewer"],
] as const;

const NAMES = [
  "Aigerim Nurlanova",
  "Daniyar Seitov",
  "Saule Kairatova",
  "Arman Zhaksybekov",
  "Gulnara Bekova",
  "Nurlan Omarov",
  "Aliya Tulegenova",
  "Bauyrzhan Abenov",
  "Dinara Sarsenova",
  "Yerzhan Mukanov",
  "Assel Dzhaksybekova",
];

const json = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;
/** A whole-number constant written into the statement (no parameter whose type the server must guess). */
const int = (n: number): SQL => sql.raw(String(Math.trunc(n)));

/** The persisted snapshot of each state, resolved once by the machine and reused for every row. */
function snapshots(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [state] of STATE_SHARES) {
    const [top, child] = state.split(".") as [string, string | undefined];
    const value = child ? { [top]: child } : top;
    const persisted = persistLifecycle(
      lifecycleMachine.resolveState({ value, context: { version: LIFECYCLE_VERSION } }),
    );
    out[state] = { value: persisted.value, context: persisted.context };
  }
  return out;
}

/** `case when r < c1 then s1 when r < c2 then s2 … end` over the state shares. */
function stateCase(r: SQL): SQL {
  let cumulative = 0;
  const parts = STATE_SHARES.map(([state, share], i) => {
    cumulative += share;
    return i === STATE_SHARES.length - 1
      ? sql`else ${state}`
      : sql`when ${r} < ${cumulative.toFixed(4)}::float8 then ${state}`;
  });
  return sql`(case ${sql.join(parts, sql` `)} end)`;
}

async function countOf(tx: Tx, query: SQL): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await tx.execute(query));
  return Number(row?.n ?? 0);
}

export async function seedScale({
  database,
  now,
  tenants,
  systemsPerTenant,
  label = "Scale",
  randomSeed = 0.2026,
  risksPerSystem,
}: {
  database: Database;
  now: Date;
  tenants: number;
  systemsPerTenant: number;
  /** Organisation names are "<label> <run> 0001…". */
  label?: string;
  /** For setseed(): the same seed gives the same distribution. */
  randomSeed?: number;
  /** Exactly this many risks per classified system (default: one to four). */
  risksPerSystem?: number | undefined;
}): Promise<ScaleResult> {
  if (!Number.isInteger(tenants) || tenants < 1) throw new Error("tenants must be a whole number ≥ 1");
  if (!Number.isInteger(systemsPerTenant) || systemsPerTenant < 0) {
    throw new Error("systems must be a whole number ≥ 0");
  }
  if (risksPerSystem !== undefined && (!Number.isInteger(risksPerSystem) || risksPerSystem < 0)) {
    throw new Error("risks per system must be a whole number ≥ 0");
  }
  const riskCount =
    risksPerSystem === undefined ? sql`1 + abs(hashtext(s.id::text)) % 4` : sql`${int(risksPerSystem)}`;
  const started = performance.now();
  const run = randomBytes(3).toString("hex");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const lifecycles = snapshots();
  const kinds = KINDS.map(([name, purpose, profile]) => [name, purpose, profile]);
  const rows = { organisations: 0, users: 0, memberships: 0, systems: 0, risks: 0, mitigations: 0 };
  const made: ScaleTenant[] = [];
  const today = sql`${now.toISOString()}::timestamptz`;
  const tolerance = DEMO_PROFILE.riskTolerance ?? 9;

  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${randomSeed}::float8)`);
    for (let t = 1; t <= tenants; t++) {
      const tenantId = randomUUID();
      const name = `${label} ${run} ${String(t).padStart(4, "0")}`;
      const email = (slug: string) => `scale-${run}-t${t}-${slug}@airisk.example`;
      // Forced row-level security checks tenant rows against app.tenant_id, even for the owner.
      await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
      await tx.execute(sql`insert into organisations (id, name, profile, created_at, updated_at)
        values (${tenantId}, ${name}, ${json(DEMO_PROFILE)}, ${today} - interval '2 years', ${today})`);
      rows.organisations += 1;

      const people = ROLES.map(([slug, role], i) => ({
        id: randomUUID(),
        email: email(slug),
        name: NAMES[(t + i) % NAMES.length] as string,
        role,
      }));
      rows.users += await countOf(
        tx,
        sql`with ins as (
          insert into users (id, email, name, password_hash, created_at)
          select (p->>'id')::uuid, p->>'email', p->>'name', ${passwordHash}, ${today} - interval '2 years'
          from jsonb_array_elements(${json(people)}) p
          returning 1)
        select count(*) as n from ins`,
      );
      rows.memberships += await countOf(
        tx,
        sql`with ins as (
          insert into memberships (tenant_id, user_id, role, created_at)
          select ${tenantId}::uuid, (p->>'id')::uuid, p->>'role', ${today} - interval '2 years'
          from jsonb_array_elements(${json(people)}) p
          returning 1)
        select count(*) as n from ins`,
      );
      const owners = people.filter((p) => p.role === "admin" || p.role === "risk_owner").map((p) => p.id);

      const systemCount = await countOf(
        tx,
        sql`with kinds as (
            select (ordinality - 1)::int as k, value->>0 as name, value->>1 as purpose, value->2 as profile
            from jsonb_array_elements(${json(kinds)}) with ordinality),
          sites as (
            select (ordinality - 1)::int as k, value as site
            from jsonb_array_elements_text(${json(SITES)}) with ordinality),
          owners as (
            select (ordinality - 1)::int as k, value::uuid as id
            from jsonb_array_elements_text(${json(owners)}) with ordinality),
          base as (
            select g, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
                   random() as r6, random() as r7, random() as r8, random() as r9, random() as r10
            from generate_series(1, ${systemsPerTenant}::int) g),
          shaped as (
            select b.*, ${stateCase(sql`b.r1`)} as state,
                   floor(b.r2 * ${int(KINDS.length)})::int as kind,
                   floor(b.r9 * ${int(SITES.length)})::int as site,
                   floor(b.r7 * ${int(owners.length)})::int as owner
            from base b),
          dated as (
            select s.*,
              case
                when s.state = 'operating.compliant' then (${today} + make_interval(days => 31 + floor(s.r8 * 300)::int))::date
                when s.state = 'operating.reviewDue' then (${today} + make_interval(days => floor(s.r8 * 30)::int))::date
                when s.state = 'operating.overdue' then (${today} - make_interval(days => 1 + floor(s.r8 * 90)::int))::date
                when s.state like 'riskProcess.%' and s.r10 < 0.3 then (${today} + make_interval(days => floor(s.r8 * 120)::int - 30))::date
                when s.state = 'suspended' then (${today} + make_interval(days => floor(s.r8 * 200)::int))::date
              end as next_review
            from shaped s),
          ins as (
            insert into systems (tenant_id, id, name, purpose, jurisdictions, roles, profile, impact_level,
              autonomy_level, eu_risk_tier, risk_owner_id, lifecycle, machine_version, state, version,
              approved_at, next_review_at, suspended_at, suspension, created_at, updated_at)
            select ${tenantId}::uuid, gen_random_uuid(),
              k.name || ' — ' || si.site || ' #' || d.g, k.purpose,
              case when d.r3 < 0.70 then array['KZ'] when d.r3 < 0.85 then array['KZ', 'EU']
                   when d.r3 < 0.93 then array['EU'] when d.r3 < 0.97 then array['US']
                   else array['KZ', 'EU', 'US'] end,
              case when d.r10 < 0.6 then array['owner'] when d.r10 < 0.8 then array['owner', 'holder']
                   else array['holder', 'deployer'] end,
              k.profile,
              case when d.state = 'draft' and d.r6 < 0.5 then null
                   when d.r4 < 0.30 then 'minimal' when d.r4 < 0.75 then 'medium' else 'high' end,
              case when d.state = 'draft' and d.r6 < 0.5 then null
                   when d.r5 < 0.55 then 'low' when d.r5 < 0.90 then 'medium' else 'high' end,
              case when d.state = 'draft' and d.r6 < 0.5 then null
                   when d.r6 < 0.50 then 'minimal' when d.r6 < 0.75 then 'limited'
                   when d.r6 < 0.95 then 'high_annex_iii' else 'high_annex_i' end,
              case when d.state = 'draft' and d.r7 < 0.3 then null else o.id end,
              ${json(lifecycles)} -> d.state, ${int(LIFECYCLE_VERSION)}, d.state,
              2 + floor(d.r5 * 18)::int,
              case when d.next_review is not null then d.next_review - interval '12 months' end,
              d.next_review,
              case when d.state = 'suspended' then ${today} - make_interval(days => 1 + floor(d.r8 * 60)::int) end,
              case when d.state = 'suspended' then ${json({
                reason: "screening: a prohibited practice was found",
                practices: [],
                policy: "product policy built on AI Law Art. 18(2): the product always suspends",
              })} end,
              ${today} - make_interval(days => 30 + floor(d.r9 * 700)::int),
              ${today} - make_interval(days => floor(d.r8 * 30)::int, hours => floor(d.r2 * 24)::int)
            from dated d
            join kinds k on k.k = d.kind
            join sites si on si.k = d.site
            join owners o on o.k = d.owner
            returning 1)
          select count(*) as n from ins`,
      );
      rows.systems += systemCount;
      // Fresh statistics after the first batch, and the session's cached plans dropped: the
      // foreign-key checks of the inserts below would otherwise reuse plans made while the table
      // was small (a sequential scan per row: quadratic) and never use the index.
      if (t === 1) {
        await tx.execute(sql`analyze systems`);
        await tx.execute(sql`discard plans`);
      }

      rows.risks += await countOf(
        tx,
        sql`with templates as (
            select (ordinality - 1)::int as k, value->>0 as title, value->>1 as category
            from jsonb_array_elements(${json(RISKS)}) with ordinality),
          picked as (
            select s.id as system_id, s.state, s.risk_owner_id, s.created_at,
                   (abs(hashtext(s.id::text || n::text)) % ${int(RISKS.length)}) as template
            from systems s
            cross join lateral generate_series(1, ${riskCount}) n
            where s.tenant_id = ${tenantId}::uuid and s.impact_level is not null and s.state <> 'draft'),
          scored as (
            select p.*, p.state not in ('riskProcess.identification') as has_score,
                   p.state not in ('riskProcess.identification', 'riskProcess.assessment') as has_residual,
                   1 + floor(random() * 5)::int as l, 1 + floor(random() * 5)::int as s,
                   1 + floor(random() * 5)::int as ml, 1 + floor(random() * 5)::int as ms,
                   1 + floor(random() * 3)::int as rl, 1 + floor(random() * 3)::int as rs,
                   floor(random() * 3)::int as arises
            from picked p),
          ins as (
            insert into risks (tenant_id, system_id, title, description, category, arises_from, likelihood,
              severity, misuse_likelihood, misuse_severity, residual_likelihood, residual_severity, owner_id,
              status, created_at, updated_at)
            select ${tenantId}::uuid, c.system_id, t.title, '', t.category,
              (array['intended_use', 'foreseeable_misuse', 'both'])[1 + c.arises],
              case when c.has_score then c.l end, case when c.has_score then c.s end,
              case when c.has_score then c.ml end, case when c.has_score then c.ms end,
              case when c.has_residual then c.rl end, case when c.has_residual then c.rs end,
              c.risk_owner_id, 'open', c.created_at, c.created_at
            from scored c join templates t on t.k = c.template
            returning 1)
          select count(*) as n from ins`,
      );

      if (t === 1) {
        await tx.execute(sql`analyze risks`);
        await tx.execute(sql`discard plans`);
      }

      rows.mitigations += await countOf(
        tx,
        sql`with actions as (
            select (ordinality - 1)::int as k, value as action
            from jsonb_array_elements_text(${json(MITIGATIONS)}) with ordinality),
          candidates as (
            select r.id, r.owner_id, r.created_at, floor(random() * ${int(MITIGATIONS.length)})::int as action,
                   floor(random() * 180)::int - 60 as due_in
            from risks r
            where r.tenant_id = ${tenantId}::uuid
              and greatest(coalesce(r.likelihood * r.severity, 0), coalesce(r.misuse_likelihood * r.misuse_severity, 0)) > ${int(tolerance)}),
          ins as (
            insert into mitigations (tenant_id, risk_id, action, owner_id, due_date, status, created_at, updated_at)
            select ${tenantId}::uuid, c.id, a.action, c.owner_id,
              (${today} + make_interval(days => c.due_in))::date,
              case when c.due_in < 0 then 'done' when c.due_in < 30 then 'in_progress' else 'planned' end,
              c.created_at, c.created_at
            from candidates c join actions a on a.k = c.action
            returning 1)
          select count(*) as n from ins`,
      );
      made.push({ id: tenantId, name, adminEmail: email("admin"), systems: systemCount });
    }
    await tx.execute(sql`analyze systems, risks, mitigations, users, memberships`);
  });

  const ms = performance.now() - started;
  const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
  return {
    tenants: made,
    rows,
    totalRows,
    ms,
    rowsPerSecond: totalRows / (ms / 1000),
    password: DEMO_PASSWORD,
  };
}
