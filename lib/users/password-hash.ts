import { hashSync, verifySync } from "@node-rs/bcrypt";

// What a password worker thread does (password.worker.ts), a plain module the tests also call.

export type PasswordTask = { hash: string; cost: number } | { verify: string; against: string };

/** A new $2b$ hash of `hash`, or whether `verify` matches the stored hash `against`. */
export function runPasswordTask(task: PasswordTask): string | boolean {
  if ("hash" in task) return hashSync(task.hash, task.cost);
  try {
    return verifySync(task.verify, task.against);
  } catch {
    return false; // a malformed stored hash matches nothing
  }
}
