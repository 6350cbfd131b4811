// The Content-Security-Policy, built per request around a fresh nonce (Next puts it on its own
// scripts). Inline style attributes stay allowed: React sets them for sizes and colours, and they
// cannot run code.

/** Pages that may be framed by other sites (a hall's signage player showing the public board). */
export function mayBeFramed(pathname: string): boolean {
  return pathname.startsWith("/e/");
}

/** Files people uploaded (a scanned agreement): if a browser shows one, it runs nothing on this site's origin. */
export function isUploadedFile(pathname: string): boolean {
  return /^\/api\/events\/[^/]+\/agreements\/[^/]+\/document$/.test(pathname);
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
    ...(isUploadedFile(options.pathname) ? ["sandbox"] : []),
  ].join("; ");
}
