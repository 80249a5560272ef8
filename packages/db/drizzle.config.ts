import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` only diffs the TypeScript schema against the committed snapshots; it never
// connects. Roles, RLS policies and triggers live in hand-written SQL migrations beside the
// generated ones (see migrations/*_rls-*.sql).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
