import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  InvalidProxyListError,
  resolveClientAddress,
  stampClientAddress,
  stampedAddress,
  trustedProxies,
} from "./client-address";

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

  it("a trusted proxy that forwards no header is itself the client", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, proxies)).toBe("127.0.0.1");
    expect(resolveClientAddress("10.1.2.3", " , ", proxies)).toBe("10.1.2.3");
  });

  it("IPv4 written as IPv6 (::ffff:a.b.c.d) is the IPv4 address; other IPv6 addresses stay as they are", () => {
    expect(resolveClientAddress("::ffff:198.51.100.27", undefined, none)).toBe("198.51.100.27");
    expect(resolveClientAddress("::ffff:127.0.0.1", " ::ffff:198.51.100.27 ", proxies)).toBe("198.51.100.27");
    expect(resolveClientAddress("2001:db8::ffff:198.51.100.27", undefined, none)).toBe("2001:db8::ffff:198.51.100.27");
    expect(resolveClientAddress("2001:db8::7", undefined, none)).toBe("2001:db8::7");
  });

  it("anything that is not an address is unknown", () => {
    expect(resolveClientAddress(undefined, "198.51.100.7", proxies)).toBe("tidak diketahui");
    expect(resolveClientAddress("", "198.51.100.7", proxies)).toBe("tidak diketahui");
    expect(resolveClientAddress("127.0.0.1", "<script>", proxies)).toBe("tidak diketahui");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7, <script>", proxies)).toBe("tidak diketahui");
  });
});

describe("TRUSTED_PROXIES", () => {
  const trusts = (setting: string | undefined, address: string) => resolveClientAddress(address, "198.51.100.7", trustedProxies(setting)) === "198.51.100.7";

  it("reads addresses and ranges, with spaces around the commas, of both families", () => {
    expect(trusts(" 192.0.2.1 ,10.0.0.0/8,, 2001:db8::/32 ", "192.0.2.1")).toBe(true);
    expect(trusts("192.0.2.1", "192.0.2.2")).toBe(false);
    expect(trusts(" 192.0.2.1 ,10.0.0.0/8", "10.255.0.1")).toBe(true);
    expect(trusts("10.0.0.0/8", "11.0.0.1")).toBe(false);
    expect(trusts("2001:db8::/32", "2001:db8:ffff::1")).toBe(true);
    expect(trusts("2001:db8::/32", "2001:db9::1")).toBe(false);
    expect(trusts("2001:db8::5", "2001:db8::5")).toBe(true);
    // The widest and narrowest ranges each family allows.
    expect(trusts("192.0.2.1/32", "192.0.2.1")).toBe(true);
    expect(trusts("2001:db8::5/128", "2001:db8::5")).toBe(true);
    expect(trusts("0.0.0.0/0", "203.0.113.1")).toBe(true);
  });

  it('"loopback" is 127.0.0.0/8 and ::1, nothing else', () => {
    expect(trusts("loopback", "127.9.9.9")).toBe(true);
    expect(trusts("loopback", "::1")).toBe(true);
    expect(trusts("loopback", "128.0.0.1")).toBe(false);
    expect(trusts(" loopback ", "127.0.0.1")).toBe(true);
  });

  it("unset or empty trusts nobody", () => {
    const saved = process.env.TRUSTED_PROXIES;
    delete process.env.TRUSTED_PROXIES;
    try {
      expect(trusts(undefined, "127.0.0.1")).toBe(false);
      expect(trusts("", "127.0.0.1")).toBe(false);
    } finally {
      if (saved !== undefined) process.env.TRUSTED_PROXIES = saved;
    }
  });

  it("refuses a mistyped list, naming the item", () => {
    for (const item of ["10.0.0.0/99", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/", "10.0.0.0/8x", "10.0.0.0/0008", "proxy.local", "loopback6"]) {
      let thrown: unknown;
      try {
        trustedProxies(`127.0.0.1, ${item}`);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, item).toBeInstanceOf(InvalidProxyListError);
      expect((thrown as Error).name).toBe("InvalidProxyListError");
      expect((thrown as Error).message).toContain(`"${item}"`);
    }
  });
});

it("the production server overwrites the address header with the one it worked out", () => {
  const request = (forwarded: string | string[] | undefined) =>
    ({
      headers: { "x-forwarded-for": forwarded, [CLIENT_ADDRESS_HEADER]: "6.6.6.6" },
      socket: { remoteAddress: "::ffff:127.0.0.1" },
    }) as unknown as IncomingMessage;
  const proxies = trustedProxies("loopback");
  const joined = request(["203.0.113.9", "198.51.100.7"]);
  stampClientAddress(joined, proxies);
  expect(joined.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
  // What the board's stream and the sign-ins' turns go by.
  expect(stampedAddress(joined)).toBe("198.51.100.7");
  const single = request("203.0.113.9");
  stampClientAddress(single, proxies);
  expect(single.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
  const direct = request(undefined);
  stampClientAddress(direct, trustedProxies(""));
  expect(direct.headers[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
});

it("the app reads the production server's stamp, and only without it (next dev) the rightmost X-Forwarded-For entry", () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name];
  const handover = Symbol.for("misi-dagang.server-handover");
  // Not under server.js: a stamp could only have come from the client.
  expect(clientAddress(headers({ "x-misi-client-address": "203.0.113.9", "x-forwarded-for": "10.9.0.2" }))).toBe("10.9.0.2");
  (globalThis as Record<symbol, unknown>)[handover] = () => undefined;
  try {
    expect(clientAddress(headers({ "x-misi-client-address": "203.0.113.9", "x-forwarded-for": "10.9.0.2" }))).toBe("203.0.113.9");
  } finally {
    delete (globalThis as Record<symbol, unknown>)[handover];
  }
  expect(clientAddress(headers({ "x-forwarded-for": "10.9.0.2, 127.0.0.1" }))).toBe("127.0.0.1");
  expect(clientAddress(headers({}))).toBe("tidak diketahui");
});
