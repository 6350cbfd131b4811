import { parentPort } from "node:worker_threads";

/** The worker's side of runInWorker: answers each task it is sent, one at a time, with `work`'s result. */
export function serveTask<Input, Output>(work: (input: Input) => Promise<Output> | Output): void {
  parentPort?.on("message", ({ id, input }: { id: number; input: Input }) => {
    Promise.resolve()
      .then(() => work(input))
      .then(
        (value) => parentPort?.postMessage({ id, ok: true, value }),
        () => parentPort?.postMessage({ id, ok: false }),
      );
  });
}
