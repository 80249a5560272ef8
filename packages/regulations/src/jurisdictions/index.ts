import type { JurisdictionInput } from "#schema.ts";
import { jurisdictions as br } from "./br.ts";
import { jurisdictions as ca } from "./ca.ts";
import { jurisdictions as cn } from "./cn.ts";
import { jurisdictions as eu } from "./eu.ts";
import { jurisdictions as euMembers } from "./eu-members.ts";
import { jurisdictions as europeInternational } from "./europe-international.ts";
import { jurisdictions as kr } from "./kr.ts";
import { jurisdictions as kz } from "./kz.ts";
import { jurisdictions as restOfWorld } from "./rest-of-world.ts";
import { jurisdictions as tr } from "./tr.ts";
import { jurisdictions as us } from "./us.ts";

/** Every catalogue file's entries, in one list (the catalogue validates them all). */
export const jurisdictionInputs: JurisdictionInput[] = [
  ...kz,
  ...eu,
  ...euMembers,
  ...kr,
  ...cn,
  ...us,
  ...br,
  ...ca,
  ...tr,
  ...europeInternational,
  ...restOfWorld,
];
