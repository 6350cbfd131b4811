import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";
import { authOptions } from "./options";

export interface RequestContext {
  /** Who the session cookie says this is; authorize() checks it against the database. */
  session: { userId: string; sessionVersion: number } | null;
  ip: string;
  userAgent: string | null;
}

/** The one place that reads Next's request: the session cookie and the caller's address. */
export async function requestContext(): Promise<RequestContext> {
  const [session, requestHeaders] = await Promise.all([getServerSession(authOptions), headers()]);
  return {
    session: session?.userId ? { userId: session.userId, sessionVersion: session.sessionVersion } : null,
    ip: clientAddress(requestHeaders.get("x-forwarded-for")),
    userAgent: requestHeaders.get("user-agent"),
  };
}
