import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { liftLockout, signInWatch } from "@/lib/auth/lockouts";
import { IN_FLIGHT_POLICY, LOCKOUT_POLICY } from "@/lib/auth/lockout-policy";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { said } from "../support/said";
import { setAccountDisabled } from "@/lib/users/account-status";
import { createUser } from "@/lib/users/create-user";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "@/lib/users/schema";

withTestDatabase();

const minutes = (n: number) => n * 60_000;
const start = new Date("2025-05-08T00:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
// The watch lists every lockout in force and the latest failures: its test lives later than all the others.
const WATCH = 100_000;

async function account(email: string, role: "ADMIN" | "DESK" = "ADMIN") {
  const result = await createUser({ email, name: "Staf", role, password: "kata-sandi-benar" }, { id: null });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

async function attempt(email: string, password: string, ip: string, now: Date) {
  return signInWithPassword({ email, password, ip, userAgent: "vitest" }, now);
}

describe("signInWithPassword", () => {
  it("accepts the right password, whatever the e-mail's case, and says the same for a wrong password or an unknown e-mail", async () => {
    const user = await account("ani@misidagang.test");
    expect(await attempt(" ANI@misidagang.test ", "kata-sandi-benar", "10.1.0.1", at(0))).toEqual({
      ok: true,
      user: { id: user.id, name: "Staf", email: "ani@misidagang.test", role: "ADMIN", sessionVersion: 0 },
    });
    const wrongPassword = await attempt("ani@misidagang.test", "salah", "10.1.0.1", at(1));
    const unknownEmail = await attempt("siapa@misidagang.test", "salah", "10.1.0.1", at(2));
    expect(wrongPassword).toEqual({ ok: false, reason: "INVALID" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses an e-mail or a password longer than any account's before the database and the hash, without counting a guess", async () => {
    await account("panjang@misidagang.test");
    const db = await getDb();
    const before = await db.loginAttempt.count();
    // The right password with more after it, and an address past RFC 5321's length.
    expect(await attempt("panjang@misidagang.test", `kata-sandi-benar${"x".repeat(PASSWORD_MAX_LENGTH)}`, "10.9.0.1", at(0))).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect(await attempt(`${"e".repeat(EMAIL_MAX_LENGTH)}@misidagang.test`, "kata-sandi-benar", "10.9.0.1", at(1))).toEqual({ ok: false, reason: "INVALID" });
    expect(await db.loginAttempt.count()).toBe(before);
    // At the limits they are checked, and counted, as any other.
    expect(await attempt("panjang@misidagang.test", "x".repeat(PASSWORD_MAX_LENGTH), "10.9.0.1", at(2))).toEqual({ ok: false, reason: "INVALID" });
    expect(await db.loginAttempt.count()).toBe(before + 1);
    expect(await attempt("panjang@misidagang.test", "kata-sandi-benar", "10.9.0.1", at(3))).toMatchObject({ ok: true });
  });

  it(`locks the account after ${LOCKOUT_POLICY.maxFailures} failures in 15 minutes, even with the right password, until it expires`, async () => {
    await account("budi@misidagang.test");
    for (let i = 1; i < LOCKOUT_POLICY.maxFailures; i++) {
      // From different addresses, so only the account's count reaches the limit.
      expect(await attempt("budi@misidagang.test", "salah", `10.2.0.${i}`, at(minutes(i)))).toMatchObject({ reason: "INVALID" });
    }
    const fifth = await attempt("budi@misidagang.test", "salah", "10.2.0.9", at(minutes(5)));
    expect(fifth).toMatchObject({ ok: false, reason: "LOCKED", minutes: 15 });
    expect(await attempt("budi@misidagang.test", "kata-sandi-benar", "10.2.0.10", at(minutes(10)))).toMatchObject({
      reason: "LOCKED",
      minutes: 10,
    });
    // Another account from the same addresses is not affected.
    await account("citra@misidagang.test");
    expect(await attempt("citra@misidagang.test", "kata-sandi-benar", "10.2.0.9", at(minutes(10)))).toMatchObject({ ok: true });
    // Once the lockout has run out, the right password works again.
    expect(await attempt("budi@misidagang.test", "kata-sandi-benar", "10.2.0.10", at(minutes(5) + LOCKOUT_POLICY.durationMs + 1))).toMatchObject({ ok: true });

    const db = await getDb();
    expect(await db.auditEvent.count({ where: { action: "auth.locked_out", after: { path: ["value"], equals: "budi@misidagang.test" } } })).toBe(1);
  });

  it("counts only failures within the window, and starts again after a success", async () => {
    await account("dedi@misidagang.test");
    for (let i = 0; i < 4; i++) await attempt("dedi@misidagang.test", "salah", `10.3.0.${i}`, at(minutes(i)));
    // The fifth failure comes 16 minutes after the first: only four are within 15 minutes.
    expect(await attempt("dedi@misidagang.test", "salah", "10.3.1.1", at(minutes(16)))).toMatchObject({ reason: "INVALID" });
    expect(await attempt("dedi@misidagang.test", "kata-sandi-benar", "10.3.1.1", at(minutes(17)))).toMatchObject({ ok: true });
    for (let i = 0; i < LOCKOUT_POLICY.maxFailures - 1; i++) {
      expect(await attempt("dedi@misidagang.test", "salah", `10.3.2.${i}`, at(minutes(18) + i))).toMatchObject({ reason: "INVALID" });
    }
  });

  it("locks the source address after failures on several e-mails, and the organizer can lift it", async () => {
    const organizer = await account("eka@misidagang.test");
    const ip = "203.0.113.7";
    for (let i = 0; i < LOCKOUT_POLICY.maxFailures; i++) await attempt(`tebakan${i}@misidagang.test`, "salah", ip, at(minutes(30) + i));
    await account("fajar@misidagang.test");
    expect(await attempt("fajar@misidagang.test", "kata-sandi-benar", ip, at(minutes(31)))).toMatchObject({ reason: "LOCKED" });
    expect(await attempt("fajar@misidagang.test", "kata-sandi-benar", "203.0.113.8", at(minutes(31)))).toMatchObject({ ok: true });

    const db = await getDb();
    const lockout = await db.lockout.findFirstOrThrow({ where: { subject: "ADDRESS", value: ip } });
    expect(await liftLockout({ lockoutId: lockout.id }, { id: organizer.id, ip: "10.0.0.1" }, at(minutes(32)))).toMatchObject({ ok: true });
    expect(await attempt("fajar@misidagang.test", "kata-sandi-benar", ip, at(minutes(33)))).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.lockout_lifted", targetId: lockout.id } });
    expect(audit.actorId).toBe(organizer.id);
    // After the lift, one more failure does not lock again at once: the count starts over.
    expect(await attempt("tebakan9@misidagang.test", "salah", ip, at(minutes(34)))).toMatchObject({ reason: "INVALID" });
  });

  it("refuses a disabled account, telling it so only when the password is right", async () => {
    const user = await account("gita@misidagang.test", "ADMIN");
    const admin = await account("hadi@misidagang.test");
    await setAccountDisabled({ userId: user.id, disabled: true }, { id: admin.id });
    expect(await attempt("gita@misidagang.test", "kata-sandi-benar", "10.5.0.1", at(minutes(40)))).toMatchObject({ ok: false, reason: "DISABLED" });
    expect(await attempt("gita@misidagang.test", "salah", "10.5.0.1", at(minutes(40)))).toMatchObject({ ok: false, reason: "INVALID" });
  });
});

describe("many sign-ins at once", () => {
  it("40 concurrent wrong passwords (each a cost-12 bcrypt) hold up nobody else's request by more than 500 ms", async () => {
    await account("sibuk@misidagang.test");
    const db = await getDb();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const attempts = Promise.all(Array.from({ length: 40 }, (_, i) => attempt(`tebakan${i}@misidagang.test`, "salah", `10.40.${i}.1`, at(minutes(60)))));
    // Another client's request, while the 40 are being checked.
    const asked = performance.now();
    await db.event.count();
    const answeredMs = performance.now() - asked;
    const results = await attempts;
    delay.disable();
    expect(results.every((r) => !r.ok && r.reason === "INVALID")).toBe(true);
    expect(answeredMs).toBeLessThan(500);
    expect(delay.max / 1e6).toBeLessThan(500);
  });

  it("refuses a burst on one account or one address before hashing, yet lets a room of desks behind one NAT in", async () => {
    await account("serbu@misidagang.test");
    const burst = await Promise.all(Array.from({ length: 40 }, () => attempt("serbu@misidagang.test", "salah", "10.41.0.1", at(minutes(90)))));
    const busy = burst.filter((r) => !r.ok && r.reason === "BUSY").length;
    // Only the few let through were checked (and count as guesses); the rest were refused unhashed.
    expect(busy).toBeGreaterThanOrEqual(40 - IN_FLIGHT_POLICY.perAccount - LOCKOUT_POLICY.maxFailures);
    const db = await getDb();
    const guesses = await db.loginAttempt.count({ where: { email: "serbu@misidagang.test" } });
    expect(guesses).toBe(40 - busy);
    expect(await db.loginAttempt.count({ where: { email: "serbu@misidagang.test", succeeded: null } })).toBe(0);

    // Ten desks start at once from the hotel's one address: every one gets in.
    const desks = await Promise.all(Array.from({ length: IN_FLIGHT_POLICY.perAddress }, (_, i) => account(`meja${i}@misidagang.test`)));
    const room = await Promise.all(desks.map((desk) => attempt(desk.email, "kata-sandi-benar", "10.42.0.1", at(minutes(95)))));
    expect(room.every((r) => r.ok)).toBe(true);
  });

  it("does not count a check its server never finished (stopped mid-hash) once it is stale", async () => {
    await account("basi@misidagang.test");
    const db = await getDb();
    const then = at(minutes(120));
    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email: "basi@misidagang.test", ip: "10.43.0.1", succeeded: null, createdAt: then })),
    });
    expect(await attempt("basi@misidagang.test", "kata-sandi-benar", "10.43.0.1", new Date(then.getTime() + 1_000))).toMatchObject({
      ok: false,
      reason: "BUSY",
    });
    expect(await attempt("basi@misidagang.test", "kata-sandi-benar", "10.43.0.1", new Date(then.getTime() + IN_FLIGHT_POLICY.staleMs + 1_000))).toMatchObject({
      ok: true,
    });
  });
});

