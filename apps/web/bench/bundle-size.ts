import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The SPA's initial JavaScript, gzipped: every script and modulepreload that index.html loads
 * before the first paint. Budget: 250 KB. Run after `pnpm build` (`pnpm bench` does both).
 */
const BUDGET_BYTES = 250 * 1024;
const dist = process.argv[2] ?? new URL("../dist", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => m[1] as string);

let raw = 0;
let gzipped = 0;
for (const src of new Set(initial)) {
  const bytes = readFileSync(join(dist, src));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`initial JS files: ${initial.length}`);
console.log(`initial JS: ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)})`);
if (gzipped > BUDGET_BYTES) {
  console.error("over budget");
  process.exitCode = 1;
}
