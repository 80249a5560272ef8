import { Id } from "@airisk/core/systems/model";
import {
  AddMitigationInput,
  acceptRisk,
  addMitigation,
  CreateRiskInput,
  createRisk,
  listRisks,
  RiskIdInput,
  UpdateMitigationInput,
  UpdateRiskInput,
  updateMitigation,
  updateRisk,
} from "@airisk/core/systems/risks";
import { z } from "zod";
import { permittedProcedure, router } from "#trpc.ts";

export const risksRouter = router({
  list: permittedProcedure("systems.read")
    .input(z.object({ systemId: Id }).strict())
    .query(({ ctx, input }) => listRisks({ ctx: ctx.tenant, input })),

  create: permittedProcedure("risks.write")
    .input(CreateRiskInput)
    .mutation(({ ctx, input }) => createRisk({ ctx: ctx.tenant, input })),

  update: permittedProcedure("risks.write")
    .input(UpdateRiskInput)
    .mutation(({ ctx, input }) => updateRisk({ ctx: ctx.tenant, input })),

  /** Acceptance of the residual risk: the system's risk owner or an admin (checked by the verb). */
  accept: permittedProcedure("risks.write")
    .input(RiskIdInput)
    .mutation(({ ctx, input }) => acceptRisk({ ctx: ctx.tenant, input })),

  addMitigation: permittedProcedure("risks.write")
    .input(AddMitigationInput)
    .mutation(({ ctx, input }) => addMitigation({ ctx: ctx.tenant, input })),

  updateMitigation: permittedProcedure("risks.write")
    .input(UpdateMitigationInput)
    .mutation(({ ctx, input }) => updateMitigation({ ctx: ctx.tenant, input })),
});
