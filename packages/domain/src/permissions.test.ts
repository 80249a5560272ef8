import { describe, expect, it } from "vitest";
import { ACTIONS, type Action, actionsOf, can, ROLES, type Role } from "./permissions.ts";

/**
 * The whole matrix written out once more, by hand, as the product's owners read it: a change to
 * PERMISSIONS that is not also made here fails, so no role gains or loses a right by accident.
 */
const Y = true;
const N = false;
const expected: Record<
  Action,
  [admin: boolean, risk_owner: boolean, executive: boolean, auditor: boolean, viewer: boolean]
> = {
  "org.read": [Y, Y, Y, Y, Y],
  "org.update": [Y, N, N, N, N],
  "members.read": [Y, Y, Y, Y, Y],
  "members.manage": [Y, N, N, N, N],
  "systems.read": [Y, Y, Y, Y, Y],
  "systems.write": [Y, Y, N, N, N],
  "systems.approve": [Y, Y, N, N, N],
  "risks.write": [Y, Y, N, N, N],
  "obligations.write": [Y, Y, N, N, N],
  "findings.record": [Y, Y, N, Y, N],
  "audit.read": [Y, Y, Y, Y, N],
  "dashboard.read": [Y, Y, Y, Y, Y],
  "exports.read": [Y, Y, Y, Y, N],
  "reminders.read": [Y, Y, Y, Y, Y],
};

describe("the permission matrix", () => {
  it("covers every action", () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    ROLES.forEach((role, i) => {
      const allowed = expected[action][i];
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
      });
    });
  }

  it("lists a role's actions in matrix order", () => {
    const viewer: Role = "viewer";
    expect(actionsOf(viewer)).toEqual(ACTIONS.filter((a) => expected[a][ROLES.indexOf(viewer)]));
    expect(actionsOf("admin")).toEqual([...ACTIONS]);
  });
});
