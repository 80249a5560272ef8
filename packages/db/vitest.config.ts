import { defineConfig } from "vitest/config";

// Suites that open a database (PGlite in memory, or a fresh Postgres database) need more than
// the default 5 s on a loaded two-core machine.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
