import "server-only";
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/bcrypt";

const COST = 12;

// Native bcrypt runs on libuv's thread pool, so 40 people signing in at once do not hold up anyone
// else's request (bcryptjs ran on the event loop). Its hashes are standard $2b$ bcrypt: earlier ones stay valid.
export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return verify(password, passwordHash).catch(() => false); // a malformed stored hash matches nothing
}

// No 0/O, 1/l/I: a one-time password is often read off paper at a desk.
const READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password shown once to the organizer, e.g. "k7Qm-x3Rt-9pWz". */
export function generatePassword(): string {
  const group = () => Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join("");
  return `${group()}-${group()}-${group()}`;
}
