// The address a request came from, for the sign-in lockout and the audit trail. Next fills in
// x-forwarded-for with the socket's address when a request arrives without one; a reverse proxy
// appends the address it saw. The rightmost entry is therefore the one no client can choose.
export function clientAddress(forwardedFor: string | null | undefined): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const last = entries.at(-1);
  if (!last) return "tidak diketahui";
  return last.replace(/^::ffff:/, "");
}
