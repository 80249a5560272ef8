import {
  dashboardExposure,
  dashboardLines,
  ExposureQueryInput,
  LinesQueryInput,
} from "@airisk/core/dashboard";
import { permittedProcedure, router } from "#trpc.ts";

export const dashboardRouter = router({
  /** Totals and line items of the maximum penalty exposure (penalties.md), as of a date. For a
   * large organisation: the aggregates with the largest lines (`linesOmitted` says how many not). */
  exposure: permittedProcedure("dashboard.read")
    .input(ExposureQueryInput.optional())
    .query(({ ctx, input }) => dashboardExposure({ ctx: ctx.tenant, input: input ?? {} })),
  /** The drill-down: line items matching the filters, largest first, a page at a time. */
  lines: permittedProcedure("dashboard.read")
    .input(LinesQueryInput.optional())
    .query(({ ctx, input }) => dashboardLines({ ctx: ctx.tenant, input: input ?? {} })),
});
