// Runs one SQL statement against a Postgres URL with the workspace's own driver (no psql needed).
import { createRequire } from "node:module";

const require = createRequire(new URL("../packages/db/package.json", import.meta.url));
const postgres = require("postgres");
const [url, statement] = process.argv.slice(2);
const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  await sql.unsafe(statement);
} catch (error) {
  console.error(`${statement}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await sql.end();
}
