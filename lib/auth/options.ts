import "server-only";
import { randomUUID } from "node:crypto";
import { safeCallbackPath } from "./callback-url";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/http/client-address";
import type { SignInRefusal } from "./auth-form";
import { signInWithPassword } from "./sign-in";
import { endSession } from "./sessions";

/** An event day, with margin; the database decides on every request whether the session still holds. */
export const SESSION_MAX_AGE_S = 14 * 60 * 60;

/**
 * Cookies are Secure (and __Host-/__Secure- prefixed) in production. Browsers accept them on https and
 * on http://localhost; an operator serving plain http on a LAN sets NEXTAUTH_URL=http://… to opt out.
 */
export function usesSecureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production" && !env.NEXTAUTH_URL?.startsWith("http://");
}

// The secret is not set here: next-auth reads NEXTAUTH_SECRET at each call, after start-up has
// checked (or, on the embedded database, created) it.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/masuk", error: "/masuk" },
  useSecureCookies: usesSecureCookies(),
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail dan kata sandi",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const header = (name: string) => {
          const value = request?.headers?.[name];
          return Array.isArray(value) ? value.join(",") : (value ?? null);
        };
        const result = await signInWithPassword({
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          ip: clientAddress(header),
          userAgent: header("user-agent"),
        }).catch((error: unknown) => {
          // The password could not be checked (the database, its worker thread): the server's failure,
          // which the form must not word as a wrong password.
          console.error("[sign-in]", error);
          return { ok: false, reason: "UNAVAILABLE" } as const;
        });
        // next-auth hands a thrown error's message to the sign-in form as `error`: a code it words (app/masuk/sign-in-form.tsx).
        if (!result.ok) {
          const refusal: SignInRefusal = result.reason;
          throw new Error(result.reason === "LOCKED" ? `LOCKED:${result.minutes}` : refusal);
        }
        return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  // Sign-in and sign-out return to relative paths (redirect: false), so next-auth's warning about a
  // missing NEXTAUTH_URL does not apply; everything else it reports is kept.
  logger: {
    warn(code) {
      if (code !== "NEXTAUTH_URL") console.warn(`[next-auth][warn] ${code}`);
    },
  },
  callbacks: {
    // next-auth's own redirects (after sign-in and sign-out) follow the same rule as the sign-in page's.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url, "/staf")}`;
    },
    jwt({ token, user }) {
      // At sign-in: the account's session version, and an id of this session's own (kept across renewals).
      if (user) Object.assign(token, { sv: user.sessionVersion, sid: randomUUID() });
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? "", sessionVersion: token.sv ?? -1, sessionId: token.sid ?? "" };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid && token.sub) await endSession({ sid: token.sid, userId: token.sub });
    },
  },
};
