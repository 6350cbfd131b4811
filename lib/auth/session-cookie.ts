import "server-only";
// After its own password change, this browser's session goes on (its cookie is re-issued with the
// account's new session version) while every other session of the account ends at its next request.
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_S, usesSecureCookies } from "./options";
import { requestContext } from "./request";

export async function reissueSession(user: { id: string; name: string; email: string }, sessionVersion: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set"); // start-up makes sure it is
  // The same session (its id stays: signing out later still ends it), under the account's new version.
  const sid = (await requestContext()).session?.sessionId;
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, sv: sessionVersion, sid }, secret, maxAge: SESSION_MAX_AGE_S });
  const secure = usesSecureCookies();
  // The name and attributes next-auth gives its own session cookie.
  (await cookies()).set(`${secure ? "__Secure-" : ""}next-auth.session-token`, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: SESSION_MAX_AGE_S,
  });
}
