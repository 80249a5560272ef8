import { Id } from "@airisk/core/systems/model";
import { listFindings, RecordFindingInput, recordFinding } from "@airisk/core/systems/obligations";
import { z } from "zod";
import { permittedProcedure, router } from "#trpc.ts";

export const findingsRouter = router({
  record: permittedProcedure("findings.record")
    .input(RecordFindingInput)
    .mutation(({ ctx, input }) => recordFinding({ ctx: ctx.tenant, input })),

  list: permittedProcedure("systems.read")
    .input(z.object({ systemId: Id }).strict())
    .query(({ ctx, input }) => listFindings({ ctx: ctx.tenant, input })),
});
