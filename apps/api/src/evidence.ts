import { readMembershipRole } from "@airisk/core/auth/accounts";
import { validateSession } from "@airisk/core/auth/sessions";
import { readEvidenceFile } from "@airisk/core/systems/obligations";
import type { Database } from "@airisk/db/client";
import { withTenant } from "@airisk/db/tenancy";
import { DomainError } from "@airisk/domain/errors";
import { can } from "@airisk/domain/permissions";

type Refusal = { status: 401 | 403 | 404; code: string; message: string };
type Found = { status: 200; name: string; mediaType: string; content: Uint8Array };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One evidence file for the signed-in member of the session's organisation. Another organisation's
 * file reads exactly like a missing one (404): the lookup runs under that tenant's RLS.
 */
export async function readEvidenceForSession(args: {
  database: Database;
  token: string | undefined;
  systemId: string;
  evidenceId: string;
  now: Date;
}): Promise<Found | Refusal> {
  const session = args.token
    ? await validateSession({ database: args.database, token: args.token, now: args.now })
    : null;
  if (!session) return { status: 401, code: "UNAUTHORIZED", message: "sign in to continue" };
  const tenantId = session.activeTenantId;
  if (!tenantId) return { status: 403, code: "FORBIDDEN", message: "choose or create an organisation first" };
  if (!UUID.test(args.systemId) || !UUID.test(args.evidenceId)) {
    return { status: 404, code: "NOT_FOUND", message: "evidence was not found" };
  }
  return withTenant(args.database.db, { tenantId, userId: session.userId }, async (tx) => {
    const role = await readMembershipRole(tx, { tenantId, userId: session.userId });
    if (!role || !can(role, "systems.read")) {
      return {
        status: 403,
        code: "FORBIDDEN",
        message: "you may not read this organisation's evidence",
      } as const;
    }
    try {
      const file = await readEvidenceFile({
        ctx: { tx, tenantId, actor: { userId: session.userId, role }, now: args.now },
        input: { systemId: args.systemId, evidenceId: args.evidenceId },
      });
      return { status: 200, name: file.name, mediaType: file.mediaType, content: file.content } as const;
    } catch (error) {
      if (error instanceof DomainError && error.code === "NOT_FOUND") {
        return { status: 404, code: "NOT_FOUND", message: "evidence was not found" } as const;
      }
      throw error;
    }
  });
}
