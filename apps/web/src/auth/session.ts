import { useQuery } from "@tanstack/react-query";
import { isMeQueryKey, queryClient, type RouterOutputs, trpc } from "#trpc.ts";

/** Who is signed in, their active organisation and every membership; null when signed out. */
export type Me = NonNullable<RouterOutputs["auth"]["me"]>;
export type ActiveOrganisation = NonNullable<Me["activeOrganisation"]>;
export type Membership = Me["memberships"][number];

/** The session as the SPA knows it: `data` is undefined while loading, null when signed out. */
export function useMe() {
  return useQuery(trpc.auth.me.queryOptions());
}

/** The signed-in user's session, from the cache when there, else from the API (route guards). */
export function ensureMe(): Promise<Me | null> {
  return queryClient.ensureQueryData(trpc.auth.me.queryOptions());
}

/**
 * The session changed (signed in, up or out, switched or joined an organisation): `me` becomes
 * the new truth and every other query is reset, so nothing of the previous user or organisation
 * stays on screen; the queries still shown refetch for the new one.
 */
export function resetSession(me: Me | null): void {
  void queryClient.cancelQueries({ predicate: (query) => !isMeQueryKey(query.queryKey) });
  queryClient.setQueryData(trpc.auth.me.queryKey(), me);
  void queryClient.resetQueries({ predicate: (query) => !isMeQueryKey(query.queryKey) });
}

/** Asks the API who is signed in now, then resets as above (after leaving an organisation). */
export async function refreshSession(): Promise<Me | null> {
  const me = await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
  resetSession(me);
  return me;
}
