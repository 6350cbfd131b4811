import "server-only";
import { randomInt } from "node:crypto";
import { runInWorker } from "@/lib/workers/run";
import type { PasswordTask } from "./password-hash";

const COST = 12;

// A hash costs about a quarter of a second of CPU. On libuv's pool (native bcrypt's default) two at a
// time filled both of this machine's cores, and forty sign-ins at once held every other client's answer
// for up to half a second. So hashes run in worker threads of their own, two at a time, at the worker
// threads' lower priority: they take what CPU the server's own thread and the database leave. Sign-in
// refuses bursts before they get here (lib/auth/sign-in.ts). Hashes are standard $2b$ bcrypt.
const PASSWORD_WORK = { timeMs: 30_000, memoryMb: 64 };

async function inWorker<T extends string | boolean>(task: PasswordTask): Promise<T> {
  const done = await runInWorker<T>("password", task, PASSWORD_WORK);
  // Not "wrong password": a check that could not run is the server's failure, not the person's.
  if (!done.ok) throw new Error(`A password could not be ${"hash" in task ? "hashed" : "checked"} (${done.reason}).`);
  return done.value;
}

export function hashPassword(password: string): Promise<string> {
  return inWorker({ hash: password, cost: COST });
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return inWorker({ verify: password, against: passwordHash });
}

// No 0/O, 1/l/I: a one-time password is often read off paper at a desk.
const READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password shown once to the organizer, e.g. "k7Qm-x3Rt-9pWz". */
export function generatePassword(): string {
  const group = () => Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join("");
  return `${group()}-${group()}-${group()}`;
}
