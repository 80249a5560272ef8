import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeRedirect, sameAppPath } from "#lib/safe-redirect.ts";

describe("sameAppPath", () => {
  it("keeps paths inside the app, with their search and hash", () => {
    expect(sameAppPath("/settings/members")).toBe("/settings/members");
    expect(sameAppPath("/invite/abc123")).toBe("/invite/abc123");
    expect(sameAppPath("/portfolio?q=x&page=2#top")).toBe("/portfolio?q=x&page=2#top");
    expect(sameAppPath("/")).toBe("/");
  });

  it("normalises dot segments without leaving the origin", () => {
    expect(sameAppPath("/a/../settings")).toBe("/settings");
    expect(sameAppPath("/../../etc")).toBe("/etc");
  });

  it("refuses absolute and protocol-relative URLs", () => {
    expect(sameAppPath("https://evil.example/")).toBeUndefined();
    expect(sameAppPath("http://127.0.0.1:3000/status")).toBeUndefined();
    expect(sameAppPath("//evil.example/path")).toBeUndefined();
    expect(sameAppPath("javascript:alert(1)")).toBeUndefined();
    expect(sameAppPath("data:text/html,hi")).toBeUndefined();
  });

  it("refuses backslash and control-character tricks", () => {
    expect(sameAppPath("/\\evil.example")).toBeUndefined();
    expect(sameAppPath("\\\\evil.example")).toBeUndefined();
    expect(sameAppPath("/\t/evil.example")).toBeUndefined();
    expect(sameAppPath("/\n/evil.example")).toBeUndefined();
  });

  it("refuses relative paths, empty strings and non-strings", () => {
    expect(sameAppPath("settings")).toBeUndefined();
    expect(sameAppPath("")).toBeUndefined();
    expect(sameAppPath(undefined)).toBeUndefined();
    expect(sameAppPath(42)).toBeUndefined();
    expect(sameAppPath(["/status"])).toBeUndefined();
  });

  it("refuses the sign-in and sign-up pages so signing in cannot loop", () => {
    expect(sameAppPath("/sign-in")).toBeUndefined();
    expect(sameAppPath("/sign-up/?redirect=/x")).toBeUndefined();
  });
});

describe("safeRedirect", () => {
  it("falls back to the default page", () => {
    expect(safeRedirect("//evil.example")).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeRedirect(undefined, "/status")).toBe("/status");
    expect(safeRedirect("/settings/organisation")).toBe("/settings/organisation");
  });
});
