import "server-only";
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/bcrypt";
import pLimit from "p-limit";

const COST = 12;

// Native bcrypt runs on libuv's thread pool (bcryptjs ran on the event loop). That pool has four
// threads and also compresses every response and reads files: forty hashes at once held every other
// client's answer behind them for seconds. So this process hashes two at a time and the rest wait
// their turn (sign-in refuses bursts before they get here: lib/auth/sign-in.ts). Its hashes are
// standard $2b$ bcrypt: earlier ones stay valid.
const HASHES_AT_ONCE = 2;
const inTurn = pLimit(HASHES_AT_ONCE);

export function hashPassword(password: string): Promise<string> {
  return inTurn(() => hash(password, COST));
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return inTurn(() => verify(password, passwordHash)).catch(() => false); // a malformed stored hash matches nothing
}

// No 0/O, 1/l/I: a one-time password is often read off paper at a desk.
const READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password shown once to the organizer, e.g. "k7Qm-x3Rt-9pWz". */
export function generatePassword(): string {
  const group = () => Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join("");
  return `${group()}-${group()}-${group()}`;
}
