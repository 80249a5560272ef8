import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { readApiError } from "#lib/api-error.ts";
import { describeApiError } from "#lib/report-api-error.ts";

// Stands in for i18next: the key and its options, so the test sees which message was chosen.
const t = ((key: string, options?: object) =>
  `${key}${options ? ` ${JSON.stringify(options)}` : ""}`) as unknown as TFunction;
const failure = (message: string, code?: string) =>
  readApiError(Object.assign(new Error(message), code ? { data: { code } } : {}));

describe("describeApiError", () => {
  it("says the server could not be reached when no answer came", () => {
    expect(describeApiError(failure("Failed to fetch"), t)).toBe("errors.network");
  });

  it("turns throttling into a translated wait", () => {
    expect(describeApiError(failure("too many attempts; try again in 30 s", "TOO_MANY_REQUESTS"), t)).toBe(
      'errors.throttled {"seconds":30}',
    );
  });

  it("drops the guard name of a failed precondition", () => {
    expect(
      describeApiError(
        failure("lastAdmin: an organisation needs at least one admin", "PRECONDITION_FAILED"),
        t,
      ),
    ).toBe("An organisation needs at least one admin");
  });

  it("shows the server's own words otherwise", () => {
    expect(describeApiError(failure("Wrong e-mail or password.", "UNAUTHORIZED"), t)).toBe(
      "Wrong e-mail or password.",
    );
    expect(describeApiError(failure("", "INTERNAL_SERVER_ERROR"), t)).toBe("errors.unknown");
  });
});
