import type { Me } from "@airisk/core/auth/accounts";
import {
  acceptInvitation,
  getInvitation,
  InvitationTokenInput,
  RevokeInvitationInput,
  revokeInvitation,
} from "@airisk/core/members";
import { authedProcedure, permittedProcedure, publicProcedure, router } from "#trpc.ts";

export const invitationsRouter = router({
  /** What a link offers; the token is the credential, so no session is needed to look. */
  get: publicProcedure
    .input(InvitationTokenInput)
    .query(({ ctx, input }) => getInvitation({ database: ctx.database, now: ctx.now, input })),

  accept: authedProcedure.input(InvitationTokenInput).mutation(
    ({ ctx, input }): Promise<Me> =>
      acceptInvitation({
        database: ctx.database,
        now: ctx.now,
        userId: ctx.session.userId,
        sessionId: ctx.session.sessionId,
        input,
      }),
  ),

  revoke: permittedProcedure("members.manage")
    .input(RevokeInvitationInput)
    .mutation(async ({ ctx, input }) => {
      await revokeInvitation({ ctx: ctx.tenant, input });
      return { ok: true as const };
    }),
});
