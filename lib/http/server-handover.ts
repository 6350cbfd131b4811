import "server-only";
import type { IncomingMessage } from "node:http";
import { queueSignIn } from "@/lib/auth/sign-in-queue";
import { serveTotalsStream } from "@/lib/live/node-stream";
import { endAllViewers } from "@/lib/live/totals-viewer";
import { stampClientAddress, trustedProxies } from "./client-address";

// The production server (server.js) answers a few things before Next does: who a request is from,
// the board's stream straight from Node's response, and the sign-ins' turns.

/** What server.js is handed once the app has started: the board's stream, the sign-ins' turns, and who each request is from. */
export interface ServerHandover {
  serveTotalsStream: typeof serveTotalsStream;
  queueSignIn: typeof queueSignIn;
  endAllViewers: typeof endAllViewers;
  /** Sets the request's client address (lib/http/client-address.ts) before anything reads it. */
  stampClientAddress: (request: IncomingMessage) => void;
}

/**
 * Called by instrumentation.ts when the app has started. server.js runs outside the app's bundle, and
 * this code must share the bundle's one database client and one listening hub, so the app hands it
 * over to the function server.js left under this global key (the same string is written there).
 * Under `next dev` or `next start` nobody asks, and nothing happens.
 */
export function handOverToServer(): void {
  const accept = (globalThis as Record<symbol, unknown>)[Symbol.for("misi-dagang.server-handover")];
  if (typeof accept !== "function") return;
  const trusted = trustedProxies();
  accept({ serveTotalsStream, queueSignIn, endAllViewers, stampClientAddress: (request) => stampClientAddress(request, trusted) } satisfies ServerHandover);
}
