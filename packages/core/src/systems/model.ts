import { getJurisdiction } from "@airisk/regulations/catalogue";
import {
  AutonomyLevel,
  EuRiskTier,
  ImpactLevel,
  PROFILE_FLAGS,
  type ProfileFlag,
  SystemRole,
} from "@airisk/regulations/schema";
import { z } from "zod";

/** Input vocabulary of the register (api.md), shared by the verbs and the API. */

export const Id = z.uuid({ error: "must be an identifier (UUID)" });
export const Version = z.number().int().min(1, { error: "must be the version you read (1 or more)" });
export const IsoDay = z.iso.date({ error: "must be a date as YYYY-MM-DD" });

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

export const SystemName = text(200);
export const Purpose = text(4000);

export const JurisdictionList = z
  .array(
    z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => getJurisdiction(code) !== undefined, {
        error: "is not a jurisdiction of the catalogue (see the tracker for the codes)",
      }),
  )
  .min(1, { error: "name at least one jurisdiction the system is used in" })
  .max(60)
  .transform((codes) => [...new Set(codes)]);

export const RoleList = z
  .array(SystemRole, { error: "must be roles such as owner, holder, provider, deployer" })
  .min(1, { error: "name at least one role of your organisation for this system" })
  .transform((roles) => [...new Set(roles)]);

const flagShape = Object.fromEntries(PROFILE_FLAGS.map((flag) => [flag, z.boolean().optional()])) as Record<
  ProfileFlag,
  z.ZodOptional<z.ZodBoolean>
>;

/** What the system is and does: the facts the applicability engine and the guards read. */
export const SystemProfile = z
  .object({
    ...flagShape,
    sector: optionalText(200).optional(),
    euAnnexIIIArea: optionalText(80).optional(),
  })
  .strict();
export type SystemProfile = z.infer<typeof SystemProfile>;

export { AutonomyLevel, EuRiskTier, ImpactLevel, SystemRole };

export const Reason = optionalText(2000);
export const Note = optionalText(4000);

export { optionalText, text };
