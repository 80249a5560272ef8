import { describe, expect, it } from "vitest";
import { readApiError, retryAfterSeconds, splitApiError } from "#lib/api-error.ts";

function trpcError(message: string, data: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { data });
}

describe("readApiError", () => {
  it("reads code, message, field errors and field", () => {
    const error = readApiError(
      trpcError("password: too short", {
        code: "BAD_REQUEST",
        fieldErrors: { password: "too short", email: "invalid", odd: 3 },
        field: undefined,
      }),
    );
    expect(error).toEqual({
      code: "BAD_REQUEST",
      message: "password: too short",
      fieldErrors: { password: "too short", email: "invalid" },
      field: undefined,
    });
  });

  it("has no code when no answer came", () => {
    expect(readApiError(new TypeError("Failed to fetch"))).toMatchObject({
      code: undefined,
      message: "Failed to fetch",
    });
    expect(readApiError(null)).toMatchObject({ code: undefined, message: "", fieldErrors: {} });
  });
});

describe("retryAfterSeconds", () => {
  it("reads the wait from the throttling message", () => {
    expect(retryAfterSeconds("too many attempts; try again in 42 s")).toBe(42);
    expect(retryAfterSeconds("too many attempts")).toBeUndefined();
  });
});

describe("splitApiError", () => {
  const fieldFor = (path: string) =>
    (
      ({ email: "email", password: "password", "profile.annualTurnover.amountMinor": "turnover" }) as Record<
        string,
        "email" | "password" | "turnover"
      >
    )[path];

  it("places schema failures beside their fields", () => {
    const error = readApiError(
      trpcError("email: invalid", {
        code: "BAD_REQUEST",
        fieldErrors: { email: "invalid e-mail", password: "too short" },
      }),
    );
    expect(splitApiError(error, fieldFor)).toEqual({
      fields: [
        ["email", "Invalid e-mail"],
        ["password", "Too short"],
      ],
      unplaced: false,
    });
  });

  it("places a domain validation error by its field, without the field prefix", () => {
    const error = readApiError(
      trpcError("profile.annualTurnover.amountMinor: must be digits", {
        code: "BAD_REQUEST",
        field: "profile.annualTurnover.amountMinor",
      }),
    );
    expect(splitApiError(error, fieldFor)).toEqual({
      fields: [["turnover", "Must be digits"]],
      unplaced: false,
    });
  });

  it("leaves errors for unknown paths, and errors without a field, to the alert", () => {
    const unknown = readApiError(
      trpcError("input: bad", { code: "BAD_REQUEST", fieldErrors: { input: "bad" } }),
    );
    expect(splitApiError(unknown, fieldFor)).toEqual({ fields: [], unplaced: true });
    const plain = readApiError(trpcError("Wrong e-mail or password.", { code: "UNAUTHORIZED" }));
    expect(splitApiError(plain, fieldFor)).toEqual({ fields: [], unplaced: true });
  });
});
