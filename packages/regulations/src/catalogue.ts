import { z } from "zod";

/**
 * The regulatory catalogue's identity. The entries themselves (jurisdictions, instruments,
 * obligations, penalty schedules) arrive with the catalogue issue; every release of the content
 * bumps `version` and adds a dated line to `changeLog`.
 */
export const CatalogueChange = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  date: z.iso.date(),
  summary: z.string().min(1),
});
export type CatalogueChange = z.infer<typeof CatalogueChange>;

export const changeLog: readonly CatalogueChange[] = [
  {
    version: "0.1.0",
    date: "2026-11-25",
    summary: "Empty catalogue: the package and its versioning exist; content follows.",
  },
];

export const catalogueVersion: string = changeLog.at(-1)?.version ?? "0.0.0";
