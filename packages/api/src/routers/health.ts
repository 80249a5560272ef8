import { readHealth } from "@airisk/core/health";
import { publicProcedure, router } from "#trpc.ts";

export const healthRouter = router({
  /** What the SPA's status page shows: database mode, server version, migrations, request role. */
  status: publicProcedure.query(({ ctx }) => readHealth({ ctx })),
});
