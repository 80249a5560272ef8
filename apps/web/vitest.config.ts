import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.ts";

// Unit tests are pure (no DOM environment is installed), so they run in Node without Vite plugins.
export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    ...ciReporters("app-web"),
  },
});
