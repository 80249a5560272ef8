import { authRouter } from "#routers/auth.ts";
import { dashboardRouter } from "#routers/dashboard.ts";
import { findingsRouter } from "#routers/findings.ts";
import { healthRouter } from "#routers/health.ts";
import { invitationsRouter } from "#routers/invitations.ts";
import { membersRouter } from "#routers/members.ts";
import { evidenceRouter, obligationsRouter } from "#routers/obligations.ts";
import { orgsRouter } from "#routers/orgs.ts";
import { regulationsRouter } from "#routers/regulations.ts";
import { remindersRouter } from "#routers/reminders.ts";
import { risksRouter } from "#routers/risks.ts";
import { systemsRouter } from "#routers/systems.ts";
import { createCallerFactory, router } from "#trpc.ts";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  orgs: orgsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  regulations: regulationsRouter,
  systems: systemsRouter,
  risks: risksRouter,
  obligations: obligationsRouter,
  evidence: evidenceRouter,
  findings: findingsRouter,
  dashboard: dashboardRouter,
  reminders: remindersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
