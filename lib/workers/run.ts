import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { WORKER_ENTRIES, type WorkerName } from "./entries";

// Parsing a spreadsheet, checking an uploaded PDF, redrawing a signature and drawing a letter take
// from milliseconds to seconds of CPU, and a hostile file can push that far further; on the server's
// own thread every other client (the board, the desks) would wait. So each kind runs in worker
// threads of its own (a few, kept between tasks, a queue in front), with a ceiling on each task's
// time and on the thread's heap: past either the thread is stopped and replaced, the caller gets a
// reason, and the server goes on answering. The threads are this process's; nothing is kept in them.

export interface WorkBudget {
  /** Wall-clock time the task may take once a thread has it. */
  timeMs: number;
  /** The thread's heap (old generation), in MB. */
  memoryMb: number;
}

export type WorkResult<T> = { ok: true; value: T } | { ok: false; reason: "timeout" | "memory" | "failed" };

/** Tasks of one kind waiting for a thread; past this runInWorker throws WorkersBusyError. */
export const MAX_QUEUED = 500;

/** Too much of one kind of work is waiting: the kernel answers BUSY (503, Retry-After), as for a database that is down. */
export class WorkersBusyError extends Error {
  constructor(name: string) {
    super(`More than ${MAX_QUEUED} "${name}" tasks are waiting for a worker thread.`);
    this.name = "WorkersBusyError";
  }
}

interface Job {
  input: unknown;
  budget: WorkBudget;
  done: (result: WorkResult<unknown>) => void;
}

interface Thread {
  worker: Worker;
  memoryMb: number;
  busy: boolean;
  /** Stops a thread idle for IDLE_MS: between bursts of work it gives its memory back. */
  idle?: NodeJS.Timeout;
}

const IDLE_MS = 30_000;

const lanes = new Map<WorkerName, { threads: Thread[]; queue: Job[] }>();
let nextId = 0;

/** Runs one task on `input` (structured-cloned) in a worker thread of its kind, within its budget. */
export function runInWorker<T>(name: WorkerName, input: unknown, budget: WorkBudget): Promise<WorkResult<T>> {
  let lane = lanes.get(name);
  if (!lane) lanes.set(name, (lane = { threads: [], queue: [] }));
  if (lane.queue.length >= MAX_QUEUED) return Promise.reject(new WorkersBusyError(name));
  return new Promise((done) => {
    lane.queue.push({ input, budget, done: done as Job["done"] });
    dispatch(name);
  });
}

function dispatch(name: WorkerName): void {
  const lane = lanes.get(name)!;
  while (lane.queue.length > 0) {
    // A thread started with another heap ceiling than this task's budget is replaced, not reused.
    const job = lane.queue[0];
    let thread = lane.threads.find((t) => !t.busy && t.memoryMb === job.budget.memoryMb);
    if (!thread) {
      if (lane.threads.length >= WORKER_ENTRIES[name].threads) {
        const idle = lane.threads.find((t) => !t.busy);
        if (!idle) return;
        retire(name, idle);
      }
      thread = start(name, job.budget.memoryMb);
      lane.threads.push(thread);
    }
    lane.queue.shift();
    run(name, thread, job);
  }
}

function run(name: WorkerName, thread: Thread, job: Job): void {
  const id = ++nextId;
  thread.busy = true;
  clearTimeout(thread.idle);
  const finish = (result: WorkResult<unknown>, broken: boolean) => {
    clearTimeout(timer);
    thread.worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    thread.busy = false;
    if (broken) retire(name, thread);
    else thread.idle = setTimeout(() => retire(name, thread), IDLE_MS).unref();
    job.done(result);
    dispatch(name);
  };
  const onMessage = (message: { id: number; ok: boolean; value?: unknown }) => {
    if (message.id === id) finish(message.ok ? { ok: true, value: message.value } : { ok: false, reason: "failed" }, false);
  };
  const onError = (error: NodeJS.ErrnoException) => finish({ ok: false, reason: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "failed" }, true);
  const onExit = () => finish({ ok: false, reason: "failed" }, true);
  const timer = setTimeout(() => finish({ ok: false, reason: "timeout" }, true), job.budget.timeMs);
  thread.worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  thread.worker.postMessage({ id, input: job.input });
}

function retire(name: WorkerName, thread: Thread): void {
  clearTimeout(thread.idle);
  const lane = lanes.get(name)!;
  lane.threads = lane.threads.filter((t) => t !== thread);
  void thread.worker.terminate();
}

function start(name: WorkerName, memoryMb: number): Thread {
  const [file, isCode] = entry(name);
  const worker = new Worker(file, {
    eval: isCode,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 8 },
    stdout: false,
    stderr: false,
  });
  const thread: Thread = { worker, memoryMb, busy: false };
  // A thread that dies between tasks is dropped (its task, if any, heard it in run()); an 'error'
  // without a listener would otherwise end the process.
  worker
    .on("error", () => undefined)
    .on("exit", () => {
      const lane = lanes.get(name);
      if (lane) lane.threads = lane.threads.filter((t) => t !== thread);
    });
  // An idle thread does not keep a script or a test run from ending.
  worker.unref();
  return thread;
}

/**
 * Where a thread starts. Inside Next (NEXT_RUNTIME is set) from the bundle `npm run build` made.
 * From source (tests, scripts), by registering tsx and importing the TypeScript; the domain modules'
 * "server-only" marker is a no-op there, as under Vitest. Node 20 ignores `--import` hooks for a
 * worker's entry module, so both registrations are the thread's first statements.
 */
function entry(name: WorkerName): [file: string, isCode: boolean] {
  if (process.env.NEXT_RUNTIME) return [path.join(process.cwd(), ".next", "workers", `${name}.mjs`), false];
  const source = pathToFileURL(path.join(process.cwd(), WORKER_ENTRIES[name].file)).href;
  const serverOnlyIsEmpty = `data:text/javascript,${encodeURIComponent(
    'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
  )}`;
  return [
    `import("node:module")
      .then((module) => { module.register(${JSON.stringify(serverOnlyIsEmpty)}); return import("tsx/esm/api"); })
      .then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`,
    true,
  ];
}
