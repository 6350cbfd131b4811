// After MAX_FAILURES wrong passwords within WINDOW, the e-mail (whether or not it has an account, so
// the lockout reveals nothing) and the source address are each blocked for DURATION. A successful
// sign-in, a new lockout or the organizer lifting one starts the count again.
export const LOCKOUT_POLICY = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  durationMs: 15 * 60_000,
} as const;

/**
 * Sign-ins whose password is being checked at once (each check costs a bcrypt hash): per e-mail a
 * person never needs more than two; per address a hall's NAT may have a room of desks starting
 * together. Past either the attempt is refused before its hash, and counts as no guess. An attempt
 * older than `staleMs` (its server stopped mid-check) no longer counts.
 */
export const IN_FLIGHT_POLICY = {
  perAccount: 2,
  perAddress: 10,
  staleMs: 30_000,
} as const;

export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
