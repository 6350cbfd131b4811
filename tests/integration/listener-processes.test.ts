import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { signingRequest, twoBusinesses } from "../support/signing";
import { recordCommitment } from "@/lib/commitments/record-commitment";
import { getDb } from "@/lib/db/client";
import { totalsHub } from "@/lib/live/totals-hub";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { eventTotals } from "@/lib/totals/queries";

withTestDatabase({ seedDemo: true });

const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill()));

/** Another app process listening for the event's totals; resolves with a way to await a count. */
function listenerProcess(): Promise<(count: number) => Promise<void>> {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "--tsconfig", "tsconfig.json", "tests/support/listener-process.ts", PRACTICE_SLUG], {
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const seen: string[] = [];
  const waiters: (() => void)[] = [];
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    seen.push(...chunk.split("\n").filter(Boolean));
    waiters.splice(0).forEach((wake) => wake());
  });
  const until = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (seen.includes(line) ? resolve() : waiters.push(check));
      child.once("exit", (code) => reject(new Error(`listener exited (${code}) before "${line}"`)));
      check();
    });
  return until("ready").then(() => (count: number) => until(`commitments ${count}`));
}

describe("several app instances on one database", () => {
  const twoProcesses = Boolean(process.env.DATABASE_URL);
  it(
    twoProcesses
      ? "two listener processes both receive the update from one write"
      : "on the embedded database (one process by design) its one listener receives the update",
    async () => {
      const db = await getDb();
      const event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG } });
      const { visiting, host } = await twoBusinesses(event.id);
      const before = (await eventTotals(PRACTICE_SLUG))!.commitments;
      const user = await db.user.create({ data: { email: `${randomUUID()}@listen.test`, name: "Meja", role: "DESK", passwordHash: "x" } });
      const desk = { id: user.id, name: user.name, email: user.email, role: "DESK" as const, mustChangePassword: false, ip: "10.0.0.1", userAgent: "vitest" };

      // PostgreSQL: two other processes, each with its own LISTEN connection. Embedded: this process's hub.
      const inProcess: number[] = [];
      let unsubscribe = () => {};
      const waits = twoProcesses
        ? await Promise.all([listenerProcess(), listenerProcess()])
        : [
            await (async () => {
              unsubscribe = await totalsHub.subscribe(event, (change) => inProcess.push((change.to.value as { commitments: number }).commitments));
              await totalsHub.snapshot(event.id);
              return async (count: number) => expect.poll(() => inProcess, { timeout: 10_000 }).toContain(count);
            })(),
          ];
      const recorded = await recordCommitment(
        { id: event.id, timeZone: event.timeZone },
        signingRequest({ visiting, host }, { commodity: "Kopi", value: "9 juta" }),
        desk,
      );
      expect(recorded.ok).toBe(true);
      await Promise.all(waits.map((wait) => wait(before + 1)));
      unsubscribe();
    },
    60_000,
  );
});
