// The site's address as visitors reach it, for links printed on letters and badges: NEXTAUTH_URL
// when set, else what the request says (a reverse proxy's X-Forwarded-Host/-Proto, or Host).
export function originFrom(requestHeaders: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const proto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}`;
}

/** For route handlers. */
export function publicOrigin(request: Request): string {
  return originFrom(request.headers);
}
