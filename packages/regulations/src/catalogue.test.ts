import { describe, expect, it } from "vitest";
import { CatalogueChange, catalogueVersion, changeLog } from "./catalogue.ts";

describe("catalogue change log", () => {
  it("is valid, dated in order, and its last entry is the catalogue version", () => {
    for (const entry of changeLog) CatalogueChange.parse(entry);
    const dates = changeLog.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
    expect(catalogueVersion).toBe(changeLog.at(-1)?.version);
  });
});
