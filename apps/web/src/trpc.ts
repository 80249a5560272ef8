import type { AppRouter } from "@airisk/api/root";
import { QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, isNonJsonSerializable, splitLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import { readApiError } from "#lib/api-error.ts";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Codes that asking again will not change; only outages and server faults are retried. */
const FINAL_CODES = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "TOO_MANY_REQUESTS",
]);

/** The one QueryClient of the SPA. */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A query refused for want of a session or a permission means `auth.me` is out of date (the
    // session ended elsewhere, the role changed): refreshing it lets the guards and menus catch up.
    onError(error, query) {
      const { code } = readApiError(error);
      if ((code === "UNAUTHORIZED" || code === "FORBIDDEN") && !isMeQueryKey(query.queryKey)) {
        void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // One quick retry hides a dropped connection; more would delay showing a real outage.
      retry: (failureCount, error) => failureCount < 1 && !FINAL_CODES.has(readApiError(error).code ?? ""),
    },
  },
});

// Same origin as the API (the Vite dev server proxies /trpc), so the session cookie flows as is.
export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    // Evidence files go up as multipart FormData, which only the unbatched link sends.
    splitLink({
      condition: (op) => isNonJsonSerializable(op.input),
      true: httpLink({ url: "/trpc", transformer: superjson }),
      false: httpBatchLink({ url: "/trpc", transformer: superjson }),
    }),
  ],
});

/** Query and mutation options for every procedure: `useQuery(trpc.health.status.queryOptions())`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/** True for the key of `auth.me`, whatever its input part. */
export function isMeQueryKey(queryKey: readonly unknown[]): boolean {
  const path = queryKey[0];
  return Array.isArray(path) && path.length === 2 && path[0] === "auth" && path[1] === "me";
}
