/** The first of the user's preferred languages we support, matched on the primary subtag ("ru-RU" → "ru"). */
export function pickLanguage<L extends string>(
  preferred: readonly string[],
  supported: readonly L[],
): L | undefined {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split("-")[0];
    const match = supported.find((language) => language === primary);
    if (match) return match;
  }
  return undefined;
}
