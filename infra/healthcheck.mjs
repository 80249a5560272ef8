// The image's HEALTHCHECK, for both of its entries (plain JavaScript: it runs outside the workspace).
// - API: GET /healthz on this container's own port; healthy when it answers 2xx within the timeout.
// - Worker: it serves no HTTP (its job handlers arrive with the reminders issue), so a running worker
//   process is healthy; if it dies the container exits and the restart policy takes over.
// Exit code 0 = healthy, 1 = unhealthy, as Docker expects.
import { readdirSync, readFileSync } from "node:fs";

const WORKER_ENTRY = "apps/api/src/worker.ts";
const TIMEOUT_MS = 3000;

/** The command lines of the processes in this container (its own /proc). */
function commandLines() {
  const lines = [];
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "));
    } catch {
      // The process ended while we looked; it is not the one we want.
    }
  }
  return lines;
}

/** Where this container's API listens, seen from inside it: a wildcard HOST means loopback works. */
function baseUrl() {
  const host = process.env.HOST ?? "";
  const port = process.env.PORT || "3000";
  if (host === "" || host === "0.0.0.0" || host === "::") return `http://127.0.0.1:${port}`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

if (commandLines().some((line) => line.includes(WORKER_ENTRY))) process.exit(0);

try {
  const response = await fetch(`${baseUrl()}/healthz`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
