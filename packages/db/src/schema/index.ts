import { ROLES } from "@airisk/domain/permissions";
import { sql } from "drizzle-orm";
import {
  check,
  customType,
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

export const schema = { organisations, users, memberships, sessions, invitations, authThrottle };
export type Schema = typeof schema;