describe("the organizer's watch on sign-ins", () => {
  it("lists the lockouts in force and the latest 20 failures, newest first; lifting one that is over changes nothing", async () => {
    const organizer = await account("jaga@misidagang.test");
    const db = await getDb();
    const now = at(minutes(WATCH + 500));
    const [inForce, expired, lifted] = await Promise.all(
      [
        { value: "10.60.0.1", lockedUntil: at(minutes(WATCH + 510)) },
        { value: "10.60.0.2", lockedUntil: now },
        { value: "10.60.0.3", lockedUntil: at(minutes(WATCH + 510)), liftedAt: at(minutes(WATCH + 499)) },
      ].map((lockout) => db.lockout.create({ data: { subject: "ADDRESS", lockedAt: at(minutes(WATCH + 495)), ...lockout } })),
    );
    await db.loginAttempt.createMany({
      data: Array.from({ length: 22 }, (_, i) => ({
        email: "jaga@misidagang.test",
        ip: "10.60.1.1",
        succeeded: false,
        createdAt: at(minutes(WATCH + 400) + i * 1000),
      })),
    });
    await db.loginAttempt.create({ data: { email: "jaga@misidagang.test", ip: "10.60.1.1", succeeded: true, createdAt: at(minutes(WATCH + 450)) } });

    const watch = await signInWatch(now);
    expect(watch.lockouts.map((l) => l.id)).toEqual([inForce.id]);
    expect(watch.failures).toHaveLength(20);
    expect(watch.failures.every((f) => f.succeeded === false)).toBe(true);
    expect(watch.failures[0].createdAt).toEqual(at(minutes(WATCH + 400) + 21 * 1000));
    expect(watch.failures.map((f) => f.createdAt.getTime())).toEqual([...watch.failures.map((f) => f.createdAt.getTime())].sort((a, b) => b - a));

    const before = await db.auditEvent.count({ where: { action: "auth.lockout_lifted" } });
    const older = await db.lockout.create({
      data: { subject: "ADDRESS", value: "10.60.0.4", lockedAt: at(minutes(WATCH + 494)), lockedUntil: at(minutes(WATCH + 520)) },
    });
    expect((await signInWatch(now)).lockouts.map((l) => l.id)).toEqual([inForce.id, older.id]);
    for (const over of [expired, lifted])
      expect(await liftLockout({ lockoutId: over.id }, { id: organizer.id, ip: "10.0.0.1" }, now)).toMatchObject({ ok: true, notice: "LOCKOUT_ALREADY_OVER" });
    expect(await said(liftLockout({ lockoutId: "tidak-ada" }, { id: organizer.id, ip: "10.0.0.1" }, now))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Blokir tidak ditemukan.",
    });
    expect(await db.lockout.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({ liftedAt: null });
    expect(await db.auditEvent.count({ where: { action: "auth.lockout_lifted" } })).toBe(before);
    expect(await liftLockout({ lockoutId: inForce.id }, { id: organizer.id, ip: "10.0.0.1" }, now)).toMatchObject({
      ok: true,
      notice: "LOCKOUT_LIFTED",
      params: { value: "10.60.0.1" },
    });
    expect(await db.lockout.findUniqueOrThrow({ where: { id: inForce.id } })).toMatchObject({ liftedAt: now, liftedById: organizer.id });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "auth.lockout_lifted", targetId: inForce.id } })).toMatchObject({
      actorId: organizer.id,
      ip: "10.0.0.1",
      targetType: "Lockout",
      before: { subject: "ADDRESS", value: "10.60.0.1", lockedUntil: at(minutes(WATCH + 510)).toISOString() },
      after: { liftedAt: now.toISOString() },
    });
  });
});

