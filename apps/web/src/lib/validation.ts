/** Client-side rules that mirror the API's, so most mistakes show before anything is sent. */

export const PASSWORD_MIN_LENGTH = 10;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;

/** A practical e-mail check (something@domain.tld, no spaces); the server has the final word. */
export function isEmail(value: string): boolean {
  const text = value.trim();
  return text.length <= EMAIL_MAX_LENGTH && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text);
}

/** A whole number from min to max, written in plain digits. */
export function isIntInRange(value: string, min: number, max: number): boolean {
  const text = value.trim();
  if (!/^\d{1,9}$/.test(text)) return false;
  const number = Number(text);
  return number >= min && number <= max;
}
