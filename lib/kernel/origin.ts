// Cross-site request forgery: a mutation is accepted only from this site's own pages. Browsers send
// Origin with every POST/PUT/PATCH/DELETE (and Sec-Fetch-Site with every request); a request with
// neither comes from a program (a retry queue, a tablet app, a benchmark), which cannot carry a
// visitor's cookie, so it is let through, as Go's net/http CrossOriginProtection does.
// Plain module: unit-tested without Next.

const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isMutation(method: string): boolean {
  return MUTATIONS.has(method.toUpperCase());
}

/** The hosts this site answers as: NEXTAUTH_URL's, or what the request was addressed to (a proxy's X-Forwarded-Host, or Host). */
function ownHosts(headers: Headers, env: NodeJS.ProcessEnv): string[] {
  const hosts = [headers.get("x-forwarded-host")?.split(",")[0]?.trim(), headers.get("host")?.trim()];
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) hosts.push(new URL(configured).host);
  return hosts.filter((h): h is string => Boolean(h)).map((h) => h.toLowerCase());
}

export function isSameOrigin(headers: Headers, env: NodeJS.ProcessEnv = process.env): boolean {
  const origin = headers.get("origin");
  if (origin !== null) {
    let host: string;
    try {
      // "null" (a sandboxed frame, a file: page) is not a URL: refused.
      host = new URL(origin).host.toLowerCase();
    } catch {
      return false;
    }
    return ownHosts(headers, env).includes(host);
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none";
  return true;
}
