// @ts-check
// The production server (`npm start`): Next.js, as `next start` would run it, except for the board's
// live totals. `GET /api/events/{slug}/stream` is answered from Node's own response, because Next's
// request pipeline holds about 75 KB per open stream for as long as a screen watches (1,000 screens:
// 75 MB); see lib/live/node-stream.ts. Development keeps `next dev`, which serves the same stream from
// app/api/events/[slug]/stream/route.ts. Sign-in requests also wait their turn here, a few in Next at
// a time, so a burst of them does not hold up everyone else (lib/auth/sign-in-queue.ts).
//
//   node server.js [-p <port>] [-H <hostname>]     (defaults: $PORT or 3000, every interface)
import { createServer } from "node:http";
import { parseArgs } from "node:util";

// Set before Next is loaded: React and Next pick their production builds from it.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });

/** @param {string} message */
function refuse(message) {
  console.error(`[misi-dagang] ${message}\nPemakaian: node server.js [-p <port>] [-H <hostname>]`);
  process.exit(1);
}
/** @type {{ port?: string, hostname?: string }} */
let options = {};
try {
  options = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } }).values;
} catch (error) {
  refuse(`Argumen tidak sah: ${/** @type {Error} */ (error).message}`);
}
const portText = options.port ?? process.env.PORT ?? "3000";
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) refuse(`Port tidak sah: "${portText}" (0–65535).`);
const hostname = options.hostname;

// The app hands over its Node-level stream once it has started, i.e. once instrumentation.ts has
// migrated the database (or stopped the process with a clear message): lib/http/server-handover.ts.
/** @type {Promise<import("./lib/http/server-handover").ServerHandover>} */
const handedOver = new Promise((accept) => {
  /** @type {any} */ (globalThis)[Symbol.for("misi-dagang.server-handover")] = accept;
});
const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const { serveTotalsStream, queueSignIn, endAllViewers, stampClientAddress } = await handedOver;

/** @type {import("node:http").RequestListener} */
function nextHandles(request, response) {
  handle(request, response).catch((error) => {
    console.error(`[misi-dagang] ${request.method} ${request.url}:`, error);
    if (response.headersSent) response.destroy();
    else response.writeHead(500).end("Internal Server Error");
  });
}
// Responses being made, so a stop can tell their connections not to stay open for another request.
/** @type {Set<import("node:http").ServerResponse>} */
const inFlight = new Set();
let stopping = false;
// Who the request is from, from the socket (and trusted proxies only), before anything reads it.
const server = createServer((request, response) => {
  if (stopping) {
    // A request on a connection kept alive from before the stop (a desk's, or a proxy's pooled one):
    // not taken, so nothing is written in the grace period; the client retries, elsewhere or here.
    response.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", Connection: "close", "Retry-After": "2" });
    response.end("Server sedang berhenti. Coba lagi sebentar lagi.\n");
    return;
  }
  inFlight.add(response);
  response.once("close", () => inFlight.delete(response));
  stampClientAddress(request);
  serveTotalsStream(request, response, () => queueSignIn(request, response, () => nextHandles(request, response)));
});
server.on("error", (error) => {
  console.error(`[misi-dagang] Server tidak dapat dimulai: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`[misi-dagang] Siap di http://${hostname ?? "localhost"}:${port}`));

// A stop (deploy, restart, Ctrl-C): take no new requests, not even on open connections, end the
// boards' streams (they reconnect, to another instance or to this one once it is back), let requests
// already taken finish for up to 10 s, each closing its connection when it is answered.
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const response of inFlight) if (!response.headersSent) response.setHeader("Connection", "close");
  const closed = new Promise((resolve) => server.close(resolve));
  endAllViewers();
  // Connections go idle as the streams end and requests finish: close each then, not after keep-alive.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cutOff = setTimeout(() => server.closeAllConnections(), 10_000);
  await closed;
  clearInterval(sweep);
  clearTimeout(cutOff);
  await app.close();
  process.exit(signal === "SIGINT" ? 130 : 143);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
