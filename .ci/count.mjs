// Totals passed and failed tests over every JSON report in a folder (Vitest's and Playwright's),
// prints the closing line CI reads ("N passed, N failed") and exits 1 when anything failed or
// when no report was written at all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? ".ci-results";
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;

/** Playwright nests suites; each spec has tests whose last result decides. */
function walkPlaywright(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const status = test.status; // expected | unexpected | flaky | skipped
      if (status === "expected" || status === "flaky") passed++;
      else if (status === "skipped") skipped++;
      else failed++;
    }
  }
  for (const child of suite.suites ?? []) walkPlaywright(child);
}

let files = [];
try {
  files = readdirSync(dir).filter((f) => f.endsWith(".json"));
} catch {
  // no folder: no reports
}
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  reports++;
  if (typeof report.numPassedTests === "number") {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that failed without a failing test (it did not load, or a beforeAll/afterAll hook
    // failed and its tests were skipped) counts as one failure.
    for (const result of report.testResults ?? []) {
      const failedTests = (result.assertionResults ?? []).filter((a) => a.status === "failed").length;
      if (result.status === "failed" && failedTests === 0) failed++;
    }
  } else if (Array.isArray(report.suites)) {
    for (const suite of report.suites) walkPlaywright(suite);
    failed += (report.errors ?? []).length;
  }
}
if (reports === 0) failed++;
console.log(`${reports} reports: ${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
