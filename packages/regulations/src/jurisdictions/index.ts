import type { JurisdictionInput } from "#schema.ts";

/** Every catalogue file's entries, in one list (the catalogue validates them all). */
export const jurisdictionInputs: JurisdictionInput[] = [];
