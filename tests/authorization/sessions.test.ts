// A session is only as good as the account behind it, checked at every request: the role and the
// account's state are read from the database, never trusted from the token.
import { endSession } from "@/lib/auth/sessions";
import { SESSION_MAX_AGE_S } from "@/lib/auth/options";
import { reissueSession } from "@/lib/auth/session-cookie";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "../support/database";
import { actAs, createFixtures, type Fixtures } from "../support/personas";
import { registerWalkInAction } from "@/app/staf/e/[slug]/pelaku-usaha/actions";
import { changePassword } from "@/app/staf/kata-sandi/actions";
import { disableAccount, resetAccountPassword } from "@/app/staf/pengguna/actions";
import { authorize, authorizeForEvent } from "@/lib/auth/authorize";
import { requestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG, PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { hashPassword } from "@/lib/users/password";

vi.mock("@/lib/auth/request", () => ({ requestContext: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// A password change re-issues the session cookie on the response: what it sets is kept here.
const setCookie = vi.hoisted(() => vi.fn());
vi.mock("next/headers", () => ({ cookies: async () => ({ set: setCookie, get: vi.fn() }) }));

withTestDatabase({ seedDemo: true });

// Every test changes accounts (disables, resets, signs out): each gets accounts of its own.
let fixtures: Fixtures;
beforeEach(async () => {
  fixtures = await createFixtures();
});

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

describe("a session whose account changes", () => {
  it("a disabled user's next mutation is refused, though their token is unchanged", async () => {
    const desk = fixtures.users.desk;
    await actAs("desk", fixtures, requestContext);
    const before = await requestContext();
    const change = () => changePassword(null, form({ current: desk.password, next: "sandi-baru-meja-1", confirm: "sandi-baru-meja-1" }));
    expect(await change()).toMatchObject({ ok: true });
    // Changing the password ended the account's other sessions (the token from before is refused), and
    // re-issued this one: the cookie set carries the new session version.
    expect(setCookie).toHaveBeenCalledWith("next-auth.session-token", expect.any(String), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: false,
      maxAge: SESSION_MAX_AGE_S,
    });
    const { decode } = await import("next-auth/jwt");
    const reissued = await decode({ token: setCookie.mock.calls.at(-1)![1], secret: process.env.NEXTAUTH_SECRET! });
    expect(reissued).toMatchObject({ sub: desk.id, sv: before.session!.sessionVersion + 1, sid: before.session!.sessionId });
    expect(await authorize("STAFF")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await actAs("desk", fixtures, requestContext); // as the re-issued cookie says
    expect(await authorize("STAFF")).toMatchObject({ ok: true });
    const deskSession = await requestContext();

    await actAs("organizer", fixtures, requestContext);
    expect(await disableAccount(null, form({ userId: desk.id }))).toMatchObject({ ok: true });

    // The same cookie as before the disable.
    vi.mocked(requestContext).mockResolvedValue(deskSession);
    expect(await changePassword(null, form({ current: "sandi-baru-meja-1", next: "sandi-baru-meja-2", confirm: "sandi-baru-meja-2" }))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });

  it("a password reset ends the sessions opened before it", async () => {
    await actAs("deskOfOtherEvent", fixtures, requestContext);
    const before = await requestContext();
    expect(await authorize("STAFF")).toMatchObject({ ok: true });

    await actAs("organizer", fixtures, requestContext);
    expect(await resetAccountPassword(null, form({ userId: fixtures.users.deskOfOtherEvent.id }))).toMatchObject({ ok: true });

    vi.mocked(requestContext).mockResolvedValue(before);
    expect(await authorize("STAFF")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("a role changed in the database applies at the next request", async () => {
    const db = await getDb();
    const organizer = fixtures.users.organizer;
    await actAs("organizer", fixtures, requestContext);
    expect(await authorize("ADMIN")).toMatchObject({ ok: true });
    await db.user.update({ where: { id: organizer.id }, data: { role: "DESK" } });
    expect(await authorize("ADMIN")).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("event scope", () => {
  it("desk staff reach only the events assigned to them; organizers reach every event", async () => {
    await actAs("desk", fixtures, requestContext);
    expect(await authorizeForEvent(PRACTICE_SLUG, "STAFF")).toMatchObject({ ok: true, event: { id: fixtures.deskEventId } });
    expect(await authorizeForEvent(DEMO_SLUG, "STAFF")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await authorizeForEvent(fixtures.otherEventSlug, "STAFF")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await authorizeForEvent(PRACTICE_SLUG, "ADMIN")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await authorizeForEvent("tidak-ada", "STAFF")).toMatchObject({ ok: false, code: "EVENT_NOT_FOUND" });

    await actAs("organizer", fixtures, requestContext);
    expect(await authorizeForEvent(DEMO_SLUG, "ADMIN")).toMatchObject({ ok: true });
    expect(await authorizeForEvent(fixtures.otherEventSlug, "ADMIN")).toMatchObject({ ok: true, event: { id: fixtures.otherEventId } });

    await actAs("anonymous", fixtures, requestContext);
    expect(await authorizeForEvent(DEMO_SLUG, "STAFF")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("an account still on its one-time password", () => {
  it("may only choose its own password: every other action is refused until it has", async () => {
    const db = await getDb();
    const desk = fixtures.users.desk;
    await db.user.update({
      where: { id: desk.id },
      data: { mustChangePassword: true, passwordHash: await hashPassword("sekali-pakai-123") },
    });
    await actAs("desk", fixtures, requestContext);
    const walkIn = () =>
      registerWalkInAction(
        null,
        form({
          slug: PRACTICE_SLUG,
          sideCode: "KALTIM",
          name: `Usaha Sandi ${Date.now()}`,
          representative: "Wakil",
          phone: `0813${String(Date.now()).slice(-8)}`,
          sector: "Kuliner",
          regency: "Kota Balikpapan",
          confirmDuplicate: "1",
        }),
      );
    const auditBefore = await db.auditEvent.count();

    expect(await walkIn()).toMatchObject({
      ok: false,
      code: "PASSWORD_CHANGE_FIRST",
      message: "Ganti dulu kata sandi sekali pakai Anda (menu Ganti kata sandi), lalu ulangi.",
    });
    expect(await authorizeForEvent(PRACTICE_SLUG, "STAFF")).toMatchObject({ ok: false, code: "PASSWORD_CHANGE_FIRST" });
    expect(await db.auditEvent.count()).toBe(auditBefore);
    // Pages still find the account, to send it to the password page.
    expect(await authorize("STAFF", { pendingPasswordChange: "allow" })).toMatchObject({ ok: true });

    expect(await changePassword(null, form({ current: "sekali-pakai-123", next: "sandi-sendiri-123", confirm: "sandi-sendiri-123" }))).toMatchObject({
      ok: true,
    });
    await actAs("desk", fixtures, requestContext); // with the cookie the change re-issued
    expect(await walkIn()).toMatchObject({ ok: true });
  });
});

describe("signing out", () => {
  it("ends that session on the server: its token is refused from then on, and the account's other sessions go on", async () => {
    const db = await getDb();
    const desk = fixtures.users.desk;
    await actAs("desk", fixtures, requestContext);
    const tablet = await requestContext();
    expect(await authorize("STAFF")).toMatchObject({ ok: true });
    await endSession({ sid: tablet.session!.sessionId, userId: desk.id });
    await endSession({ sid: tablet.session!.sessionId, userId: desk.id }); // signing out twice changes nothing more
    expect(await authorize("STAFF")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.auditEvent.count({ where: { action: "auth.signed_out", actorId: desk.id } })).toBe(1);
    vi.mocked(requestContext).mockResolvedValue({ ...tablet, session: { ...tablet.session!, sessionId: "another-tablet" } });
    expect(await authorize("STAFF")).toMatchObject({ ok: true });
    // A token from before sessions had their own id carries none: refused.
    vi.mocked(requestContext).mockResolvedValue({ ...tablet, session: { ...tablet.session!, sessionId: "" } });
    expect(await authorize("STAFF")).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

it("in production the re-issued cookie is Secure and carries the __Secure- prefix next-auth gives its own", async () => {
  const { users } = fixtures;
  await actAs("desk", fixtures, requestContext);
  vi.stubEnv("NODE_ENV", "production");
  try {
    await reissueSession({ id: users.desk.id, name: "Desk", email: users.desk.email }, 7);
  } finally {
    vi.unstubAllEnvs();
  }
  expect(setCookie).toHaveBeenLastCalledWith("__Secure-next-auth.session-token", expect.any(String), expect.objectContaining({ secure: true, path: "/" }));
});
