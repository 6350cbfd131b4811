import "server-only";
import { headers } from "next/headers";

/** This site's address as visitors reach it (for links printed on badges): NEXTAUTH_URL when set, else the request's host. */
export async function pageOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${proto}://${host}`;
}
