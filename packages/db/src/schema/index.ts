import { sql } from "drizzle-orm";
import {
  check,
  customType,
  index,
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

export const MEMBER_ROLES = ["admin", "risk_owner", "executive", "auditor", "viewer"] as const;

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
    check(
      "memberships_role_check",
      sql`${t.role} in ('admin', 'risk_owner', 'executive', 'auditor', 'viewer')`,
    ),
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

export const schema = { organisations, users, memberships, sessions };
export type Schema = typeof schema;
