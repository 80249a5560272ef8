import type { TFunction } from "i18next";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { type ApiError, readApiError, retryAfterSeconds, splitApiError } from "#lib/api-error.ts";

/** One sentence for the alert at the top of a form (or beside an action) about a failed call. */
export function describeApiError(error: ApiError, t: TFunction): string {
  if (error.code === undefined) return t("errors.network");
  if (error.code === "TOO_MANY_REQUESTS") {
    const seconds = retryAfterSeconds(error.message);
    return seconds === undefined ? error.message : t("errors.throttled", { seconds });
  }
  // "lastAdmin: an organisation needs…": a failed guard's name is for logs, the reason for people.
  const text =
    error.code === "PRECONDITION_FAILED" ? error.message.replace(/^[A-Za-z]+: /, "") : error.message;
  // Server messages start in lower case ("this invitation was sent to…"); an alert is a sentence.
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : t("errors.unknown");
}

/** The same, straight from whatever a mutation threw. */
export function apiErrorMessage(thrown: unknown, t: TFunction): string {
  return describeApiError(readApiError(thrown), t);
}

/**
 * Shows a failed call on a react-hook-form form: validation errors beside their fields, anything
 * else in the form's root error (`errors.root.server`), which `FormError` renders at the top.
 */
export function reportApiError<T extends FieldValues>(
  thrown: unknown,
  setError: UseFormSetError<T>,
  t: TFunction,
  fieldFor: (path: string) => Path<T> | undefined,
): void {
  const error = readApiError(thrown);
  const { fields, unplaced } = splitApiError(error, fieldFor);
  fields.forEach(([name, message], index) => {
    setError(name, { type: "server", message }, { shouldFocus: index === 0 });
  });
  if (unplaced)
    setError("root.server", { type: error.code ?? "network", message: describeApiError(error, t) });
}

/** A `fieldFor` for forms whose field names are the API's input names. */
export function sameNames<F extends string>(...names: F[]): (path: string) => F | undefined {
  return (path) => names.find((name) => name === path);
}
