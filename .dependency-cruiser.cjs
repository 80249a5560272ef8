/**
 * The layer order of conventions.md, checked in CI (`pnpm lint`):
 * regulations → domain → db → core → api → apps/api; apps/web takes only `type AppRouter`.
 * TypeScript 7 has no classic compiler API, so sources are parsed with swc.
 */
const layer = (name) => `^packages/${name}/`;

/** Each layer may import only the layers listed (and itself). */
const allowed = {
  regulations: [],
  domain: ["regulations"],
  db: ["domain", "regulations"],
  core: ["db", "domain", "regulations"],
  api: ["core", "db", "domain", "regulations"],
};
const all = Object.keys(allowed);

module.exports = {
  forbidden: [
    ...all.map((from) => ({
      name: `layer-order-${from}`,
      comment: `@airisk/${from} may import only ${allowed[from].join(", ") || "no other @airisk package"}`,
      severity: "error",
      from: { path: layer(from) },
      to: {
        path: `^packages/(${all.filter((n) => n !== from && !allowed[from].includes(n)).join("|") || "$^"})/`,
      },
    })),
    {
      name: "packages-never-import-apps",
      severity: "error",
      from: { path: "^packages/" },
      to: { path: "^(apps|e2e)/" },
    },
    {
      name: "web-takes-only-types-from-the-server",
      comment: "apps/web may import `type AppRouter`, never server code at run time",
      severity: "error",
      from: { path: "^apps/web/" },
      to: { path: "^(packages/(core|db|api)|apps/api)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "an import that resolves to nothing (an undeclared @airisk package, a wrong path)",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-undeclared-workspace-deps",
      comment: "an @airisk package must be listed in the importer's package.json",
      severity: "error",
      from: { pathNot: "^(e2e)/" },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
  ],
  options: {
    parser: "swc",
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules|\\.turbo)/" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
