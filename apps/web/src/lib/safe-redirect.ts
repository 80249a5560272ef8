const BASE = "http://airisk.invalid";

/** Where the app goes after signing in or up when no (acceptable) target was asked for. */
export const DEFAULT_AFTER_SIGN_IN = "/portfolio";

/**
 * The target itself, normalised, when it is a path inside this app; otherwise undefined.
 * Refuses absolute URLs, protocol-relative `//host`, backslash tricks (`/\host`, which browsers
 * read as `//host`), control characters and the sign-in and sign-up pages themselves (no loops).
 */
export function sameAppPath(target: unknown): string | undefined {
  if (typeof target !== "string" || !target.startsWith("/")) return undefined;
  if (target.startsWith("//") || target.includes("\\")) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(target)) return undefined;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  if (/^\/sign-(in|up)\/?$/.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The `redirect` search parameter if it is safe to follow, else the default page. */
export function safeRedirect(target: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  return sameAppPath(target) ?? fallback;
}
