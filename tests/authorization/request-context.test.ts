// The one reader of Next's request (lib/auth/request.ts): the session next-auth decoded, the caller's
// address and browser, and the language they chose.
import { expect, it, vi } from "vitest";
import { requestContext } from "@/lib/auth/request";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";

const session = vi.hoisted(() => ({ current: null as Record<string, unknown> | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => session.current }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.5, 198.51.100.9", "user-agent": "tablet/2" }),
  cookies: async () => ({ get: (name: string) => (name === LOCALE_COOKIE ? { value: "en" } : undefined) }),
}));

it("says who (if anyone), from where, with what and in which language", async () => {
  session.current = { userId: "u1", sessionVersion: 4, sessionId: "s1", user: { name: "Desk" } };
  expect(await requestContext()).toEqual({
    session: { userId: "u1", sessionVersion: 4, sessionId: "s1" },
    ip: "198.51.100.9",
    userAgent: "tablet/2",
    locale: "en",
  });
  session.current = { user: { name: "x" }, userId: "" };
  expect((await requestContext()).session).toBeNull();
  session.current = null;
  expect((await requestContext()).session).toBeNull();
});
