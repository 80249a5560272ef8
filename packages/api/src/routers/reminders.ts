import {
  InboxInput,
  issueCalendarUrl,
  listInbox,
  MarkReadInput,
  markRemindersRead,
} from "@airisk/core/reminders";
import { permittedProcedure, router } from "#trpc.ts";

/** The signed-in member's in-app inbox: review reminders, escalations, mitigations falling due. */
export const remindersRouter = router({
  inbox: permittedProcedure("reminders.read")
    .input(InboxInput)
    .query(({ ctx, input }) => listInbox({ ctx: ctx.tenant, input })),

  markRead: permittedProcedure("reminders.read")
    .input(MarkReadInput)
    .mutation(({ ctx, input }) => markRemindersRead({ ctx: ctx.tenant, input })),

  /**
   * Issues the member's secret iCalendar feed (`GET /calendar/<token>.ics`) and returns its path;
   * the previous one stops working. A mutation, not a query: only the token's hash is stored, so
   * showing the URL means issuing a new one.
   */
  calendarUrl: permittedProcedure("reminders.read").mutation(({ ctx }) =>
    issueCalendarUrl({ ctx: ctx.tenant }),
  ),
});
