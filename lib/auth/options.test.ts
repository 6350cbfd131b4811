// The credentials provider's answer to the sign-in form: each refusal as its code, and a password that
// could not be checked at all (the database or the password worker failed) as UNAVAILABLE, never as a
// wrong password.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { signInWithPassword } from "./sign-in";
import { authOptions } from "./options";

vi.mock("./sign-in", () => ({ signInWithPassword: vi.fn() }));
vi.mock("./sessions", () => ({ endSession: vi.fn() }));

const signIn = vi.mocked(signInWithPassword);
const { authorize } = (authOptions.providers[0] as CredentialsConfig & { options: CredentialsConfig }).options;
const tryPassword = () =>
  authorize({ email: "panitia@contoh.test", password: "rahasia" }, { headers: { "user-agent": "uji" }, body: {}, query: {}, method: "POST" });

describe("the credentials provider", () => {
  beforeEach(() => {
    signIn.mockReset();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });

  it("signs in the account the password matches", async () => {
    signIn.mockResolvedValue({ ok: true, user: { id: "u1", name: "Panitia", email: "panitia@contoh.test", role: "ADMIN", sessionVersion: 3 } });
    expect(await tryPassword()).toEqual({ id: "u1", name: "Panitia", email: "panitia@contoh.test", sessionVersion: 3 });
  });

  it("hands each refusal to the form as its code, a lockout with its minutes", async () => {
    signIn.mockResolvedValueOnce({ ok: false, reason: "INVALID" });
    await expect(tryPassword()).rejects.toThrow(/^INVALID$/);
    signIn.mockResolvedValueOnce({ ok: false, reason: "LOCKED", until: new Date(), minutes: 14 });
    await expect(tryPassword()).rejects.toThrow(/^LOCKED:14$/);
  });

  it("answers UNAVAILABLE, not a wrong password, when the password could not be checked", async () => {
    signIn.mockRejectedValueOnce(new Error("A password could not be checked (timeout)."));
    await expect(tryPassword()).rejects.toThrow(/^UNAVAILABLE$/);
    expect(console.error).toHaveBeenCalledWith("[sign-in]", expect.any(Error));
  });
});
