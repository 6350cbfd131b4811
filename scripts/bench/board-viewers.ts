// bench:board's audience, in a process of its own (forked by scripts/bench/board.ts): the screens'
// work of reading ten thousand streams is not done on the event loop that sends the writers' requests
// and times them, and each stream is read straight from its socket (see open), which costs this
// machine far less per message than fetch's web streams or node:http (a real audience reads on its own
// phones, not on the server's cores). It answers three messages from its parent:
//   { open: { url, count } }                      → { opened: count } once every stream answered
//   { caughtUp: finalCount }                      → { caughtUp: boolean }: every screen shows it
//   { report: { committedAt, startCount, finalCount } } → the latencies' quantiles, then it exits
import { connect, type Socket } from "node:net";
import { takeChunks } from "../../tests/support/chunked";
import { latencies, quantile, type Seen } from "./board-latency";

/** What the parent asks (one at a time). */
interface Question {
  open?: { url: string; count: number };
  caughtUp?: number;
  report?: { committedAt: number[]; startCount: number; finalCount: number };
}

const screens: Seen[] = [];
const sockets: Socket[] = [];
let bytes = 0;

/** The count a frame carries: the whole figure's, or a change's when that count changed; pings carry none. */
function countOf(block: string): unknown {
  const data = block.slice(block.indexOf("data: ") + 6);
  if (block.includes("\nevent: totals\n")) return (JSON.parse(data) as { commitments: number }).commitments;
  if (block.includes("\nevent: change\n")) return (JSON.parse(data) as { patch: { commitments?: unknown } }).patch.commitments;
  return undefined;
}

/**
 * One screen: an HTTP/1.1 request on a socket of its own, its chunked body decoded here. node:http's
 * reader cost this process as much as the server's writing (about 20 µs a message), on the same two
 * cores: a real audience reads on its own phones.
 */
function open(url: string): Promise<void> {
  const screen: Seen = { counts: [], at: [] };
  screens.push(screen);
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    sockets.push(socket);
    socket.setEncoding("latin1"); // bytes as characters: chunk sizes count bytes; frames are decoded as UTF-8 below
    socket.on("error", () => undefined);
    socket.once("connect", () => socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\n\r\n`));
    let head: string | null = "";
    let raw = ""; // received, not yet taken apart into chunks
    let body = ""; // the stream's text, not yet a whole frame
    socket.on("data", (text: string) => {
      bytes += text.length;
      if (head !== null) {
        head += text;
        const end = head.indexOf("\r\n\r\n");
        if (end < 0) return;
        if (!head.startsWith("HTTP/1.1 200")) return reject(new Error(`stream: ${head.slice(0, head.indexOf("\r\n"))}`));
        raw = head.slice(end + 4);
        head = null;
        resolve();
      } else raw += text;
      const taken = takeChunks(raw);
      raw = taken.rest;
      for (const chunk of taken.chunks) body += Buffer.from(chunk, "latin1").toString("utf8");
      let end: number;
      while ((end = body.indexOf("\n\n")) >= 0) {
        const count = countOf(body.slice(0, end));
        body = body.slice(end + 2);
        if (typeof count === "number") {
          screen.counts.push(count);
          screen.at.push(Date.now());
        }
      }
    });
    socket.once("close", () => (head !== null ? reject(new Error("stream: closed before it answered")) : undefined));
  });
}

const last = (screen: Seen) => screen.counts.at(-1) ?? 0;

process.on("message", async (message: Question) => {
  const reply = (answer: unknown) => process.send!(answer);
  if (message.open) {
    const { url, count } = message.open;
    // Fifty at a time, as screens arrive, not all in one instant.
    for (let i = 0; i < count; i += 50) await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => open(url)));
    reply({ opened: screens.length });
  } else if (message.caughtUp !== undefined) {
    const finalCount = message.caughtUp;
    reply({ caughtUp: screens.every((screen) => last(screen) >= finalCount) });
  } else if (message.report) {
    const { committedAt, startCount, finalCount } = message.report;
    for (const socket of sockets) socket.destroy();
    const pushed = latencies(screens, committedAt, startCount);
    reply({
      p50: quantile(pushed, 0.5),
      p95: quantile(pushed, 0.95),
      p99: quantile(pushed, 0.99),
      max: pushed.at(-1) ?? NaN,
      lost: screens.filter((screen) => last(screen) < finalCount).length,
      bytes,
    });
    process.disconnect();
  }
});
