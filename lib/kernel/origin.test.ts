import { describe, expect, it } from "vitest";
import { isMutation, isSameOrigin } from "./origin";

const from = (headers: Record<string, string>, env: Partial<NodeJS.ProcessEnv> = {}) =>
  isSameOrigin(new Headers({ host: "misi.example:3000", ...headers }), { NODE_ENV: "test", ...env });

describe("isSameOrigin", () => {
  it("accepts this site's own pages", () => {
    expect(from({ origin: "http://misi.example:3000" })).toBe(true);
    expect(from({ origin: "https://MISI.example:3000" })).toBe(true);
    // Behind a proxy: the host the visitor addressed.
    expect(from({ origin: "https://misi.go.id", "x-forwarded-host": "misi.go.id" })).toBe(true);
    expect(from({ origin: "https://misi.go.id" }, { NEXTAUTH_URL: "https://misi.go.id/" })).toBe(true);
  });

  it("refuses another site, another port of this host, and an opaque origin", () => {
    expect(from({ origin: "http://evil.example" })).toBe(false);
    expect(from({ origin: "http://misi.example:4000" })).toBe(false);
    expect(from({ origin: "http://misi.example" })).toBe(false);
    expect(from({ origin: "null" })).toBe(false);
  });

  it("without Origin, trusts the browser's Sec-Fetch-Site, and lets programs (neither header) through", () => {
    expect(from({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(from({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(from({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(from({})).toBe(true);
  });
});

it("only writes are checked", () => {
  expect(["POST", "put", "PATCH", "DELETE"].every(isMutation)).toBe(true);
  expect(["GET", "HEAD", "OPTIONS"].some(isMutation)).toBe(false);
});
