import { describe, expect, it } from "vitest";
import { pickLanguage } from "#i18n/pick-language.ts";
import { errorMessage, formatDateTime, isTransportError } from "#lib/format.ts";

describe("formatDateTime", () => {
  const checkedAt = new Date(Date.UTC(2025, 10, 25, 14, 3, 7));

  it("formats in the given language and zone", () => {
    expect(formatDateTime(checkedAt, "en-GB", "UTC")).toBe("25 Nov 2025, 14:03:07");
  });

  it("follows the language, not the machine's locale", () => {
    expect(formatDateTime(checkedAt, "ru", "UTC")).toContain("нояб");
    expect(formatDateTime(checkedAt, "en-GB", "Asia/Almaty")).toContain("19:03:07");
  });
});

describe("pickLanguage", () => {
  it("matches on the primary subtag, in the user's order", () => {
    expect(pickLanguage(["de-DE", "ru-RU", "en-US"], ["en", "ru", "kk"])).toBe("ru");
    expect(pickLanguage(["KK"], ["en", "kk"])).toBe("kk");
  });

  it("returns undefined when nothing fits", () => {
    expect(pickLanguage(["fr"], ["en"])).toBeUndefined();
    expect(pickLanguage([], ["en"])).toBeUndefined();
  });
});

describe("errorMessage", () => {
  it("takes the message of an Error or a string, and nothing blank", () => {
    expect(errorMessage(new Error("fetch failed"))).toBe("fetch failed");
    expect(errorMessage("boom")).toBe("boom");
    expect(errorMessage(new Error("  "))).toBeUndefined();
    expect(errorMessage({ message: "not an error" })).toBeUndefined();
  });
});

describe("isTransportError", () => {
  it("tells a missing answer from an error the server reported", () => {
    expect(isTransportError(new TypeError("Failed to fetch"))).toBe(true);
    expect(isTransportError(new Error("Unexpected end of JSON input"))).toBe(true);
    const reported = Object.assign(new Error("database unreachable"), {
      data: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(isTransportError(reported)).toBe(false);
  });
});
