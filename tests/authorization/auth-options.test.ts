// next-auth's side of a session, called as next-auth calls it: the password check behind the sign-in
// form, what the token and the session carry, where sign-in returns to, and what signing out ends.
// And the staff pages' own gate (lib/auth/page-access.ts), which sends people to sign in, to the
// password page, or to a 403 or 404 page.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { Session, User } from "next-auth";
import { withTestDatabase } from "../support/database";
import { actAs, createFixtures } from "../support/personas";
import { authOptions, usesSecureCookies } from "@/lib/auth/options";
import { CHANGE_PASSWORD_PATH, requireEventPage, requireStaffPage } from "@/lib/auth/page-access";
import { requestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";

vi.mock("@/lib/auth/request", () => ({ requestContext: vi.fn() }));
// Next's navigation helpers end the render by throwing; here they throw what they would do.
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
  notFound: () => {
    throw new Error("404");
  },
  forbidden: () => {
    throw new Error("403");
  },
}));
vi.mock("next/server", () => ({ connection: async () => undefined }));

withTestDatabase({ seedDemo: true });

afterEach(() => vi.unstubAllEnvs());

it("cookies are Secure in production, unless the operator serves plain http on purpose", () => {
  expect(usesSecureCookies({ NODE_ENV: "production" } as NodeJS.ProcessEnv)).toBe(true);
  expect(usesSecureCookies({ NODE_ENV: "production", NEXTAUTH_URL: "https://misi.example" } as NodeJS.ProcessEnv)).toBe(true);
  expect(usesSecureCookies({ NODE_ENV: "production", NEXTAUTH_URL: "http://10.0.0.2:3000" } as NodeJS.ProcessEnv)).toBe(false);
  expect(usesSecureCookies({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toBe(false);
});

describe("the password check behind the sign-in form", () => {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (credentials: Record<string, string> | undefined, request: { headers: Record<string, string | string[]> }) => Promise<unknown> };
  };
  const signIn = (email: string, password: string, forwardedFor: string | string[]) =>
    provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": forwardedFor, "user-agent": "tablet/1" } });

  it("answers with the account and its session version, or throws the refusal the form words", async () => {
    const { users } = await createFixtures();
    const desk = users.desk;
    expect(await signIn(desk.email, desk.password, "198.51.100.3")).toEqual({ id: desk.id, name: "Desk", email: desk.email, sessionVersion: 0 });
    await expect(signIn(desk.email, "bukan-sandinya", "198.51.100.3")).rejects.toThrow(/^INVALID$/);
    await expect(signIn(users.disabled.email, users.disabled.password, "198.51.100.3")).rejects.toThrow(/^DISABLED$/);
    await expect(provider.options.authorize(undefined, { headers: {} })).rejects.toThrow(/^INVALID$/);
    await expect(provider.options.authorize({ email: desk.email, password: desk.password }, undefined as never)).resolves.toMatchObject({ id: desk.id });
    // The attempt is counted against the address the request came from (the rightmost hop under next dev).
    const db = await getDb();
    const attempts = await db.loginAttempt.findMany({ where: { email: desk.email }, orderBy: { createdAt: "asc" } });
    expect(attempts.map((a) => [a.ip, a.succeeded])).toEqual([
      ["198.51.100.3", true],
      ["198.51.100.3", false],
      // Without a request to read (next-auth gives none in some flows) the address is unknown.
      ["tidak diketahui", true],
    ]);
  });

  it("a locked account's refusal says for how many minutes", async () => {
    const { users } = await createFixtures();
    const address = ["203.0.113.50", "198.51.100.44"];
    for (let i = 0; i < 4; i++) await expect(signIn(users.organizer.email, "salah", address)).rejects.toThrow(/^INVALID$/);
    await expect(signIn(users.organizer.email, "salah", address)).rejects.toThrow(/^LOCKED:15$/);
    const db = await getDb();
    expect(await db.lockout.count({ where: { subject: "ADDRESS", value: "198.51.100.44" } })).toBe(1);
    // The browser that tried is in the audit row.
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.locked_out", after: { path: ["value"], equals: "198.51.100.44" } } });
    expect(audit).toMatchObject({ ip: "198.51.100.44", userAgent: "tablet/1" });
  });
});

describe("the token and the session", () => {
  const { jwt, session, redirect } = authOptions.callbacks!;

  it("at sign-in the token gets the account's session version and an id of its own; renewals keep both", async () => {
    const signedIn = (await jwt!({ token: { sub: "u1" }, user: { id: "u1", sessionVersion: 3 } as User } as never)) as JWT;
    expect(signedIn).toMatchObject({ sub: "u1", sv: 3, sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const other = (await jwt!({ token: { sub: "u1" }, user: { id: "u1", sessionVersion: 3 } as User } as never)) as JWT;
    expect(other.sid).not.toBe(signedIn.sid);
    expect(await jwt!({ token: signedIn } as never)).toEqual(signedIn);
  });

  it("the session says whose it is; a token without those fields gives a session that authorizes nobody", async () => {
    const base = { user: { name: "Desk" }, expires: "2025-05-09T00:00:00Z" } as Session;
    expect(await session!({ session: base, token: { sub: "u1", sv: 2, sid: "s-1" } } as never)).toEqual({
      ...base,
      userId: "u1",
      sessionVersion: 2,
      sessionId: "s-1",
    });
    expect(await session!({ session: base, token: {} } as never)).toEqual({ ...base, userId: "", sessionVersion: -1, sessionId: "" });
  });

  it("sign-in and sign-out return only to this site's pages, never to the sign-in page itself", async () => {
    const baseUrl = "https://misi.example";
    expect(await redirect!({ url: "https://misi.example/staf/e/x", baseUrl })).toBe("https://misi.example/staf/e/x");
    expect(await redirect!({ url: "/staf/pengguna?tab=1", baseUrl })).toBe("https://misi.example/staf/pengguna?tab=1");
    expect(await redirect!({ url: "https://misi.example", baseUrl })).toBe("https://misi.example/");
    expect(await redirect!({ url: "https://evil.example/staf", baseUrl })).toBe("https://misi.example/staf");
    expect(await redirect!({ url: "https://misi.example/masuk", baseUrl })).toBe("https://misi.example/staf");
  });

  it("signing out ends that session on the server, once, with an audit row", async () => {
    const { users } = await createFixtures();
    const signOut = authOptions.events!.signOut!;
    const db = await getDb();
    const audits = () => db.auditEvent.count({ where: { actorId: users.desk.id, action: "auth.signed_out", targetType: "User", targetId: users.desk.id } });
    await signOut({ token: { sub: users.desk.id, sid: "sid-signed-out" }, session: null as never });
    expect(await audits()).toBe(1);
    await signOut({ token: { sub: users.desk.id, sid: "sid-signed-out" }, session: null as never });
    await signOut({ token: { sub: users.desk.id }, session: null as never });
    expect(await db.endedSession.findMany({ where: { userId: users.desk.id }, select: { sid: true } })).toEqual([{ sid: "sid-signed-out" }]);
    expect(await audits()).toBe(1);
  });

  it("next-auth's warnings reach the log, except the one about NEXTAUTH_URL that does not apply", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      authOptions.logger!.warn!("NEXTAUTH_URL");
      authOptions.logger!.warn!("DEBUG_ENABLED");
      expect(warn.mock.calls).toEqual([["[next-auth][warn] DEBUG_ENABLED"]]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("the staff pages' gate", () => {
  it("sends a visitor to sign in and back, the wrong role to 403, an unknown mission to 404", async () => {
    const fixtures = await createFixtures();
    await actAs("anonymous", fixtures, requestContext);
    await expect(requireStaffPage("STAFF", "/staf/e/x?tab=a b")).rejects.toThrow("redirect /masuk?callbackUrl=%2Fstaf%2Fe%2Fx%3Ftab%3Da%20b");
    await expect(requireEventPage(PRACTICE_SLUG, "STAFF", "/staf/e/p")).rejects.toThrow("redirect /masuk?callbackUrl=%2Fstaf%2Fe%2Fp");

    await actAs("desk", fixtures, requestContext);
    await expect(requireStaffPage("ADMIN", "/staf/pengguna")).rejects.toThrow(/^403$/);
    expect(await requireStaffPage("STAFF", "/staf")).toMatchObject({ id: fixtures.users.desk.id, role: "DESK" });
    expect(await requireEventPage(fixtures.deskEventSlug, "STAFF", "/staf/e/p")).toMatchObject({ event: { id: fixtures.deskEventId } });
    await expect(requireEventPage(fixtures.otherEventSlug, "STAFF", "/staf/e/o")).rejects.toThrow(/^403$/);
    await expect(requireEventPage("tidak-ada", "STAFF", "/staf/e/t")).rejects.toThrow(/^404$/);
  });

  it("an account on its one-time password sees only the password page", async () => {
    const fixtures = await createFixtures();
    const db = await getDb();
    await db.user.update({ where: { id: fixtures.users.desk.id }, data: { mustChangePassword: true } });
    await actAs("desk", fixtures, requestContext);
    await expect(requireStaffPage("STAFF", "/staf")).rejects.toThrow(`redirect ${CHANGE_PASSWORD_PATH}`);
    expect(await requireStaffPage("STAFF", CHANGE_PASSWORD_PATH)).toMatchObject({ id: fixtures.users.desk.id, mustChangePassword: true });
    await expect(requireEventPage(fixtures.deskEventSlug, "STAFF", "/staf/e/p")).rejects.toThrow(`redirect ${CHANGE_PASSWORD_PATH}`);
  });
});
