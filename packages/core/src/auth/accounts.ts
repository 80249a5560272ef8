import { randomUUID } from "node:crypto";
import { type Database, rowsOf, type Tx } from "@airisk/db/client";
import { memberships, organisations, users } from "@airisk/db/schema";
import { withAppRole, withScope } from "@airisk/db/tenancy";
import { NotFoundError, UnauthorizedError, ValidationError } from "@airisk/domain/errors";
import { OrganisationName } from "@airisk/domain/organisation";
import { type Action, actionsOf, type Role } from "@airisk/domain/permissions";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import {
  assertAcceptablePassword,
  hashPassword,
  verifyAgainstNothing,
  verifyPassword,
} from "#auth/password.ts";
import { createSession, type SessionToken, setActiveTenant } from "#auth/sessions.ts";
import { assertNotThrottled, clearFailures, recordFailure, type ThrottleKey } from "#auth/throttle.ts";

export const Email = z
  .string()
  .trim()
  .max(254, { error: "must be at most 254 characters" })
  .pipe(z.email({ error: "must be an e-mail address" }))
  .transform((e) => e.toLowerCase());

export const PersonName = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .max(120, { error: "must be at most 120 characters" });

export const SignUpInput = z.object({
  email: Email,
  password: z.string().max(1024, { error: "is too long" }),
  name: PersonName,
  organisationName: OrganisationName,
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: z
    .string()
    .trim()
    .max(254, { error: "is too long" })
    .transform((e) => e.toLowerCase()),
  password: z.string().max(1024, { error: "is too long" }),
});
export type SignInInput = z.infer<typeof SignInInput>;

export type Me = {
  user: { id: string; email: string; name: string };
  activeOrganisation: { id: string; name: string; role: Role; permissions: Action[] } | null;
  memberships: Array<{ organisationId: string; organisationName: string; role: Role }>;
};

/** The signed-in user, their organisations and what they may do in the active one. */
export async function readMe(
  tx: Tx,
  { userId, activeTenantId }: { userId: string; activeTenantId: string | null },
): Promise<Me> {
  const [user] = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new UnauthorizedError();
  const rows = await tx
    .select({
      organisationId: memberships.tenantId,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name), asc(memberships.tenantId));
  const active = rows.find((m) => m.organisationId === activeTenantId);
  return {
    user,
    activeOrganisation: active
      ? {
          id: active.organisationId,
          name: active.organisationName,
          role: active.role,
          permissions: actionsOf(active.role),
        }
      : null,
    memberships: rows,
  };
}

export type SignedIn = { session: SessionToken; me: Me };

/** A new user and a new organisation they administer, signed in. */
export async function signUp({
  database,
  now,
  input,
}: {
  database: Database;
  now: Date;
  input: SignUpInput;
}): Promise<SignedIn> {
  assertAcceptablePassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const tenantId = randomUUID();
  try {
    return await withScope(database.db, { userId, tenantId }, async (tx) => {
      await tx
        .insert(users)
        .values({ id: userId, email: input.email, name: input.name, passwordHash, createdAt: now });
      await tx
        .insert(organisations)
        .values({ id: tenantId, name: input.organisationName, createdAt: now, updatedAt: now });
      await tx.insert(memberships).values({ tenantId, userId, role: "admin", createdAt: now });
      const session = await createSession(tx, { userId, activeTenantId: tenantId, now });
      return { session, me: await readMe(tx, { userId, activeTenantId: tenantId }) };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_key")) {
      throw new ValidationError("email", "an account with this e-mail already exists; sign in instead");
    }
    throw error;
  }
}

const WRONG_CREDENTIALS = "Wrong e-mail or password.";

/**
 * Signs in with e-mail and password. Unknown e-mail and wrong password give the same answer in
 * the same time; repeated failures are throttled per account and per client address.
 */
export async function signIn({
  database,
  now,
  input,
  clientIp,
}: {
  database: Database;
  now: Date;
  input: SignInInput;
  clientIp: string;
}): Promise<SignedIn> {
  const account: ThrottleKey = { kind: "account", value: input.email };
  const keys: ThrottleKey[] = [account, { kind: "ip", value: clientIp }];
  const [credentials] = await withAppRole(database.db, async (tx) => {
    // A locked key is refused before any hashing is spent on it.
    await assertNotThrottled(tx, keys, now);
    return rowsOf<{ id: string; password_hash: string }>(
      await tx.execute(sql`select id, password_hash from auth_credentials(${input.email})`),
    );
  });
  const valid = credentials
    ? await verifyPassword(credentials.password_hash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!credentials || !valid) {
    await withAppRole(database.db, (tx) => recordFailure(tx, keys, now));
    throw new UnauthorizedError(WRONG_CREDENTIALS);
  }
  const userId = credentials.id;
  return withScope(database.db, { userId }, async (tx) => {
    await clearFailures(tx, account);
    const [first] = await tx
      .select({ tenantId: memberships.tenantId })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organisations.name))
      .limit(1);
    const activeTenantId = first?.tenantId ?? null;
    const session = await createSession(tx, { userId, activeTenantId, now });
    return { session, me: await readMe(tx, { userId, activeTenantId }) };
  });
}

export const CreateOrganisationInput = z.object({ name: OrganisationName });
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationInput>;

/** A further organisation, administered by its creator and made active for this session. */
export async function createOrganisation({
  database,
  now,
  userId,
  sessionId,
  input,
}: {
  database: Database;
  now: Date;
  userId: string;
  sessionId: string;
  input: CreateOrganisationInput;
}): Promise<Me> {
  const tenantId = randomUUID();
  return withScope(database.db, { userId, tenantId }, async (tx) => {
    await tx.insert(organisations).values({ id: tenantId, name: input.name, createdAt: now, updatedAt: now });
    await tx.insert(memberships).values({ tenantId, userId, role: "admin", createdAt: now });
    await setActiveTenant(tx, { sessionId, tenantId });
    return readMe(tx, { userId, activeTenantId: tenantId });
  });
}

export const SwitchOrganisationInput = z.object({
  organisationId: z.uuid({ error: "must be an organisation id" }),
});
export type SwitchOrganisationInput = z.infer<typeof SwitchOrganisationInput>;

/** Makes another of the user's organisations the session's active one. */
export async function switchOrganisation({
  database,
  userId,
  sessionId,
  input,
}: {
  database: Database;
  userId: string;
  sessionId: string;
  input: SwitchOrganisationInput;
}): Promise<Me> {
  const tenantId = input.organisationId;
  return withScope(database.db, { userId, tenantId }, async (tx) => {
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
    if (!member) throw new NotFoundError("organisation");
    await setActiveTenant(tx, { sessionId, tenantId });
    return readMe(tx, { userId, activeTenantId: tenantId });
  });
}

/** The role of a user in a tenant, or null; `tx` must be scoped to that tenant (withTenant). */
export async function readMembershipRole(
  tx: Tx,
  { tenantId, userId }: { tenantId: string; userId: string },
): Promise<Role | null> {
  const [member] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return member?.role ?? null;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (
    let e: unknown = error;
    e instanceof Error || (e && typeof e === "object");
    e = (e as { cause?: unknown }).cause
  ) {
    const pg = e as { code?: string; constraint?: string; constraint_name?: string; message?: string };
    if (pg.code === "23505") {
      if (!constraint) return true;
      const name = pg.constraint ?? pg.constraint_name ?? "";
      return name === constraint || (pg.message ?? "").includes(constraint);
    }
    if (!(e as { cause?: unknown }).cause) break;
  }
  return false;
}
