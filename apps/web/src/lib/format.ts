/**
 * A date and time in the reader's language, e.g. "25 Nov 2025, 14:03:07" in en-GB.
 * `timeZone` exists for tests; the UI shows the browser's own zone.
 */
export function formatDateTime(date: Date, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: "medium",
    timeStyle: "medium",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** The message of whatever was thrown, or undefined when there is none worth showing. */
/**
 * True when the request never got a tRPC answer (server down, proxy error page, network cut):
 * a TRPCClientError carries `data` only when the server itself answered with an error shape.
 */
export function isTransportError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (error as { data?: unknown }).data === undefined;
}

export function errorMessage(error: unknown): string | undefined {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return undefined;
}

/** A date in the reader's language, e.g. "25 Nov 2025" in en-GB. */
export function formatDate(date: Date, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: "medium",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
