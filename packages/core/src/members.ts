import type { Database } from "@airisk/db/client";
import { invitations, memberships, organisations, users } from "@airisk/db/schema";
import { withScope } from "@airisk/db/tenancy";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from "@airisk/domain/errors";
import { can, ROLES, type Role } from "@airisk/domain/permissions";
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { Email, type Me, readMe, readMembershipRole } from "#auth/accounts.ts";
import { setActiveTenant } from "#auth/sessions.ts";
import { generateSecret, hashSecret, secretMatches } from "#auth/tokens.ts";
import type { TenantContext } from "#context.ts";

export const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;

export const RoleInput = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

export type MemberList = {
  members: Array<{ userId: string; name: string; email: string; role: Role; joinedAt: Date }>;
  invitations: Array<{
    id: string;
    email: string;
    role: Role;
    createdAt: Date;
    expiresAt: Date;
    invitedByName: string;
  }>;
};

export async function listMembers({ ctx }: { ctx: TenantContext }): Promise<MemberList> {
  const members = await ctx.tx
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, ctx.tenantId))
    .orderBy(asc(users.name), asc(users.email));
  if (!can(ctx.actor.role, "members.manage")) return { members, invitations: [] };
  const pending = await ctx.tx
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      invitedByName: sql<string>`coalesce(${users.name}, '')`,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.tenantId, ctx.tenantId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, ctx.now),
      ),
    )
    .orderBy(asc(invitations.createdAt));
  return { members, invitations: pending };
}

export const InviteMemberInput = z.object({ email: Email, role: RoleInput });
export type InviteMemberInput = z.infer<typeof InviteMemberInput>;

export type Invited = {
  invitation: { id: string; email: string; role: Role; expiresAt: Date };
  /** Shown once: the accept link is `/invite/<token>`. */
  token: string;
};

/** An invitation by link, valid for 7 days; an earlier pending one to the same address is revoked. */
export async function inviteMember({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: InviteMemberInput;
}): Promise<Invited> {
  const [existing] = await ctx.tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(sql`lower(${users.email})`, input.email)));
  if (existing) throw new ValidationError("email", "this person is already a member");
  await ctx.tx
    .update(invitations)
    .set({ revokedAt: ctx.now })
    .where(
      and(
        eq(invitations.tenantId, ctx.tenantId),
        eq(sql`lower(${invitations.email})`, input.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  const id = crypto.randomUUID();
  const secret = generateSecret();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_LIFETIME_MS);
  await ctx.tx.insert(invitations).values({
    tenantId: ctx.tenantId,
    id,
    email: input.email,
    role: input.role,
    secretHash: hashSecret(secret),
    invitedBy: ctx.actor.userId,
    createdAt: ctx.now,
    expiresAt,
  });
  return {
    invitation: { id, email: input.email, role: input.role, expiresAt },
    token: encodeToken(ctx.tenantId, id, secret),
  };
}

export const MemberInput = z.object({ userId: z.uuid({ error: "must be a user id" }) });
export const SetRoleInput = MemberInput.extend({ role: RoleInput });
export type SetRoleInput = z.infer<typeof SetRoleInput>;

export async function setMemberRole({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: SetRoleInput;
}): Promise<void> {
  const current = await memberRole(ctx, input.userId);
  if (current === "admin" && input.role !== "admin") await assertAnotherAdmin(ctx, input.userId);
  await ctx.tx
    .update(memberships)
    .set({ role: input.role })
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, input.userId)));
}

/** Removes a member; an admin may remove anyone, anyone may remove themself (leave). */
export async function removeMember({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof MemberInput>;
}): Promise<void> {
  const self = input.userId === ctx.actor.userId;
  if (!self && !can(ctx.actor.role, "members.manage")) {
    throw new ForbiddenError("only an admin may remove other members");
  }
  const current = await memberRole(ctx, input.userId);
  if (current === "admin") await assertAnotherAdmin(ctx, input.userId);
  await ctx.tx
    .delete(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, input.userId)));
}

export const RevokeInvitationInput = z.object({
  invitationId: z.uuid({ error: "must be an invitation id" }),
});

