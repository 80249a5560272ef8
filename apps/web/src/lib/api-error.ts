/**
 * What the SPA needs from a failed tRPC call. A `TRPCClientError` carries `data` only when the
 * server answered with an error shape; `data.fieldErrors` holds schema failures by path and
 * `data.field` the field of a domain validation error (whose message reads "field: reason").
 */
export type ApiError = {
  /** The tRPC code ("BAD_REQUEST", "UNAUTHORIZED", …), undefined when no answer came. */
  code: string | undefined;
  message: string;
  fieldErrors: Record<string, string>;
  field: string | undefined;
};

export function readApiError(error: unknown): ApiError {
  const data = (error as { data?: unknown } | null)?.data;
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : undefined;
  const fieldErrors: Record<string, string> = {};
  if (typeof record?.fieldErrors === "object" && record.fieldErrors !== null) {
    for (const [path, message] of Object.entries(record.fieldErrors as Record<string, unknown>)) {
      if (typeof message === "string") fieldErrors[path] = message;
    }
  }
  return {
    code: typeof record?.code === "string" ? record.code : undefined,
    message: error instanceof Error ? error.message.trim() : typeof error === "string" ? error : "",
    fieldErrors,
    field: typeof record?.field === "string" ? record.field : undefined,
  };
}

/** The seconds a TOO_MANY_REQUESTS message asks to wait ("too many attempts; try again in 42 s"). */
export function retryAfterSeconds(message: string): number | undefined {
  const match = /(\d+)\s*s\b/.exec(message);
  return match ? Number(match[1]) : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Splits an API error into messages for the form's own fields and whatever is left for the alert
 * at the top. `fieldFor` maps an API path ("email", "profile.annualTurnover.amountMinor") to a
 * form field, or undefined when the form has none for it.
 */
export function splitApiError<F extends string>(
  error: ApiError,
  fieldFor: (path: string) => F | undefined,
): { fields: Array<[F, string]>; unplaced: boolean } {
  const fields = new Map<F, string>();
  let unplaced = false;
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const name = fieldFor(path);
    if (name === undefined) unplaced = true;
    else if (!fields.has(name)) fields.set(name, capitalise(message));
  }
  if (error.field !== undefined) {
    const name = fieldFor(error.field);
    const prefix = `${error.field}: `;
    const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    if (name === undefined) unplaced = true;
    else if (!fields.has(name)) fields.set(name, capitalise(reason));
  }
  if (fields.size === 0) unplaced = true;
  return { fields: [...fields], unplaced };
}
