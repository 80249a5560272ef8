import { ACTIONS, can, ROLES, type Role } from "@airisk/domain/permissions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, type Member } from "#test-support.ts";
import { allProcedures, callPath, sampleInput } from "./procedures.ts";

/**
 * Every procedure that declares a permission is called by a member of each role: the roles the
 * matrix denies get FORBIDDEN naming the action, the others are not refused for their role.
 */
let h: Harness;
const members = {} as Record<Role, Member>;
let fixtures: Record<string, unknown>;

beforeAll(async () => {
  h = await createHarness();
  const admin = await h.signUp();
  members.admin = admin;
  for (const role of ROLES) if (role !== "admin") members[role] = await h.addMember(admin, role);
  // Calls act on a bystander, so an allowed call (admin promoting or removing) cannot change the
  // role of a member who calls after it.
  const bystander = await h.addMember(admin, "viewer");
  fixtures = {
    userId: bystander.userId,
    invitationId: crypto.randomUUID(),
    organisationId: admin.organisationId,
    // Register identifiers that exist nowhere: the role check comes before any lookup.
    id: crypto.randomUUID(),
    systemId: crypto.randomUUID(),
    riskId: crypto.randomUUID(),
    riskOwnerId: bystander.userId,
    ownerId: bystander.userId,
    "evidence.upload#": new FormData(),
    answers: {},
    ids: [crypto.randomUUID()],
  };
});
afterAll(async () => {
  await h?.close();
});

const guarded = allProcedures().filter((p) => p.meta?.action);

/**
 * Procedures that act on the user or the session rather than inside an organisation, so no role
 * applies. Anything else must declare its action: a new tenant procedure without one fails here.
 */
const SESSION_LEVEL = [
  "health.status",
  "auth.signUp",
  "auth.signIn",
  "auth.signOut",
  "auth.signOutEverywhere",
  "auth.me",
  "orgs.create",
  "orgs.switch",
  "invitations.get",
  "invitations.accept",
  // The tracker is public knowledge, the same for every signed-in user.
  "regulations.jurisdictions",
  "regulations.jurisdiction",
  "regulations.upcoming",
];

it("every procedure either declares its action or is knowingly session-level", () => {
  const undeclared = allProcedures()
    .filter((p) => !p.meta?.action)
    .map((p) => p.path);
  expect(undeclared.sort()).toEqual([...SESSION_LEVEL].sort());
});

describe("every permission-guarded procedure", () => {
  it("exists and names an action of the matrix", () => {
    expect(guarded.length).toBeGreaterThan(5);
    for (const p of guarded) expect(ACTIONS).toContain(p.meta?.action);
  });

  for (const procedure of guarded) {
    const action = procedure.meta?.action ?? "org.read";
    it(`${procedure.path} (${action}) refuses exactly the roles the matrix denies`, async () => {
      for (const role of ROLES) {
        const { input } = sampleInput(procedure.inputs, fixtures, procedure.path);
        const outcome = await callPath(h.as(members[role].jar), procedure.path, input).then(
          () => undefined,
          (error: { code?: string; message?: string }) => error,
        );
        const refusedForRole =
          outcome?.code === "FORBIDDEN" && outcome.message?.startsWith(`your role (${role})`);
        expect({ role, refused: refusedForRole }).toEqual({ role, refused: !can(role, action) });
      }
    });
  }
});
