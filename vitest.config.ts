import { defineConfig } from "vitest/config";

// Watch mode across the workspace (`pnpm exec vitest`); CI runs each package's own `vitest run`.
export default defineConfig({
  test: { projects: ["packages/*", "apps/*"] },
});
