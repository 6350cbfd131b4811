// The address a request came from, for the sign-in lockout and the audit trail. A client that reaches
// the app directly can write any X-Forwarded-For it likes, so that header is believed only from the
// proxies the configuration names (TRUSTED_PROXIES): the production server (server.js) works the
// address out from the socket once per request and hands it to the app in a header of its own, which
// it always overwrites. Under `next dev` there is no such server: the rightmost X-Forwarded-For entry
// (the one Next itself wrote) stands in.
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-misi-client-address";
const UNKNOWN = "tidak diketahui";

export class InvalidProxyListError extends Error {
  constructor(item: string) {
    super(`TRUSTED_PROXIES: "${item}" bukan alamat IP atau rentang CIDR (contoh: 127.0.0.1, 10.0.0.0/8, loopback).`);
    this.name = "InvalidProxyListError";
  }
}

/** TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated ("127.0.0.1, 10.0.0.0/8, ::1"); "loopback" for this machine. */
export function trustedProxies(setting: string | undefined = process.env.TRUSTED_PROXIES): BlockList {
  const list = new BlockList();
  for (const item of (setting ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (item === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address, bits] = item.split("/");
    const family = isIP(address);
    if (!family) throw new InvalidProxyListError(item);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else if (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)) list.addSubnet(address, Number(bits), type);
    else throw new InvalidProxyListError(item);
  }
  return list;
}

function plain(address: string): string {
  return address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy; then X-Forwarded-For is
 * read from the right (each proxy appends the address it saw), past every trusted proxy, to the first
 * address that is not one.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: BlockList): string {
  let address = peer ? plain(peer) : "";
  if (!address) return UNKNOWN;
  const hops = (forwardedFor ?? "").split(",").map(plain).filter(Boolean);
  while (isTrusted(address, trusted) && hops.length > 0) address = hops.pop()!;
  return isIP(address) ? address : UNKNOWN;
}

/** For server.js: writes the request's client address into the app's own header, replacing anything the client sent. */
export function stampClientAddress(request: IncomingMessage, trusted: BlockList): void {
  const forwarded = request.headers["x-forwarded-for"];
  request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    request.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trusted,
  );
}

/** For the code server.js runs before Next (the board's stream, the sign-ins' turns): the address `stampClientAddress` wrote. */
export function stampedAddress(request: IncomingMessage): string {
  const stamped = request.headers[CLIENT_ADDRESS_HEADER];
  return typeof stamped === "string" ? stamped : UNKNOWN;
}

/** Whether this process is served by server.js, which stamps every request (it leaves this key for the app's handover). */
function servedByServerJs(): boolean {
  return typeof (globalThis as Record<symbol, unknown>)[Symbol.for("misi-dagang.server-handover")] === "function";
}

/** For the app: the address server.js worked out (or, under `next dev` or `next start`, the rightmost X-Forwarded-For entry). */
export function clientAddress(header: (name: string) => string | null | undefined): string {
  // Only server.js writes the header (overwriting any a client sent); elsewhere a client could send it.
  const stamped = servedByServerJs() ? header(CLIENT_ADDRESS_HEADER) : null;
  if (stamped) return stamped;
  const last = (header("x-forwarded-for") ?? "").split(",").map(plain).filter(Boolean).at(-1);
  return last ?? UNKNOWN;
}
