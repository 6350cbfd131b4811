// bench:board's audience, in a process of its own (forked by scripts/bench/board.ts): the screens'
// work of reading ten thousand streams is not done on the event loop that sends the writers' requests
// and times them, and each stream is read with node:http, which costs this machine far less per
// message than fetch's web streams (a real audience reads on its own phones, not on the server's
// cores). It answers three messages from its parent:
//   { open: { url, count } }                      → { opened: count } once every stream answered
//   { caughtUp: finalCount }                      → { caughtUp: boolean }: every screen shows it
//   { report: { committedAt, startCount, finalCount } } → the latencies' quantiles, then it exits
import { get, type IncomingMessage } from "node:http";
import { latencies, quantile, type Seen } from "./board-latency";

/** What the parent asks (one at a time). */
interface Question {
  open?: { url: string; count: number };
  caughtUp?: number;
  report?: { committedAt: number[]; startCount: number; finalCount: number };
}

const screens: Seen[] = [];
const responses: IncomingMessage[] = [];
let bytes = 0;

/** The count a frame carries: the whole figure's, or a change's when that count changed; pings carry none. */
function countOf(block: string): unknown {
  const data = block.slice(block.indexOf("data: ") + 6);
  if (block.includes("\nevent: totals\n")) return (JSON.parse(data) as { commitments: number }).commitments;
  if (block.includes("\nevent: change\n")) return (JSON.parse(data) as { patch: { commitments?: unknown } }).patch.commitments;
  return undefined;
}

function open(url: string): Promise<void> {
  const screen: Seen = { counts: [], at: [] };
  screens.push(screen);
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream: HTTP ${response.statusCode}`));
      responses.push(response);
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (text: string) => {
        bytes += text.length;
        buffer += text;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const count = countOf(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (typeof count === "number") {
            screen.counts.push(count);
            screen.at.push(Date.now());
          }
        }
      });
      response.on("error", () => undefined);
      resolve();
    }).on("error", reject);
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
    for (const response of responses) response.destroy();
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
