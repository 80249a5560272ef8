import { join } from "node:path";

/**
 * When AIRISK_TEST_RESULTS names a folder (CI sets it), each package also writes Vitest's JSON
 * report there, so .ci/run can total passed and failed tests over every suite and both databases.
 */
export function ciReporters(suite: string): { reporters?: string[]; outputFile?: { json: string } } {
  const dir = process.env.AIRISK_TEST_RESULTS;
  if (!dir) return {};
  const database = process.env.DATABASE_URL ? "postgres" : "pglite";
  return {
    reporters: ["default", "json"],
    outputFile: { json: join(dir, `vitest-${database}-${suite}.json`) },
  };
}
