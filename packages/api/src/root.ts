import { authRouter } from "#routers/auth.ts";
import { healthRouter } from "#routers/health.ts";
import { invitationsRouter } from "#routers/invitations.ts";
import { membersRouter } from "#routers/members.ts";
import { orgsRouter } from "#routers/orgs.ts";
import { regulationsRouter } from "#routers/regulations.ts";
import { createCallerFactory, router } from "#trpc.ts";

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  orgs: orgsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  regulations: regulationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
