import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.ts";

export default defineConfig({
  test: { ...ciReporters("domain") },
});