describe("the edges of the counts", () => {
  it("a disabled account's right password is no guess: five of them never lock it", async () => {
    const user = await account("nonaktif@misidagang.test");
    const admin = await account("pengelola@misidagang.test");
    await setAccountDisabled({ userId: user.id, disabled: true }, { id: admin.id });
    for (let i = 0; i < LOCKOUT_POLICY.maxFailures + 1; i++) {
      expect(await attempt("nonaktif@misidagang.test", "kata-sandi-benar", `10.70.0.${i}`, at(minutes(700) + i))).toMatchObject({ reason: "DISABLED" });
    }
    const db = await getDb();
    expect(await db.lockout.count({ where: { value: "nonaktif@misidagang.test" } })).toBe(0);
  });

  it(`lets ${IN_FLIGHT_POLICY.perAccount} checks of one account and ${IN_FLIGHT_POLICY.perAddress} of one address run at once, and not one more`, async () => {
    await account("paralel@misidagang.test");
    const db = await getDb();
    const now = at(minutes(800));
    const inFlight = (count: number, email: (i: number) => string, ip: string) =>
      db.loginAttempt.createMany({ data: Array.from({ length: count }, (_, i) => ({ email: email(i), ip, succeeded: null, createdAt: now })) });
    // One other check of the account is running: this one makes two.
    await inFlight(IN_FLIGHT_POLICY.perAccount - 1, () => "paralel@misidagang.test", "10.71.0.1");
    expect(await attempt("paralel@misidagang.test", "kata-sandi-benar", "10.71.0.2", now)).toMatchObject({ ok: true });
    await inFlight(1, () => "paralel@misidagang.test", "10.71.0.1");
    expect(await attempt("paralel@misidagang.test", "kata-sandi-benar", "10.71.0.3", now)).toMatchObject({ reason: "BUSY" });

    await account("lain@misidagang.test");
    await inFlight(IN_FLIGHT_POLICY.perAddress - 1, (i) => `meja-${i}@misidagang.test`, "10.72.0.1");
    expect(await attempt("lain@misidagang.test", "kata-sandi-benar", "10.72.0.1", now)).toMatchObject({ ok: true });
    await inFlight(1, () => "meja-x@misidagang.test", "10.72.0.1");
    expect(await attempt("lain@misidagang.test", "kata-sandi-benar", "10.72.0.1", now)).toMatchObject({ reason: "BUSY" });
  });

  it("of two lockouts in force, the refusal gives the later end; the lockout's audit row says what was locked, from where and by what", async () => {
    await account("ganda@misidagang.test");
    const db = await getDb();
    const now = at(minutes(900));
    await db.lockout.create({ data: { subject: "ADDRESS", value: "10.73.0.1", lockedAt: now, lockedUntil: at(minutes(930)) } });
    await db.lockout.create({ data: { subject: "ACCOUNT", value: "ganda@misidagang.test", lockedAt: now, lockedUntil: at(minutes(910)) } });
    expect(await attempt("ganda@misidagang.test", "kata-sandi-benar", "10.73.0.1", at(minutes(901)))).toMatchObject({ reason: "LOCKED", minutes: 29 });

    await account("dicatat@misidagang.test");
    for (let i = 0; i < LOCKOUT_POLICY.maxFailures; i++) await attempt("dicatat@misidagang.test", "salah", `10.74.0.${i}`, at(minutes(950) + i));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.locked_out", after: { path: ["value"], equals: "dicatat@misidagang.test" } } });
    expect(audit).toMatchObject({
      targetType: "Lockout",
      ip: `10.74.0.${LOCKOUT_POLICY.maxFailures - 1}`,
      userAgent: "vitest",
      after: {
        subject: "ACCOUNT",
        failures: LOCKOUT_POLICY.maxFailures,
        lockedUntil: new Date(at(minutes(950) + 4).getTime() + LOCKOUT_POLICY.durationMs).toISOString(),
      },
    });
  });

  it("counts failures from the latest success and the latest lockout, not the first", async () => {
    await account("urut@misidagang.test");
    const db = await getDb();
    const email = "urut@misidagang.test";
    // An old success, four failures, a newer success: only failures after the newer one count.
    await db.loginAttempt.create({ data: { email, ip: "10.75.0.1", succeeded: true, createdAt: at(minutes(1000)) } });
    await db.loginAttempt.createMany({
      data: Array.from({ length: 4 }, (_, i) => ({ email, ip: `10.75.1.${i}`, succeeded: false, createdAt: at(minutes(1001) + i) })),
    });
    await db.loginAttempt.create({ data: { email, ip: "10.75.0.1", succeeded: true, createdAt: at(minutes(1002)) } });
    expect(await attempt(email, "salah", "10.75.2.1", at(minutes(1003)))).toMatchObject({ reason: "INVALID" });
    // An old lockout, four failures, a newer (expired) lockout: likewise.
    const other = "urut2@misidagang.test";
    await account(other);
    await db.lockout.create({ data: { subject: "ACCOUNT", value: other, lockedAt: at(minutes(1100)), lockedUntil: at(minutes(1100) + 1) } });
    await db.loginAttempt.createMany({
      data: Array.from({ length: 4 }, (_, i) => ({ email: other, ip: `10.76.1.${i}`, succeeded: false, createdAt: at(minutes(1101) + i) })),
    });
    await db.lockout.create({ data: { subject: "ACCOUNT", value: other, lockedAt: at(minutes(1102)), lockedUntil: at(minutes(1102) + 1) } });
    expect(await attempt(other, "salah", "10.76.2.1", at(minutes(1103)))).toMatchObject({ reason: "INVALID" });
  });
});
