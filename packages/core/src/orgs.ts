import { organisations } from "@airisk/db/schema";
import { NotFoundError } from "@airisk/domain/errors";
import { OrganisationName, OrganisationProfile } from "@airisk/domain/organisation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { TenantContext } from "#context.ts";

export type Organisation = { id: string; name: string; profile: OrganisationProfile; createdAt: Date };

export async function getOrganisation({ ctx }: { ctx: TenantContext }): Promise<Organisation> {
  const [org] = await ctx.tx
    .select({
      id: organisations.id,
      name: organisations.name,
      profile: organisations.profile,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .where(eq(organisations.id, ctx.tenantId));
  if (!org) throw new NotFoundError("organisation");
  // Stored profiles were validated on write; parse again so old shapes never reach a client.
  const profile = OrganisationProfile.safeParse(org.profile);
  return { ...org, profile: profile.success ? profile.data : {} };
}

export const UpdateOrganisationInput = z.object({
  name: OrganisationName.optional(),
  /** Fields present replace the stored ones; `null` clears one. */
  profile: OrganisationProfile.optional(),
  clear: z.array(z.enum(Object.keys(OrganisationProfile.shape) as [keyof OrganisationProfile])).optional(),
});
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationInput>;

export async function updateOrganisation({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: UpdateOrganisationInput;
}): Promise<Organisation> {
  const current = await getOrganisation({ ctx });
  const profile: Record<string, unknown> = { ...current.profile, ...input.profile };
  for (const key of input.clear ?? []) delete profile[key];
  await ctx.tx
    .update(organisations)
    .set({ name: input.name ?? current.name, profile, updatedAt: ctx.now })
    .where(eq(organisations.id, ctx.tenantId));
  return getOrganisation({ ctx });
}
