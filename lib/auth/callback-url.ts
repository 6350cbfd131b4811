/** Where to go after signing in: only a path on this site, so a crafted link cannot send staff elsewhere. */
export function safeCallbackPath(value: string | string[] | undefined | null, fallback = "/staf"): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.startsWith("/masuk")) return fallback;
  return path;
}
