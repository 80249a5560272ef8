/**
 * Wire vocabulary shared by the server and the SPA, without zod (the SPA imports this module and
 * should not pay for the schemas).
 */

/** Kazakhstan's offender categories: CoAO fines depend on them (natural person; small business or
 * non-profit; medium; large). */
export const KZ_OFFENDER_CATEGORIES = ["natural_person", "small", "medium", "large"] as const;
export type KzOffenderCategory = (typeof KZ_OFFENDER_CATEGORIES)[number];
