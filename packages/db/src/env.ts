import { z } from "zod";

/**
 * The test helpers' only setting: with `DATABASE_URL`, suites run on that Postgres server (each in a
 * database of its own); without it, on an in-memory PGlite.
 */
const TestEnv = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export const testEnv = TestEnv.parse({ DATABASE_URL: process.env.DATABASE_URL });
