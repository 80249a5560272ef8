import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.ts";

// Unit tests are pure (no DOM environment is installed), so they run in Node without Vite plugins.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    ...ciReporters("app-web"),
  },
});
