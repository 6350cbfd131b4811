import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { eventIdentity } from "@/lib/events/queries";
import { stampedAddress } from "@/lib/http/client-address";
import { writeFailure } from "@/lib/kernel/http";
import { fail } from "@/lib/kernel/outcome";
import { boardViewers } from "./viewer-limits";
import { lastEventIdOf, MAX_BACKLOG_BYTES, TOTALS_STREAM_HEADERS, watchTotals } from "./totals-viewer";

// The board's stream, answered straight from Node's response by the production server (server.js).
// Inside Next's request pipeline an open stream keeps that pipeline's pending work alive, about 75 KB
// per viewer for as long as it watches; here it is about 7 KB, so a hall of 1,000 screens costs 7 MB
// instead of 75 (README, "The live board"; npm run bench:board).

const STREAM_PATH = /^\/api\/events\/([^/?#]+)\/stream(?:\?.*)?$/;

const CRLF = Buffer.from("\r\n");
/** Each frame as one chunk of an HTTP/1.1 body ("<size in hex>\r\n<frame>\r\n"), made once for all its viewers. */
const chunks = new WeakMap<Uint8Array, Buffer>();
function chunkOf(frame: Uint8Array): Buffer {
  let chunk = chunks.get(frame);
  if (!chunk) {
    chunk = Buffer.concat([Buffer.from(`${frame.byteLength.toString(16)}\r\n`), frame, CRLF]);
    chunks.set(frame, chunk);
  }
  return chunk;
}

/**
 * `GET /api/events/{slug}/stream` of a known event, served here; anything else (another path or
 * method, an unknown event, a database that cannot be asked) goes to `passOn`, i.e. to Next, whose
 * route app/api/events/[slug]/stream/route.ts gives the same answers and errors.
 */
export function serveTotalsStream(request: IncomingMessage, response: ServerResponse, passOn: () => void): void {
  const match = request.method === "GET" ? STREAM_PATH.exec(request.url ?? "") : null;
  if (!match) return passOn();
  const release = boardViewers.admit(stampedAddress(request));
  // Too many screens from this address, or on this process: a 429 the board answers by polling instead.
  if (!release) return writeFailure(response, fail("RATE_LIMITED"));
  response.once("close", release);
  void serve(match[1], request, response, passOn).catch((error: unknown) => {
    console.error("[totals stream]", error);
    response.destroy();
  });
}

async function serve(slug: string, request: IncomingMessage, response: ServerResponse, passOn: () => void): Promise<void> {
  // Listened for first: a viewer may leave while the event is being looked up.
  const gone = new AbortController();
  response.once("close", () => gone.abort());
  // Next's route answers an unknown event (404) and an unreachable database (503) alike.
  const event = await eventIdentity(slug).catch(() => null);
  if (!event) return passOn();
  response.writeHead(200, TOTALS_STREAM_HEADERS);
  response.flushHeaders();
  const { socket } = response;
  // An HTTP/1.1 body in chunks (any other is written through the response): each frame goes straight
  // to the socket as one chunk made once for every viewer, which took a third of the time per viewer
  // that writing it through the response did (npm run bench:board, 10,000 viewers).
  const direct = socket && (response as ServerResponse & { chunkedEncoding?: boolean }).chunkedEncoding === true ? socket : null;
  const sink = {
    write(frame: Uint8Array) {
      if (!direct) {
        response.write(frame);
        return response.writableLength <= MAX_BACKLOG_BYTES;
      }
      direct.write(chunkOf(frame));
      return direct.writableLength <= MAX_BACKLOG_BYTES;
    },
    // A viewer still behind is cut off rather than waited for; end() closes the chunked body.
    close: () => ((direct ?? response).writableNeedDrain ? response.destroy() : response.end()),
  };
  await watchTotals(event, sink, gone.signal, lastEventIdOf(request.headers["last-event-id"]));
}
