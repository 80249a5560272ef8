import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.ts";

export default defineConfig({
  // Database suites: a fresh database per suite takes seconds while every package tests at once.
  test: { testTimeout: 30_000, hookTimeout: 60_000, ...ciReporters("core") },
});
