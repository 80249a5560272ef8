import { ROLES } from "@airisk/domain/permissions";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** The tenants. An organisation's id is the `tenant_id` of every row it owns. */
export const organisations = pgTable("organisations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** Profile facts the rules read (offender category, turnover, currency…); shape owned by core. */
  profile: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: createdAt(),
});

/** People. Global: one person may belong to several organisations. */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`)],
);

/** The roles of the permission matrix; the database refuses any other. */
const MEMBER_ROLES = ROLES;
const ROLE_LIST = sql.raw(ROLES.map((r) => `'${r}'`).join(", "));

/** A user's role in an organisation. A tenant table: `tenant_id` leads its keys. */
export const memberships = pgTable(
  "memberships",
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text({ enum: MEMBER_ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
    check("memberships_role_check", sql`${t.role} in (${ROLE_LIST})`),
  ],
);

/**
 * Sessions following the Lucia design: the id is public, only the SHA-256 of the secret is kept.
 * `active_tenant_id` is the organisation this session works in; the membership must exist.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    secretHash: bytea().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Membership is checked when the session is read; a removed member simply loses access. */
    activeTenantId: uuid().references(() => organisations.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastVerifiedAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Invitations by link. The token handed out encodes (tenant, invitation id, secret); only the
 * secret's SHA-256 is stored, and a token works only for the e-mail it was sent to.
 */
export const invitations = pgTable(
  "invitations",
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    email: text().notNull(),
    role: text({ enum: MEMBER_ROLES }).notNull(),
    secretHash: bytea().notNull(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("invitations_tenant_email_idx").on(t.tenantId, sql`lower(${t.email})`),
    check("invitations_role_check", sql`${t.role} in (${ROLE_LIST})`),
  ],
);

/**
 * Failed sign-ins per key (`account:<email>` or `ip:<address>`), for throttling. Holds no tenant
 * data, so it is global; rows are deleted on success or overwritten when their window ends.
 */
export const authThrottle = pgTable("auth_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull(),
  windowStartedAt: timestamp({ withTimezone: true }).notNull(),
  lockedUntil: timestamp({ withTimezone: true }),
});

/* ------------------------------------------------------------------------------------------------
 * The register (issue 5). Every table below is a tenant table: `tenant_id` leads its primary key,
 * every reference to another tenant table carries it, and RLS (migration 0005) confines it.
 * ---------------------------------------------------------------------------------------------- */

const tenantRef = () =>
  uuid()
    .notNull()
    .references(() => organisations.id);
const userRef = () => uuid().references(() => users.id, { onDelete: "set null" });
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** An AI system of the organisation, with its profile, classification and lifecycle. */
export const systems = pgTable(
  "systems",
  {
    tenantId: tenantRef(),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    purpose: text().notNull(),
    /** Jurisdiction codes it is deployed in (api.md vocabulary). */
    jurisdictions: text().array().notNull(),
    /** The organisation's roles for it (owner, holder, provider, deployer…). */
    roles: text().array().notNull(),
    /** Profile flags, sector and EU Annex III area; shape owned by @airisk/core/systems. */
    profile: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    impactLevel: text({ enum: ["minimal", "medium", "high"] }),
    autonomyLevel: text({ enum: ["low", "medium", "high"] }),
    euRiskTier: text(),
    /** Questionnaire answers, the suggestion, the owner's decision and the override reason. */
    classification: jsonb().$type<Record<string, unknown>>(),
    /** Prohibited-practice screening: answers, who answered, when, what was found. */
    screening: jsonb().$type<Record<string, unknown>>(),
    noRisksJustification: text(),
    riskOwnerId: userRef(),
    /** Persisted XState snapshot (value + context) and the definition version it was taken with. */
    lifecycle: jsonb().$type<Record<string, unknown>>().notNull(),
    machineVersion: integer().notNull(),
    /** The dotted state ("riskProcess.assessment"), kept beside the snapshot for filters and indexes. */
    state: text().notNull(),
    /** Optimistic concurrency: every write checks the version it read and adds one. */
    version: integer().notNull().default(1),
    approvedAt: timestamp({ withTimezone: true }),
    lastReviewCompletedAt: timestamp({ withTimezone: true }),
    nextReviewAt: date({ mode: "string" }),
    suspendedAt: timestamp({ withTimezone: true }),
    suspension: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("systems_tenant_state_idx").on(t.tenantId, t.state, t.name),
    index("systems_tenant_name_idx").on(t.tenantId, t.name, t.id),
    index("systems_tenant_updated_idx").on(t.tenantId, t.updatedAt, t.id),
    index("systems_tenant_review_idx").on(t.tenantId, t.nextReviewAt),
    index("systems_tenant_owner_idx").on(t.tenantId, t.riskOwnerId),
    index("systems_jurisdictions_idx").using("gin", t.jurisdictions),
    check("systems_version_check", sql`${t.version} >= 1`),
  ],
);

/** A risk of a system, scored for intended use and for reasonably foreseeable misuse (AI Law 18(1)). */
export const risks = pgTable(
  "risks",
  {
    tenantId: tenantRef(),
    id: uuid().notNull().defaultRandom(),
    systemId: uuid().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    category: text().notNull(),
    /** Where it arises: intended use, foreseeable misuse, or both. */
    arisesFrom: text({ enum: ["intended_use", "foreseeable_misuse", "both"] }).notNull(),
    likelihood: integer(),
    severity: integer(),
    misuseLikelihood: integer(),
    misuseSeverity: integer(),
    residualLikelihood: integer(),
    residualSeverity: integer(),
    ownerId: userRef(),
    status: text({ enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    /** Acceptance of the residual risk by the risk owner; stale when the residual changes. */
    acceptedBy: userRef(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedResidualLikelihood: integer(),
    acceptedResidualSeverity: integer(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.systemId], foreignColumns: [systems.tenantId, systems.id] }),
    index("risks_tenant_system_idx").on(t.tenantId, t.systemId),
    ...(
      [
        "likelihood",
        "severity",
        "misuse_likelihood",
        "misuse_severity",
        "residual_likelihood",
        "residual_severity",
      ] as const
    ).map((c) => check(`risks_${c}_range`, sql`${sql.identifier(c)} between 1 and 5`)),
  ],
);

/** A targeted measure against one risk. */
export const mitigations = pgTable(
  "mitigations",
  {
    tenantId: tenantRef(),
    id: uuid().notNull().defaultRandom(),
    riskId: uuid().notNull(),
    action: text().notNull(),
    ownerId: userRef(),
    dueDate: date({ mode: "string" }),
    status: text({ enum: ["planned", "in_progress", "done", "cancelled"] })
      .notNull()
      .default("planned"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.riskId], foreignColumns: [risks.tenantId, risks.id] }).onDelete(
      "cascade",
    ),
    index("mitigations_tenant_risk_idx").on(t.tenantId, t.riskId),
    index("mitigations_tenant_due_idx").on(t.tenantId, t.dueDate),
  ],
);

/** The organisation's answer to one applicable obligation of one system. */
export const obligationStatuses = pgTable(
  "obligation_statuses",
  {
    tenantId: tenantRef(),
    systemId: uuid().notNull(),
    obligationId: text().notNull(),
    status: text({ enum: ["met", "gap", "not_applicable"] }).notNull(),
    note: text(),
    updatedBy: userRef(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.systemId, t.obligationId] }),
    foreignKey({ columns: [t.tenantId, t.systemId], foreignColumns: [systems.tenantId, systems.id] }),
  ],
);

/** A file (≤ 10 MB, kept in the database under RLS) or a link, for an obligation or a remediation. */
export const evidence = pgTable(
  "evidence",
  {
    tenantId: tenantRef(),
    id: uuid().notNull().defaultRandom(),
    systemId: uuid().notNull(),
    /** The obligation it supports; null for system-level evidence (a remediation, a document). */
    obligationId: text(),
    kind: text({ enum: ["file", "link"] }).notNull(),
    name: text().notNull(),
    mediaType: text(),
    sizeBytes: integer(),
    sha256: text(),
    content: bytea(),
    url: text(),
    createdBy: userRef(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.systemId], foreignColumns: [systems.tenantId, systems.id] }),
    index("evidence_tenant_system_idx").on(t.tenantId, t.systemId, t.obligationId),
    check("evidence_size_check", sql`${t.sizeBytes} is null or ${t.sizeBytes} <= 10485760`),
    check(
      "evidence_kind_check",
      sql`(${t.kind} = 'file' and ${t.content} is not null) or (${t.kind} = 'link' and ${t.url} is not null)`,
    ),
  ],
);

/** A recorded offence or regulator finding (drives "repeat within a year" in the exposure engine). */
export const findings = pgTable(
  "findings",
  {
    tenantId: tenantRef(),
    id: uuid().notNull().defaultRandom(),
    systemId: uuid().notNull(),
    /** A penalty rule id of the catalogue, e.g. kz.coao.641-1.synthetic. */
    offence: text().notNull(),
    occurredAt: date({ mode: "string" }).notNull(),
    note: text().notNull().default(""),
    recordedBy: userRef(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.systemId], foreignColumns: [systems.tenantId, systems.id] }),
    index("findings_tenant_system_idx").on(t.tenantId, t.systemId, t.occurredAt),
  ],
);

/**
 * The audit trail: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained
 * per tenant. `seq`, `prev_hash` and `hash` are set by the insert trigger of migration 0005, which
 * locks the tenant's chain head so concurrent writers cannot fork the chain.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id),
    seq: bigint({ mode: "number" }).notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    /** Null when the scheduler acted. */
    actorId: uuid(),
    actorRole: text(),
    systemId: uuid(),
    entity: text().notNull(),
    entityId: text().notNull(),
    action: text().notNull(),
    fromState: text(),
    toState: text(),
    reason: text(),
    /** "law", "product_policy" or "inferred" where the step rests on a rule of that basis. */
    basis: text(),
    before: jsonb(),
    after: jsonb(),
    accepted: boolean().notNull().default(true),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.seq] }),
    index("audit_log_tenant_system_idx").on(t.tenantId, t.systemId, t.seq),
  ],
);

/** Each tenant's chain head: the last sequence number and hash (locked while appending). */
export const auditHeads = pgTable("audit_heads", {
  tenantId: uuid()
    .primaryKey()
    .references(() => organisations.id),
  seq: bigint({ mode: "number" }).notNull(),
  hash: text().notNull(),
});

/** What a reminder is about: a review coming up, a review overdue (escalation), a mitigation due. */
export const REMINDER_KINDS = ["review_due", "review_overdue", "mitigation_due"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * The in-app inbox: one row per reminder and recipient, written by the scheduler's sweep. The
 * unique key (kind, subject, due date, offset, recipient) makes each reminder exist once however
 * often the sweep runs or retries; `offset_days` is the due date minus the day the reminder was
 * meant for (positive: before it; negative: an escalation after it).
 */
export const reminders = pgTable(
  "reminders",
  {
    tenantId: tenantRef(),
    id: uuid().notNull().defaultRandom(),
    kind: text({ enum: REMINDER_KINDS }).notNull(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    systemId: uuid().notNull(),
    /** The system itself, or the mitigation for `mitigation_due`. */
    subjectId: uuid().notNull(),
    dueDate: date({ mode: "string" }).notNull(),
    offsetDays: integer().notNull(),
    createdAt: createdAt(),
    readAt: timestamp({ withTimezone: true }),
    /** When its e-mail went out (SMTP, or the outbox folder without SMTP); null until then. */
    emailedAt: timestamp({ withTimezone: true }),
    /** Failed delivery attempts and the last error, so failures are visible; retried with backoff. */
    emailAttempts: integer().notNull().default(0),
    emailError: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.systemId],
      foreignColumns: [systems.tenantId, systems.id],
    }).onDelete("cascade"),
    uniqueIndex("reminders_once_key").on(
      t.tenantId,
      t.kind,
      t.subjectId,
      t.dueDate,
      t.offsetDays,
      t.recipientId,
    ),
    index("reminders_tenant_recipient_idx").on(t.tenantId, t.recipientId, t.createdAt),
    check("reminders_kind_check", sql`${t.kind} in ('review_due', 'review_overdue', 'mitigation_due')`),
  ],
);

/**
 * A member's secret iCalendar feed of the register's review and mitigation due dates. Only the
 * SHA-256 of the token's secret is stored; issuing a new token replaces it (rotation).
 */
/**
 * The organisation's exposure as recorded once a day by the worker (the dashboard's 12-month trend):
 * the total in the organisation's reporting currency on that day. Re-recording a day replaces it.
 */
export const exposureSnapshots = pgTable(
  "exposure_snapshots",
  {
    tenantId: tenantRef(),
    day: date({ mode: "string" }).notNull(),
    currency: text().notNull(),
    /** The total in exact minor units of `currency`. */
    totalMinor: bigint({ mode: "bigint" }).notNull(),
    /** False when some line could not be converted to `currency` (the total is then a floor). */
    complete: boolean().notNull(),
    lines: integer().notNull(),
    systems: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.currency] })],
);

export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    tenantId: tenantRef(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    secretHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);

export const schema = {
  organisations,
  users,
  memberships,
  sessions,
  invitations,
  authThrottle,
  systems,
  risks,
  mitigations,
  obligationStatuses,
  evidence,
  findings,
  auditLog,
  auditHeads,
  reminders,
  calendarFeeds,
  exposureSnapshots,
};
export type Schema = typeof schema;
