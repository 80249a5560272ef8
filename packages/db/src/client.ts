import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { type Schema, schema } from "#schema/index.ts";

export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbMode = "embedded" | "postgres";

export type Database = {
  db: Db;
  mode: DbMode;
  /** Where the embedded database lives (`undefined` in memory or on a server). */
  dataDir: string | undefined;
  /** Runs `fn` holding a session-level advisory lock on one connection (migrations). */
  withExclusiveConnection<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type CreateDbOptions =
  | { mode: "postgres"; url: string; maxConnections?: number }
  /** `dataDir: undefined` keeps the database in memory (tests). */
  | { mode: "embedded"; dataDir: string | undefined };

/** Raised when the database cannot be opened; the message names the place and never wipes it. */
export class DatabaseOpenError extends Error {
  override readonly name = "DatabaseOpenError";
}

export async function createDb(options: CreateDbOptions): Promise<Database> {
  return options.mode === "postgres" ? openPostgres(options) : openEmbedded(options.dataDir);
}

function openPostgres(options: { url: string; maxConnections?: number }): Database {
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    // Drizzle maps dates itself; keep postgres.js from guessing types it does not need to.
    connection: { application_name: "airisk" },
  });
  const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    mode: "postgres",
    dataDir: undefined,
    async withExclusiveConnection(fn) {
      // A client of its own with one connection, so the session-level lock and the work share it.
      const single = postgres(options.url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(hashtext('airisk.migrate'))`;
        return await fn(drizzlePostgres(single, { schema, casing: "snake_case" }) as unknown as Db);
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const releaseLock = dataDir ? acquireDirLock(dataDir) : () => {};
  let pg: PGlite;
  try {
    // pg_trgm backs the portfolio's text search (migration 0006), as it does on a server.
    const extensions = { pg_trgm };
    pg = dataDir ? await PGlite.create({ dataDir, extensions }) : await PGlite.create({ extensions });
    await pg.query("select 1");
  } catch (error) {
    releaseLock();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(
      `cannot open the embedded database at ${dataDir}: ${reason}. ` +
        "Nothing was changed there; move it aside or set DATA_DIR to another folder.",
    );
  }
  const db = drizzlePglite(pg, { schema, casing: "snake_case" }) as unknown as Db;
  // PGlite is a single connection, so every call is already exclusive.
  let closed = false;
  return {
    db,
    mode: "embedded",
    dataDir,
    withExclusiveConnection: (fn) => fn(db),
    async close() {
      if (closed) return;
      closed = true;
      // Closing checkpoints and flushes the data directory; skipping it can leave it unusable.
      await pg.close();
      releaseLock();
    },
  };
}

/**
 * PGlite is one process's database: two processes writing one data directory corrupt it.
 * A lock file with the owner's pid refuses a second opener while the first is alive.
 */
function acquireDirLock(dataDir: string): () => void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(`cannot create the embedded database folder ${dataDir}: ${reason}`);
  }
  const lockPath = join(dataDir, "airisk.lock");
  try {
    writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DatabaseOpenError(`cannot write to the embedded database folder ${dataDir}: ${reason}`);
    }
    const owner = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new DatabaseOpenError(
        `the embedded database at ${dataDir} is in use by process ${owner}; stop it first`,
      );
    }
    // A stale lock from a process that died: take it over.
    writeFileSync(lockPath, String(process.pid));
  }
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Rows of a raw `db.execute` on either driver (PGlite answers `{ rows }`, postgres.js an array). */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * Where the embedded database lives by default: `.data/pglite` at the workspace root (the folder
 * holding pnpm-workspace.yaml), found by walking up from `cwd`; `cwd/.data/pglite` outside a
 * workspace (the container image).
 */
export function defaultDataDir(cwd: string): string {
  let dir = cwd;
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return join(dir, ".data", "pglite");
    const parent = dirname(dir);
    if (parent === dir) return join(cwd, ".data", "pglite");
    dir = parent;
  }
}
