// After MAX_FAILURES wrong passwords within WINDOW, the e-mail (whether or not it has an account, so
// the lockout reveals nothing) and the source address are each blocked for DURATION. A successful
// sign-in, a new lockout or the organizer lifting one starts the count again.
export const LOCKOUT_POLICY = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  durationMs: 15 * 60_000,
} as const;

export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
