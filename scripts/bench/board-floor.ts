// npm run bench:board-floor — the least a live board can cost on this machine, measured without the app:
// no Next, no database, no HTTP parsing, no JSON. One process holds VIEWERS loopback sockets and writes
// every change to each of them as one ready-made 300-byte frame, FAN_OUT_BATCH sockets a turn as
// lib/live/totals-hub.ts does; a forked process reads them all, as bench:board's viewers do. Changes arrive
// at RATE a second (the writers of issue 19: 20 commits/s) and each fan-out carries every change that
// arrived while the last one was being written, so no change waits for a timer. Whatever bench:board
// measures above these figures is the app's; what these figures say is the floor under any app on the
// same two cores. The baseline is the same floor with the whole 2.4 KB figure in every frame, as the
// board sent it before patches. The last line is one JSON object.
import { fork, type ChildProcess } from "node:child_process";
import { connect, createServer, type Socket } from "node:net";
import { quantile } from "./board-latency";

/** A patch of one signing, about as long as lib/live/totals-patch.ts makes it; the whole figure is 2.4 KB. */
const PATCH_BYTES = 300;
const WHOLE_BYTES = 2400;
const FAN_OUT_BATCH = 2500;
const viewers = Number(process.env.VIEWERS ?? 10_000);
const rate = Number(process.env.RATE ?? 20);
const changes = Number(process.env.CHANGES ?? 200);
/** Monotonic milliseconds, comparable between the two processes (CLOCK_MONOTONIC on Linux). */
const now = () => Number(process.hrtime.bigint()) / 1e6;

if (process.argv[2] === "readers") {
  // The audience: one socket per screen; frame k has arrived on a screen once it holds k frames' bytes.
  const [port, frames, FRAME_BYTES] = process.argv.slice(3).map(Number);
  const arrived = new Float64Array(viewers * frames);
  let complete = 0;
  // A few hundred connections at a time: all at once overflow the listening socket's queue.
  for (let screen = 0; screen < viewers; screen++) {
    const socket = connect(port, "127.0.0.1");
    let bytes = 0;
    socket.on("error", (error) => {
      console.error(`screen ${screen}: ${error.message}`);
      process.exit(1);
    });
    if ((screen + 1) % 250 === 0) await new Promise((resolve) => socket.once("connect", resolve));
    socket.on("data", (data: Buffer) => {
      const at = now();
      const before = Math.floor(bytes / FRAME_BYTES);
      bytes += data.byteLength;
      const after = Math.floor(bytes / FRAME_BYTES);
      for (let k = before; k < after && k < frames; k++) arrived[screen * frames + k] = at;
      if (after >= frames && before < frames && ++complete === viewers) process.send!({ arrived }, () => process.exit(0));
    });
  }
  process.send!({ open: viewers });
} else {
  const patches = await floor(PATCH_BYTES);
  const whole = await floor(WHOLE_BYTES);
  for (const [name, r] of [
    ["patches", patches],
    ["whole figure (baseline)", whole],
  ] as const)
    console.log(
      `${name}: ${viewers} screens, a change every ${1000 / rate} ms: ${r.fan_outs} fan-outs for ${changes} changes, each written in ${r.write_ms_p50} ms (p50), ` +
        `the writing process ${r.writer_cpu_pct}% busy; a change reaches the screens in ${r.p50_ms} ms p50, ${r.p95_ms} ms p95, ${r.max_ms} ms at most`,
    );
  console.log(
    JSON.stringify({ bench: "board-floor", viewers, rate, changes, frame_bytes: PATCH_BYTES, ...patches, baseline: { frame_bytes: WHOLE_BYTES, ...whole } }),
  );
  process.exit(0);
}

/** One run: VIEWERS sockets, CHANGES changes at RATE, every fan-out a frame of frameBytes. */
async function floor(frameBytes: number) {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket.setNoDelay(true)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  // Frames are fan-outs, not changes: at most one per change. The readers stop at the last one sent.
  const readers: ChildProcess = fork(process.argv[1], ["readers", String(port), String(changes), String(frameBytes)], {
    execArgv: process.execArgv,
    serialization: "advanced",
    env: { ...process.env, VIEWERS: String(viewers) },
  });
  readers.once("exit", (code) => code && (console.error(`the readers stopped (${code})`), process.exit(1)));
  const message = <T>() => new Promise<T>((resolve) => readers.once("message", (m) => resolve(m as T)));
  await message<{ open: number }>();
  while (sockets.length < viewers) await new Promise((resolve) => setImmediate(resolve));

  const changedAt: number[] = [];
  /** For each fan-out, the changes it carried (indexes into changedAt). */
  const carried: number[][] = [];
  let pending: number[] = [];
  let fanningOut = false;
  const frame = Buffer.alloc(frameBytes, "x");
  const writeMs: number[] = [];
  const cpuFanOut = process.cpuUsage();
  async function fanOut() {
    fanningOut = true;
    while (pending.length > 0) {
      carried.push(pending);
      pending = [];
      const started = now();
      for (let i = 0; i < sockets.length; i++) {
        sockets[i].write(frame);
        if ((i + 1) % FAN_OUT_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      writeMs.push(now() - started);
    }
    fanningOut = false;
  }
  // Changes at a steady rate; the frames the readers wait for are the fan-outs, so after the last change
  // the rest of the expected frames are sent empty-handed (they carry no change and are not counted).
  const arrivedPromise = message<{ arrived: Float64Array }>();
  const started = now();
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      changedAt.push(now());
      pending.push(changedAt.length - 1);
      if (!fanningOut) void fanOut();
      if (changedAt.length === changes) {
        clearInterval(tick);
        resolve();
      }
    }, 1000 / rate);
  });
  while (fanningOut) await new Promise((resolve) => setImmediate(resolve));
  const elapsed = now() - started;
  const cpu = process.cpuUsage(cpuFanOut);
  const fanOuts = carried.length;
  for (let k = fanOuts; k < changes; k++) for (const socket of sockets) socket.write(frame);
  const { arrived } = await arrivedPromise;

  // Each change's latency on each screen: from the change to the fan-out that carried it reaching that screen.
  const latencies = new Float64Array(changes * viewers);
  let n = 0;
  carried.forEach((indexes, k) => {
    for (const c of indexes) for (let screen = 0; screen < viewers; screen++) latencies[n++] = arrived[screen * changes + k] - changedAt[c];
  });
  latencies.sort();
  const ms = (x: number) => Math.round(x);
  const result = {
    fan_outs: fanOuts,
    write_ms_p50: ms(
      quantile(
        [...writeMs].sort((a, b) => a - b),
        0.5,
      ),
    ),
    writer_cpu_pct: Math.round(((cpu.user + cpu.system) / 1000 / elapsed) * 100),
    p50_ms: ms(quantile(latencies, 0.5)),
    p95_ms: ms(quantile(latencies, 0.95)),
    max_ms: ms(latencies[latencies.length - 1]),
  };
  for (const socket of sockets) socket.destroy();
  server.close();
  readers.kill();
  return result;
}
