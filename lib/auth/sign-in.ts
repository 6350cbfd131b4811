import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import type { LockoutSubject } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "@/lib/users/password";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "@/lib/users/schema";
import { IN_FLIGHT_POLICY, LOCKOUT_POLICY, minutesUntil } from "./lockout-policy";

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent?: string | null;
}

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string; role: "ADMIN" | "DESK"; sessionVersion: number } }
  | { ok: false; reason: "INVALID" | "DISABLED" | "BUSY" }
  | { ok: false; reason: "LOCKED"; until: Date; minutes: number };

// Compared against when the e-mail has no account, so a wrong e-mail takes as long as a wrong password.
const NO_ACCOUNT_HASH = "$2b$12$ogOEIdqQbB25OCfUAVe7hOnQ9F./cYEQci.16./pEPyCal4MEi7xi";

/**
 * Checks a staff member's e-mail and password, counting failures towards a lockout. Everything that
 * can refuse without the password (a lockout, too many checks in flight) does so before the hash,
 * so a burst of guesses costs the server a few hashes, not one each. The counts live in the
 * database: every instance of the app sees the same ones.
 */
export async function signInWithPassword(input: SignInInput, now: Date = new Date()): Promise<SignInResult> {
  const db = await getDb();
  const email = input.email.trim().toLowerCase();
  // No account has an address or a password this long: refused before the database and the hash, and
  // not counted as a guess (it could never be right).
  if (email.length > EMAIL_MAX_LENGTH || input.password.length > PASSWORD_MAX_LENGTH) return { ok: false, reason: "INVALID" };
  const locked = await activeLockout(db, email, input.ip, now);
  if (locked) return lockedResult(locked, now);

  const attempt = await db.loginAttempt.create({ data: { email, ip: input.ip, succeeded: null, createdAt: now }, select: { id: true } });
  if (await tooManyInFlight(db, email, input.ip, now)) {
    // Its password was never looked at: not a guess, so not kept as one.
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    return { ok: false, reason: "BUSY" };
  }

  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  const passwordMatches = await verifyPassword(input.password, user?.passwordHash ?? NO_ACCOUNT_HASH);
  const succeeded = Boolean(user && passwordMatches && !user.disabledAt);

  const newLockUntil = await db.$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded } });
    if (succeeded || (user && passwordMatches)) return null; // a disabled account's right password is no guess
    return lockIfTooManyFailures(tx, email, input, now);
  });

  if (newLockUntil) return lockedResult(newLockUntil, now);
  if (!user || !passwordMatches) return { ok: false, reason: "INVALID" };
  if (user.disabledAt) return { ok: false, reason: "DISABLED" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}

async function tooManyInFlight(db: Tx, email: string, ip: string, now: Date): Promise<boolean> {
  const recent = { succeeded: null, createdAt: { gt: new Date(now.getTime() - IN_FLIGHT_POLICY.staleMs) } };
  const [forAccount, forAddress] = await Promise.all([
    db.loginAttempt.count({ where: { ...recent, email } }),
    db.loginAttempt.count({ where: { ...recent, ip } }),
  ]);
  return forAccount > IN_FLIGHT_POLICY.perAccount || forAddress > IN_FLIGHT_POLICY.perAddress;
}

function lockedResult(until: Date, now: Date): SignInResult {
  return { ok: false, reason: "LOCKED", until, minutes: minutesUntil(until, now) };
}

async function activeLockout(db: Tx, email: string, ip: string, now: Date): Promise<Date | null> {
  const lockout = await db.lockout.findFirst({
    where: {
      liftedAt: null,
      lockedUntil: { gt: now },
      OR: [
        { subject: "ACCOUNT", value: email },
        { subject: "ADDRESS", value: ip },
      ],
    },
    orderBy: { lockedUntil: "desc" },
  });
  return lockout?.lockedUntil ?? null;
}

async function lockIfTooManyFailures(tx: Tx, email: string, input: SignInInput, now: Date): Promise<Date | null> {
  const lockedUntil = new Date(now.getTime() + LOCKOUT_POLICY.durationMs);
  let locked = false;
  for (const [subject, value] of [
    ["ACCOUNT", email],
    ["ADDRESS", input.ip],
  ] as const) {
    const failures = await failuresSinceReset(tx, subject, value, now);
    if (failures < LOCKOUT_POLICY.maxFailures) continue;
    const lockout = await tx.lockout.create({ data: { subject, value, lockedAt: now, lockedUntil } });
    await recordAudit(tx, {
      action: "auth.locked_out",
      targetType: "Lockout",
      targetId: lockout.id,
      after: { subject, value, failures, lockedUntil: lockedUntil.toISOString() },
      ip: input.ip,
      userAgent: input.userAgent,
    });
    locked = true;
  }
  return locked ? lockedUntil : null;
}

async function failuresSinceReset(tx: Tx, subject: LockoutSubject, value: string, now: Date): Promise<number> {
  const key = subject === "ACCOUNT" ? { email: value } : { ip: value };
  const [lastSuccess, lastLockout] = await Promise.all([
    tx.loginAttempt.findFirst({ where: { ...key, succeeded: true }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    tx.lockout.findFirst({ where: { subject, value }, orderBy: { lockedAt: "desc" }, select: { lockedAt: true, liftedAt: true } }),
  ]);
  const since = Math.max(
    now.getTime() - LOCKOUT_POLICY.windowMs,
    lastSuccess?.createdAt.getTime() ?? 0,
    lastLockout?.lockedAt.getTime() ?? 0,
    lastLockout?.liftedAt?.getTime() ?? 0,
  );
  return tx.loginAttempt.count({ where: { ...key, succeeded: false, createdAt: { gt: new Date(since) } } });
}
