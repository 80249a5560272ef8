import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, DatabaseOpenError, defaultDataDir } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import { organisations } from "./schema/index.ts";
import { readMigrationStatus } from "./status.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "airisk-db-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database on disk", () => {
  it("keeps its data across a clean close and reopen", async () => {
    const dataDir = join(tempDir(), "pglite");
    const first = await createDb({ mode: "embedded", dataDir });
    await migrateDatabase(first);
    await first.db.insert(organisations).values({ name: "Persisted Ltd" });
    await first.close();

    const second = await createDb({ mode: "embedded", dataDir });
    try {
      expect((await readMigrationStatus(second.db)).current).toBe(true);
      const rows = await second.db.select({ name: organisations.name }).from(organisations);
      expect(rows).toEqual([{ name: "Persisted Ltd" }]);
    } finally {
      await second.close();
    }
  });

  it("refuses a second opener while the first holds the folder", async () => {
    const dataDir = join(tempDir(), "pglite");
    const first = await createDb({ mode: "embedded", dataDir });
    try {
      // Simulate another live process holding the lock (our parent process is alive).
      writeFileSync(join(dataDir, "airisk.lock"), String(process.ppid));
      await expect(createDb({ mode: "embedded", dataDir })).rejects.toThrow(
        new RegExp(`${dataDir}.*in use by process ${process.ppid}`),
      );
    } finally {
      writeFileSync(join(dataDir, "airisk.lock"), String(process.pid));
      await first.close();
    }
    expect(existsSync(join(dataDir, "airisk.lock"))).toBe(false);
  });

  it("reports a folder it cannot open by its path and leaves what is there untouched", async () => {
    const dataDir = join(tempDir(), "pglite");
    writeFileSync(dataDir, "not a database folder");
    const error = await createDb({ mode: "embedded", dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toContain(dataDir);
    expect(readFileSync(dataDir, "utf8")).toBe("not a database folder");
  });

  it("defaults to .data/pglite at the workspace root", () => {
    const here = new URL(".", import.meta.url).pathname;
    expect(defaultDataDir(here)).toMatch(/\/\.data\/pglite$/);
    expect(existsSync(join(defaultDataDir(here), "..", "..", "pnpm-workspace.yaml"))).toBe(true);
  });
});
