import { describe, expect, it } from "vitest";
import { clientAddress, resolveClientAddress, trustedProxies } from "./client-address";

describe("resolveClientAddress", () => {
  const none = trustedProxies("");
  const proxies = trustedProxies("loopback, 10.0.0.0/8");

  it("without trusted proxies, the socket's peer, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "10.9.0.2", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", none)).toBe("127.0.0.1");
  });

  it("through trusted proxies, the first address from the right that is not one of them", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.5", proxies)).toBe("198.51.100.7");
    // A client cannot hide behind a proxy's range: what it wrote left of the real hop is not read.
    expect(resolveClientAddress("10.0.0.5", "10.0.0.9, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("::1", "", proxies)).toBe("::1");
  });

  it("anything that is not an address is unknown", () => {
    expect(resolveClientAddress(undefined, "198.51.100.7", proxies)).toBe("tidak diketahui");
    expect(resolveClientAddress("127.0.0.1", "<script>", proxies)).toBe("tidak diketahui");
  });

  it("refuses a mistyped proxy list", () => {
    expect(() => trustedProxies("10.0.0.0/99")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxies("proxy.local")).toThrow(/TRUSTED_PROXIES/);
  });
});

it("the app reads the production server's stamp, and only without it (next dev) the rightmost X-Forwarded-For entry", () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name];
  const handover = Symbol.for("misi-dagang.server-handover");
  // Not under server.js: a stamp could only have come from the client.
  expect(clientAddress(headers({ "x-misi-client-address": "203.0.113.9", "x-forwarded-for": "10.9.0.2" }))).toBe("10.9.0.2");
  (globalThis as Record<symbol, unknown>)[handover] = () => undefined;
  expect(clientAddress(headers({ "x-misi-client-address": "203.0.113.9", "x-forwarded-for": "10.9.0.2" }))).toBe("203.0.113.9");
  delete (globalThis as Record<symbol, unknown>)[handover];
  expect(clientAddress(headers({ "x-forwarded-for": "10.9.0.2, 127.0.0.1" }))).toBe("127.0.0.1");
  expect(clientAddress(headers({}))).toBe("tidak diketahui");
});
