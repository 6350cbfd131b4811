// The worker threads behind heavy parsing (lib/workers/run.ts): a task past its time or its heap is
// stopped with a reason, the thread is replaced, and the next task runs as if nothing had happened.
import { readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/users/password";
import { MAX_QUEUED, runInWorker, WorkersBusyError } from "@/lib/workers/run";
import { WORKER_NICE } from "@/lib/workers/task";
import { cell, sheet, xlsx as rawXlsx } from "../support/hostile";
import { xlsx } from "../support/spreadsheets";

/** The nice value of this process's main thread, the one that serves requests, before any worker thread starts. */
const SERVER_NICE = getPriority();

/** Each of this process's threads' nice value, by thread id (Linux's /proc: nice is per thread there). */
function threadNice(): Map<number, number> {
  const dir = `/proc/${process.pid}/task`;
  return new Map(
    readdirSync(dir).map((tid) => {
      const stat = readFileSync(`${dir}/${tid}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state is the 3rd field of stat, nice the 19th.
      return [Number(tid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16])];
    }),
  );
}

async function longList(rows: number): Promise<Uint8Array> {
  return xlsx(
    ["Nama Usaha", "Sektor"],
    Array.from({ length: rows }, (_, i) => [`Usaha ${i}`, "Kuliner"]),
  );
}

describe("runInWorker", () => {
  it("stops a task past its time, and the next task gets a fresh thread", async () => {
    const list = await longList(20_000);
    const started = performance.now();
    expect(await runInWorker("xlsx", list, { timeMs: 50, memoryMb: 256 })).toEqual({ ok: false, reason: "timeout" });
    expect(performance.now() - started).toBeLessThan(1_000);
    const small = await runInWorker<string[][]>("xlsx", await longList(2), { timeMs: 20_000, memoryMb: 256 });
    expect(small).toEqual({
      ok: true,
      value: [
        ["Nama Usaha", "Sektor"],
        ["Usaha 0", "Kuliner"],
        ["Usaha 1", "Kuliner"],
      ],
    });
  });

  it("stops a task past its heap with 'memory', not the server", async () => {
    // The far corners a budget would refuse (spreadsheet-budget.ts): exceljs fills the range between.
    const corners = await rawXlsx(
      sheet("A1:XFD1048576", `<row r="1">${cell("A1", "Nama")}${cell("XFD1", "x")}</row><row r="1048576">${cell("A1048576", "y")}</row>`),
    );
    expect(await runInWorker("xlsx", corners, { timeMs: 60_000, memoryMb: 16 })).toEqual({ ok: false, reason: "memory" });
    expect((await runInWorker<string[][]>("xlsx", await longList(1), { timeMs: 20_000, memoryMb: 256 })).ok).toBe(true);
  });

  it("answers a file the task cannot read with 'failed', and keeps the thread", async () => {
    const notAWorkbook = new TextEncoder().encode("bukan spreadsheet");
    expect(await runInWorker("xlsx", notAWorkbook, { timeMs: 20_000, memoryMb: 256 })).toEqual({ ok: false, reason: "failed" });
    expect((await runInWorker<string[][]>("xlsx", await longList(1), { timeMs: 20_000, memoryMb: 256 })).ok).toBe(true);
  });

  it("runs as many tasks as are sent at once, each with its own answer", async () => {
    const lists = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => longList(n)));
    const read = await Promise.all(lists.map((list) => runInWorker<string[][]>("xlsx", list, { timeMs: 20_000, memoryMb: 256 })));
    expect(read.map((r) => (r.ok ? r.value.length - 1 : -1))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("refuses a task once MAX_QUEUED of its kind wait, without dropping the ones already waiting", async () => {
    const list = await longList(1);
    const budget = { timeMs: 60_000, memoryMb: 256 };
    // One runs, MAX_QUEUED wait: the next is refused at once.
    const accepted = Array.from({ length: MAX_QUEUED + 1 }, () => runInWorker<string[][]>("xlsx", list, budget));
    await expect(runInWorker("xlsx", list, budget)).rejects.toBeInstanceOf(WorkersBusyError);
    const read = await Promise.all(accepted);
    expect(read.every((r) => r.ok && r.value.length === 2)).toBe(true);
  });
});

describe("passwords in worker threads", () => {
  it("hash and check in threads that yield to the server's own thread", async () => {
    const hash = await hashPassword("sandi-rahasia-1");
    expect(hash).toMatch(/^\$2b\$12\$/);
    expect(await verifyPassword("sandi-rahasia-1", hash)).toBe(true);
    expect(await verifyPassword("sandi-rahasia-2", hash)).toBe(false);
    // A stored hash that is not bcrypt's matches nothing, and the thread goes on.
    expect(await verifyPassword("sandi-rahasia-1", "bukan-hash")).toBe(false);
    expect(await verifyPassword("sandi-rahasia-1", hash)).toBe(true);

    // The threads that did it are kept between tasks, WORKER_NICE below the thread that serves requests.
    // The main thread keeps its own: the priority is the threads', not the process's.
    const nice = threadNice();
    expect([...nice.values()].filter((value) => value === Math.min(19, SERVER_NICE + WORKER_NICE)).length).toBeGreaterThan(0);
    expect(nice.get(process.pid)).toBe(SERVER_NICE);
  });
});
