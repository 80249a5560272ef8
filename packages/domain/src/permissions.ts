/**
 * Who may do what inside an organisation: the one permission matrix. Every tenant procedure names
 * the action it performs and is refused (FORBIDDEN) unless the member's role grants it; the SPA
 * reads the same matrix to hide what a role may not do.
 */
export const ROLES = ["admin", "risk_owner", "executive", "auditor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "org.read",
  "org.update",
  "members.read",
  "members.manage",
  "systems.read",
  "systems.write",
  "systems.approve",
  "risks.write",
  "obligations.write",
  "findings.record",
  "audit.read",
  "dashboard.read",
  "exports.read",
  "reminders.read",
] as const;
export type Action = (typeof ACTIONS)[number];

const everyone: readonly Role[] = ROLES;

/** For each action, the roles that may perform it. */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  "org.read": everyone,
  "org.update": ["admin"],
  "members.read": everyone,
  "members.manage": ["admin"],
  "systems.read": everyone,
  "systems.write": ["admin", "risk_owner"],
  // The lifecycle guard narrows this further: the system's own risk owner or an admin.
  "systems.approve": ["admin", "risk_owner"],
  "risks.write": ["admin", "risk_owner"],
  "obligations.write": ["admin", "risk_owner"],
  "findings.record": ["admin", "risk_owner", "auditor"],
  "audit.read": ["admin", "risk_owner", "executive", "auditor"],
  "dashboard.read": everyone,
  "exports.read": ["admin", "risk_owner", "executive", "auditor"],
  "reminders.read": everyone,
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/** Every action a role grants, in matrix order (what `auth.me` hands the SPA). */
export function actionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => can(role, action));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
