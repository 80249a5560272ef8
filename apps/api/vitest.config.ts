import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.ts";

// Suites that open a database or start the server need more than the default 5 s on two cores.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000, ...ciReporters("app-api") },
});
