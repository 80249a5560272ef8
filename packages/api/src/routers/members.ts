import {
  InviteMemberInput,
  inviteMember,
  listMembers,
  MemberInput,
  removeMember,
  SetRoleInput,
  setMemberRole,
} from "@airisk/core/members";
import { permittedProcedure, router } from "#trpc.ts";

export const membersRouter = router({
  list: permittedProcedure("members.read").query(({ ctx }) => listMembers({ ctx: ctx.tenant })),

  invite: permittedProcedure("members.manage")
    .input(InviteMemberInput)
    .mutation(({ ctx, input }) => inviteMember({ ctx: ctx.tenant, input })),

  setRole: permittedProcedure("members.manage")
    .input(SetRoleInput)
    .mutation(async ({ ctx, input }) => {
      await setMemberRole({ ctx: ctx.tenant, input });
      return { ok: true as const };
    }),

  /** Admins remove anyone; any member may remove themself (leave): checked by the verb. */
  remove: permittedProcedure("members.read")
    .input(MemberInput)
    .mutation(async ({ ctx, input }) => {
      await removeMember({ ctx: ctx.tenant, input });
      return { ok: true as const };
    }),
});
