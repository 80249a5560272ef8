import {
  CreateOrganisationInput,
  createOrganisation,
  type Me,
  SwitchOrganisationInput,
  switchOrganisation,
} from "@airisk/core/auth/accounts";
import { getOrganisation, UpdateOrganisationInput, updateOrganisation } from "@airisk/core/orgs";
import { authedProcedure, permittedProcedure, router } from "#trpc.ts";

export const orgsRouter = router({
  create: authedProcedure.input(CreateOrganisationInput).mutation(
    ({ ctx, input }): Promise<Me> =>
      createOrganisation({
        database: ctx.database,
        now: ctx.now,
        userId: ctx.session.userId,
        sessionId: ctx.session.sessionId,
        input,
      }),
  ),

  switch: authedProcedure.input(SwitchOrganisationInput).mutation(
    ({ ctx, input }): Promise<Me> =>
      switchOrganisation({
        database: ctx.database,
        userId: ctx.session.userId,
        sessionId: ctx.session.sessionId,
        input,
      }),
  ),

  get: permittedProcedure("org.read").query(({ ctx }) => getOrganisation({ ctx: ctx.tenant })),

  update: permittedProcedure("org.update")
    .input(UpdateOrganisationInput)
    .mutation(({ ctx, input }) => updateOrganisation({ ctx: ctx.tenant, input })),
});
