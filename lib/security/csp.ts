// The Content-Security-Policy, built per request around a fresh nonce (Next puts it on its own
// scripts). Inline style attributes stay allowed: React sets them for sizes and colours, and they
// cannot run code.

/** Pages that may be framed by other sites (a hall's signage player showing the public board). */
export function mayBeFramed(pathname: string): boolean {
  return pathname.startsWith("/e/");
}

export function contentSecurityPolicy(nonce: string, options: { development: boolean; pathname: string; boardFrameAncestors?: string }): string {
  const frameAncestors = mayBeFramed(options.pathname) ? options.boardFrameAncestors?.trim() || "'self'" : "'none'";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}
