// Where to go after signing in: only a path on this site, so a crafted link cannot send staff elsewhere.
// Browsers drop tabs and newlines from URLs and read "\" as "/", so "/\t/evil.example" would become
// "//evil.example": anything carrying those is refused outright, and what is left must resolve, as a
// URL, to this very site.
const SITE = "http://misi-dagang.invalid";

export function safeCallbackPath(value: string | string[] | undefined | null, fallback = "/staf"): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(path)) return fallback;
  let url: URL;
  try {
    url = new URL(path, SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== SITE || url.pathname.startsWith("/masuk")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
