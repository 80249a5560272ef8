import { ValidationError } from "@airisk/domain/errors";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * argon2id with OWASP's first recommended configuration (m = 19 MiB, t = 2, p = 1). @node-rs/argon2
 * uses argon2id by default; tests check the stored hash says so.
 */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing cannot be made a denial of service. */
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** Throws ValidationError("password", why) for a password we refuse. */
export function assertAcceptablePassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new ValidationError("password", `must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new ValidationError("password", `must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (COMMON.has(password.toLowerCase())) {
    throw new ValidationError("password", "is one of the most common passwords; choose another");
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Verified against when the e-mail is unknown, so both answers take as long. */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstNothing(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("no account has this password, it only burns time");
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
