import { type Me, readMe, SignInInput, SignUpInput, signIn, signUp } from "@airisk/core/auth/accounts";
import {
  invalidateAllSessions,
  invalidateSession,
  validateSession,
  withSessionOf,
} from "@airisk/core/auth/sessions";
import { authedProcedure, publicProcedure, router } from "#trpc.ts";

export const authRouter = router({
  signUp: publicProcedure.input(SignUpInput).mutation(async ({ ctx, input }): Promise<Me> => {
    const { session, me } = await signUp({ database: ctx.database, now: ctx.now, input });
    ctx.cookie.set(session.token, session.expiresAt);
    return me;
  }),

  signIn: publicProcedure.input(SignInInput).mutation(async ({ ctx, input }): Promise<Me> => {
    const { session, me } = await signIn({
      database: ctx.database,
      now: ctx.now,
      input,
      clientIp: ctx.clientIp,
    });
    ctx.cookie.set(session.token, session.expiresAt);
    return me;
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const token = ctx.cookie.read();
    const session = token ? await validateSession({ database: ctx.database, token, now: ctx.now }) : null;
    if (session) await invalidateSession({ database: ctx.database, sessionId: session.sessionId });
    ctx.cookie.clear();
    return { ok: true as const };
  }),

  signOutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    await invalidateAllSessions({ database: ctx.database, userId: ctx.session.userId });
    ctx.cookie.clear();
    return { ok: true as const };
  }),

  /** The signed-in user, or null when signed out (the SPA asks before it knows). */
  me: publicProcedure.query(async ({ ctx }): Promise<Me | null> => {
    const token = ctx.cookie.read();
    if (!token) return null;
    const found = await withSessionOf(
      { database: ctx.database, token, now: ctx.now },
      async (tx, session) => ({
        session,
        me: await readMe(tx, { userId: session.userId, activeTenantId: session.activeTenantId }),
      }),
    );
    if (!found) {
      ctx.cookie.clear();
      return null;
    }
    if (found.session.refreshed) ctx.cookie.set(token, found.session.expiresAt);
    return found.me;
  }),
});
