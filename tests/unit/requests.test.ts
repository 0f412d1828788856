import { describe, expect, it } from "vitest";
import { hasControlCharacters, isCrossSite } from "~/server/http.server";
import { returnPath, safeRedirectPath } from "~/safe-redirect";

describe("redirect targets", () => {
  it.each([
    ["/organisation", "/organisation"],
    ["/organisation?tab=members", "/organisation?tab=members"],
    ["//evil.example", "/home"],
    ["/\\evil.example", "/home"],
    ["https://evil.example", "/home"],
    ["javascript:alert(1)", "/home"],
    ["/ok\nSet-Cookie:x", "/home"],
    [undefined, "/home"],
  ])("%s goes to %s", (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected);
  });
});

describe("where to come back to", () => {
  const post = (url: string, referer?: string) =>
    new Request(url, { method: "POST", headers: referer ? { Referer: referer } : {} });
  it("is the page asked for, or for a posted form the page of ours it was sent from", () => {
    expect(returnPath(new Request("http://localhost/organisation?tab=1"))).toBe("/organisation?tab=1");
    expect(returnPath(post("http://localhost/organisation/invitations", "http://localhost/organisation"))).toBe(
      "/organisation",
    );
    expect(returnPath(post("http://localhost/organisation/invitations", "https://evil.example/x"))).toBe(
      "/organisation/invitations",
    );
    expect(returnPath(post("http://localhost/organisation?index"))).toBe("/organisation");
  });
});

describe("origin guard", () => {
  const own = "http://localhost:3000";
  it("lets same-origin and header-less requests through", () => {
    expect(isCrossSite(own, "same-origin", own)).toBe(false);
    expect(isCrossSite(undefined, undefined, own)).toBe(false);
    expect(isCrossSite(undefined, "same-origin", own)).toBe(false);
  });
  it("refuses a foreign or opaque origin, and cross-site fetches without one", () => {
    expect(isCrossSite("https://evil.example", undefined, own)).toBe(true);
    expect(isCrossSite("null", undefined, own)).toBe(true);
    expect(isCrossSite(undefined, "cross-site", own)).toBe(true);
    expect(isCrossSite(undefined, "same-site", own)).toBe(true);
  });
});

describe("control characters", () => {
  it("refuses NUL and the other C0 controls and DEL, but not tab, line feed or carriage return", () => {
    for (const code of [0, 1, 7, 8, 11, 12, 14, 27, 31, 127])
      expect(hasControlCharacters(`a${String.fromCharCode(code)}b`), String(code)).toBe(true);
    expect(hasControlCharacters("regel één\r\n\tregel twee — €")).toBe(false);
  });
});
