import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * Drives the built app (API host serving apps/web/dist) in Debian's Chromium. The server starts on
 * a free port with a fresh embedded database in a temporary folder. Workers re-evaluate this file,
 * so the port and folder chosen by the main process travel to them through the environment.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

process.env.AIRISK_E2E_PORT ??= String(await freePort());
process.env.AIRISK_E2E_DATA_DIR ??= join(mkdtempSync(join(tmpdir(), "airisk-e2e-")), "pglite");
const port = Number(process.env.AIRISK_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: ".ci-results/e2e.json" }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "api", testMatch: /.*\.api\.spec\.ts/ },
    { name: "ui", testMatch: /.*\.ui\.spec\.ts/, use: { browserName: "chromium" } },
  ],
  webServer: {
    command: "node --enable-source-maps ../apps/api/src/main.ts",
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: process.env.AIRISK_E2E_DATA_DIR,
      // e2e always runs on a fresh embedded database, whatever the shell has set.
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    },
  },
});
