/**
 * Wire vocabulary shared by the server and the SPA, without zod (the SPA imports this module and
 * should not pay for the schemas).
 */

/** Kazakhstan's offender categories: CoAO fines depend on them (natural person; small business or
 * non-profit; medium; large). */
export const KZ_OFFENDER_CATEGORIES = ["natural_person", "small", "medium", "large"] as const;
export type KzOffenderCategory = (typeof KZ_OFFENDER_CATEGORIES)[number];

/** Kazakhstan's Digital Code No. 255-VIII applies from this date (the catalogue's instrument, the
 * Digital Code obligations and the lifecycle's critically-important-object audit ground all read it). */
export const KZ_DIGITAL_CODE_IN_FORCE = "2026-07-11";
