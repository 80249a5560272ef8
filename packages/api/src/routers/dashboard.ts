import { dashboardExposure, ExposureQueryInput } from "@airisk/core/dashboard";
import { permittedProcedure, router } from "#trpc.ts";

export const dashboardRouter = router({
  /** Totals and line items of the maximum penalty exposure (penalties.md), as of a date. */
  exposure: permittedProcedure("dashboard.read")
    .input(ExposureQueryInput.optional())
    .query(({ ctx, input }) => dashboardExposure({ ctx: ctx.tenant, input: input ?? {} })),
});
