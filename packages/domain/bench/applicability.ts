import { jurisdictions } from "@airisk/regulations/catalogue";
import fc from "fast-check";
import { evaluateApplicability } from "../src/applicability.ts";
import {
  isoDateArbitrary,
  organisationFactsArbitrary,
  systemFactsArbitrary,
} from "../src/testing/profiles.ts";

/**
 * Applicability for 10,000 generated profiles (fixed seed, so every run sees the same profiles):
 * total time and the per-profile median and p99, after a warm-up.
 */
const N = Number(process.env.BENCH_PROFILES ?? 10_000);
const codes = jurisdictions.map((j) => j.code);
const inputs = fc.sample(
  fc.record({
    system: systemFactsArbitrary(codes),
    organisation: organisationFactsArbitrary,
    asOf: isoDateArbitrary,
  }),
  { numRuns: N, seed: 20261125 },
);

for (const input of inputs.slice(0, 500)) evaluateApplicability({ ...input, catalogue: jurisdictions });

const times: number[] = [];
let verdicts = 0;
const started = performance.now();
for (const input of inputs) {
  const t = performance.now();
  const result = evaluateApplicability({ ...input, catalogue: jurisdictions });
  times.push(performance.now() - t);
  verdicts += result.applicable.length + result.notApplicable.length;
}
const total = performance.now() - started;
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
const obligations = jurisdictions.reduce((n, j) => n + j.obligations.length, 0);
console.log(
  `catalogue: ${jurisdictions.length} jurisdictions, ${obligations} obligations; node ${process.version}`,
);
console.log(`| profiles | verdicts | total | per profile median | p99 |`);
console.log(`| --- | --- | --- | --- | --- |`);
console.log(
  `| ${N} | ${verdicts} | ${total.toFixed(0)} ms | ${(at(0.5) * 1000).toFixed(1)} µs | ${(at(0.99) * 1000).toFixed(1)} µs |`,
);
