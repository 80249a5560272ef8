import { randomUUID } from "node:crypto";
import type { Database } from "@airisk/db/client";
import { memberships, mitigations, organisations, risks, systems, users } from "@airisk/db/schema";
import { LIFECYCLE_VERSION, lifecycleMachine, persistLifecycle } from "@airisk/domain/lifecycle";
import type { OrganisationProfile } from "@airisk/domain/organisation";
import type { Role } from "@airisk/domain/permissions";

/**
 * Test fixtures for the scheduler: an organisation with one member per role and systems put
 * straight into a lifecycle state with a review day, written as the schema owner. Tests only.
 */
export type ReminderFixture = {
  tenantId: string;
  members: Record<"admin" | "riskOwner" | "executive" | "viewer", string>;
};

export async function createReminderOrg(
  database: Database,
  profile: OrganisationProfile = {},
): Promise<ReminderFixture> {
  const tenantId = randomUUID();
  await database.db
    .insert(organisations)
    .values({ id: tenantId, name: `Org ${tenantId.slice(0, 8)}`, profile });
  const roles: Array<[keyof ReminderFixture["members"], Role]> = [
    ["admin", "admin"],
    ["riskOwner", "risk_owner"],
    ["executive", "executive"],
    ["viewer", "viewer"],
  ];
  const members = {} as ReminderFixture["members"];
  for (const [key, role] of roles) {
    const id = randomUUID();
    await database.db
      .insert(users)
      .values({ id, email: `${key}.${id.slice(0, 8)}@example.test`, name: key, passwordHash: "-" });
    await database.db.insert(memberships).values({ tenantId, userId: id, role });
    members[key] = id;
  }
  return { tenantId, members };
}

/** A system in `state` (dotted, e.g. "operating.compliant") with its review on `nextReviewAt`. */
export async function createSystemIn(
  database: Database,
  org: ReminderFixture,
  state: string,
  nextReviewAt: string | null,
  riskOwnerId: string | null = org.members.riskOwner,
): Promise<string> {
  const [parent, child] = state.split(".");
  const value = child ? { [parent as string]: child } : (parent as string);
  const persisted = persistLifecycle(
    lifecycleMachine.resolveState({ value, context: { version: LIFECYCLE_VERSION } }),
  );
  const id = randomUUID();
  await database.db.insert(systems).values({
    tenantId: org.tenantId,
    id,
    name: `System ${state} ${id.slice(0, 4)}`,
    purpose: "test",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    riskOwnerId,
    lifecycle: { value: persisted.value, context: persisted.context },
    machineVersion: persisted.machineVersion,
    state,
    approvedAt: nextReviewAt ? new Date(`${nextReviewAt}T00:00:00Z`) : null,
    nextReviewAt,
  });
  return id;
}

/** A mitigation due on `dueDate` against a new risk of `systemId`. */
export async function createMitigation(
  database: Database,
  org: ReminderFixture,
  systemId: string,
  dueDate: string,
  ownerId: string | null = null,
): Promise<string> {
  const riskId = randomUUID();
  await database.db.insert(risks).values({
    tenantId: org.tenantId,
    id: riskId,
    systemId,
    title: "risk",
    category: "bias",
    arisesFrom: "intended_use",
  });
  const id = randomUUID();
  await database.db
    .insert(mitigations)
    .values({ tenantId: org.tenantId, id, riskId, action: "fix it", ownerId, dueDate });
  return id;
}
