// The site's address as visitors reach it, for links printed on letters and badges (a QR code that
// must work from a phone in the hall): PUBLIC_URL, else NEXTAUTH_URL, else what the request says
// (a reverse proxy's X-Forwarded-Host/-Proto, or Host) — which, opened on the server's own machine,
// is http://127.0.0.1:3000: so production warns at start-up without one (lib/boot.ts).

/** The configured public address, if there is one. */
export function configuredPublicUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.PUBLIC_URL?.trim() || env.NEXTAUTH_URL?.trim();
  return configured ? new URL(configured).origin : null;
}

export function originFrom(requestHeaders: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const configured = configuredPublicUrl(env);
  if (configured) return configured;
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const proto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}`;
}

/** For route handlers. */
export function publicOrigin(request: Request): string {
  return originFrom(request.headers);
}
