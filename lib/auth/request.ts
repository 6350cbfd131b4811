import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { chosenLocale, type Locale } from "@/lib/i18n/locale";
import { clientAddress } from "@/lib/http/client-address";
import { authOptions } from "./options";

export interface RequestContext {
  /** Who the session cookie says this is; authorize() checks it against the database. */
  session: { userId: string; sessionVersion: number; sessionId: string } | null;
  ip: string;
  userAgent: string | null;
  /** The language the caller chose (the language switch's cookie), for the words the edge sends back. */
  locale: Locale;
}

/** The one place that reads Next's request: the session cookie, the caller's address and language. Once per request. */
export const requestContext = cache(async (): Promise<RequestContext> => {
  const [session, requestHeaders, cookieJar] = await Promise.all([getServerSession(authOptions), headers(), cookies()]);
  return {
    session: session?.userId ? { userId: session.userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId } : null,
    ip: clientAddress((name) => requestHeaders.get(name)),
    userAgent: requestHeaders.get("user-agent"),
    locale: chosenLocale(cookieJar),
  };
});
