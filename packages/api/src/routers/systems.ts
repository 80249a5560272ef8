import {
  CreateSystemInput,
  createSystem,
  getSystem,
  ListSystemsInput,
  listSystems,
  ScreenSystemInput,
  SystemIdInput,
  screenSystem,
  systemHistory,
  TransitionInput,
  transitionSystem,
  UpdateSystemInput,
  updateSystem,
  verifySystemHistory,
} from "@airisk/core/systems";
import { permittedProcedure, router } from "#trpc.ts";

export const systemsRouter = router({
  create: permittedProcedure("systems.write")
    .input(CreateSystemInput)
    .mutation(({ ctx, input }) => createSystem({ ctx: ctx.tenant, input })),

  list: permittedProcedure("systems.read")
    .input(ListSystemsInput.optional())
    .query(({ ctx, input }) => listSystems({ ctx: ctx.tenant, input: input ?? {} })),

  get: permittedProcedure("systems.read")
    .input(SystemIdInput)
    .query(({ ctx, input }) => getSystem({ ctx: ctx.tenant, input })),

  update: permittedProcedure("systems.write")
    .input(UpdateSystemInput)
    .mutation(({ ctx, input }) => updateSystem({ ctx: ctx.tenant, input })),

  /** The prohibited-practice screening; a "yes" suspends the system at once (product policy). */
  screen: permittedProcedure("systems.write")
    .input(ScreenSystemInput)
    .mutation(({ ctx, input }) => screenSystem({ ctx: ctx.tenant, input })),

  /**
   * A lifecycle event. Everyone reaches the verb: which role may send which event (auditors record
   * audits, risk owners and admins the rest) is decided there, from the same rule `get` reports.
   */
  transition: permittedProcedure("systems.read")
    .input(TransitionInput)
    .mutation(({ ctx, input }) => transitionSystem({ ctx: ctx.tenant, input })),

  history: permittedProcedure("audit.read")
    .input(SystemIdInput)
    .query(({ ctx, input }) => systemHistory({ ctx: ctx.tenant, input })),

  verifyHistory: permittedProcedure("audit.read")
    .input(SystemIdInput)
    .mutation(({ ctx, input }) => verifySystemHistory({ ctx: ctx.tenant, input })),
});
