import { getPriority, setPriority } from "node:os";
import { parentPort } from "node:worker_threads";

/**
 * How much less CPU a worker thread asks for than the server's own thread: this much above the nice
 * value it starts with (the server thread's; Linux keeps it per thread). On two cores, two threads of
 * heavy work at the server's priority took half the CPU from the thread that answers every client and
 * from the database: the work yields to both instead, and still runs at full speed when they are idle.
 */
export const WORKER_NICE = 10;

/** The worker's side of runInWorker: answers each task it is sent, one at a time, with `work`'s result. */
export function serveTask<Input, Output>(work: (input: Input) => Promise<Output> | Output): void {
  try {
    setPriority(Math.min(19, getPriority() + WORKER_NICE));
  } catch {
    // Where a thread may not change its priority, it works at the server's: slower for others, still correct.
  }
  parentPort?.on("message", ({ id, input }: { id: number; input: Input }) => {
    Promise.resolve()
      .then(() => work(input))
      .then(
        (value) => parentPort?.postMessage({ id, ok: true, value }),
        () => parentPort?.postMessage({ id, ok: false }),
      );
  });
}
