import type { AppRouter } from "@airisk/api/root";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";

/** The one QueryClient of the SPA. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // One quick retry hides a dropped connection; more would delay showing a real outage.
      retry: 1,
    },
  },
});

// Same origin as the API (the Vite dev server proxies /trpc), so the session cookie flows as is.
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc", transformer: superjson })],
});

/** Query and mutation options for every procedure: `useQuery(trpc.health.status.queryOptions())`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
