import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.ts";

export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000, ...ciReporters("api") },
});
