/** The site's address as the public sees it (for links printed on letters): NEXTAUTH_URL when set, else the request's. */
export function publicOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return new URL(request.url).origin;
}