export async function revokeInvitation({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof RevokeInvitationInput>;
}): Promise<void> {
  const revoked = await ctx.tx
    .update(invitations)
    .set({ revokedAt: ctx.now })
    .where(
      and(
        eq(invitations.tenantId, ctx.tenantId),
        eq(invitations.id, input.invitationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  if (revoked.length === 0) throw new NotFoundError("pending invitation");
}

export const InvitationTokenInput = z.object({
  token: z.string().trim().min(1, { error: "must not be empty" }).max(200),
});

export type InvitationView = {
  organisationName: string;
  email: string;
  role: Role;
  expiresAt: Date;
  status: "pending" | "accepted" | "revoked" | "expired";
};

/** What an invitation link offers; readable by whoever holds the token, signed in or not. */
export async function getInvitation({
  database,
  now,
  input,
}: {
  database: Database;
  now: Date;
  input: z.infer<typeof InvitationTokenInput>;
}): Promise<InvitationView> {
  const parsed = decodeToken(input.token);
  return withScope(database.db, { tenantId: parsed.tenantId }, async (tx) => {
    const row = await findInvitation(tx, parsed);
    const [org] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, parsed.tenantId));
    return {
      organisationName: org?.name ?? "",
      email: row.email,
      role: row.role,
      expiresAt: row.expiresAt,
      status: statusOf(row, now),
    };
  });
}

/** Joins the organisation of an invitation sent to the signed-in user's e-mail, and switches to it. */
export async function acceptInvitation({
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
  input: z.infer<typeof InvitationTokenInput>;
}): Promise<Me> {
  const parsed = decodeToken(input.token);
  return withScope(database.db, { tenantId: parsed.tenantId, userId }, async (tx) => {
    const row = await findInvitation(tx, parsed);
    const status = statusOf(row, now);
    if (status !== "pending") throw new ConflictError(`this invitation is ${status}; ask for a new one`);
    const [me] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!me || me.email.toLowerCase() !== row.email.toLowerCase()) {
      throw new ForbiddenError(
        `this invitation was sent to ${row.email}; sign in with that address to accept it`,
      );
    }
    await tx
      .insert(memberships)
      .values({ tenantId: parsed.tenantId, userId, role: row.role, createdAt: now })
      .onConflictDoNothing();
    await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(and(eq(invitations.tenantId, parsed.tenantId), eq(invitations.id, parsed.invitationId)));
    await setActiveTenant(tx, { sessionId, tenantId: parsed.tenantId });
    return readMe(tx, { userId, activeTenantId: parsed.tenantId });
  });
}

type ParsedToken = { tenantId: string; invitationId: string; secret: string };

function encodeToken(tenantId: string, invitationId: string, secret: string): string {
  const ids = new Uint8Array(32);
  ids.set(uuidBytes(tenantId), 0);
  ids.set(uuidBytes(invitationId), 16);
  return `${encodeBase64urlNoPadding(ids)}.${secret}`;
}

function decodeToken(token: string): ParsedToken {
  const [ids, secret, extra] = token.split(".");
  let bytes: Uint8Array | undefined;
  try {
    bytes = ids ? decodeBase64urlIgnorePadding(ids) : undefined;
  } catch {
    bytes = undefined;
  }
  if (bytes?.length !== 32 || !secret || extra !== undefined) throw new NotFoundError("invitation");
  return {
    tenantId: uuidString(bytes.subarray(0, 16)),
    invitationId: uuidString(bytes.subarray(16)),
    secret,
  };
}

async function findInvitation(tx: TenantContext["tx"], parsed: ParsedToken) {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.tenantId, parsed.tenantId), eq(invitations.id, parsed.invitationId)));
  if (!row || !secretMatches(parsed.secret, row.secretHash)) throw new NotFoundError("invitation");
  return row;
}

function statusOf(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationView["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "pending";
}

async function memberRole(ctx: TenantContext, userId: string): Promise<Role> {
  const role = await readMembershipRole(ctx.tx, { tenantId: ctx.tenantId, userId });
  if (!role) throw new NotFoundError("member");
  return role;
}

async function assertAnotherAdmin(ctx: TenantContext, leavingUserId: string): Promise<void> {
  const admins = await ctx.tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.role, "admin")));
  if (!admins.some((a) => a.userId !== leavingUserId)) {
    throw new PreconditionFailedError(
      "lastAdmin",
      "an organisation needs at least one admin; make another member admin first",
    );
  }
}

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replaceAll("-", "");
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function uuidString(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
