import type { Database } from "@airisk/db/client";

/**
 * What every use case receives. `now` comes from the caller, never from the clock inside core,
 * so every date rule can be tested at any date.
 */
export type CoreContext = {
  database: Database;
  now: Date;
};
