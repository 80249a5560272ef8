import {
  JurisdictionCodeInput,
  ListJurisdictionsInput,
  listJurisdictions,
  listUpcoming,
  readJurisdiction,
  UpcomingInput,
} from "@airisk/core/regulations";
import { authedProcedure, router } from "#trpc.ts";

/** The tracker: readable by any signed-in user, whatever their organisation or role. */
export const regulationsRouter = router({
  jurisdictions: authedProcedure
    .input(ListJurisdictionsInput)
    .query(({ ctx, input }) => listJurisdictions({ input, today: ctx.now.toISOString().slice(0, 10) })),

  jurisdiction: authedProcedure
    .input(JurisdictionCodeInput)
    .query(({ input }) => readJurisdiction({ input })),

  upcoming: authedProcedure
    .input(UpcomingInput)
    .query(({ ctx, input }) => listUpcoming({ input, today: ctx.now.toISOString().slice(0, 10) })),
});
