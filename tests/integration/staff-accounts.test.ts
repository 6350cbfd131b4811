import { describe, expect, it } from "vitest";
import { said } from "../support/said";
import { withTestDatabase } from "../support/database";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG } from "@/lib/demo/demo-event";
import { setAccountDisabled } from "@/lib/users/account-status";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createDeskTeam } from "@/lib/users/create-desk-team";
import { createUser } from "@/lib/users/create-user";
import { verifyPassword } from "@/lib/users/password";
import { resetPassword } from "@/lib/users/reset-password";
import { accountLanguage, saveOwnLanguage } from "@/lib/users/language";
import { setAssignments } from "@/lib/users/set-assignments";

withTestDatabase({ seedDemo: true });

const ONE_TIME_PASSWORD = /^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/;
const script = { id: null, ip: "127.0.0.1" };

async function deskEventId() {
  const db = await getDb();
  return (await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } })).id;
}

async function organizer() {
  const result = await said(createUser({ email: `org-${Math.random()}@misidagang.test`, name: "Panitia", role: "ADMIN", password: "panitia-rahasia" }, script));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.data.id, ip: "10.0.0.1", userAgent: "vitest" };
}

/** A desk account of its own for a test, on the demo mission: no test relies on another's accounts. */
async function deskAccount() {
  const db = await getDb();
  const result = await said(
    createUser({ email: `meja-${Math.random()}@misidagang.test`, name: "Petugas Meja", role: "DESK", eventIds: [await deskEventId()] }, script),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.user.findUniqueOrThrow({ where: { id: result.data.id } });
}

describe("createUser", () => {
  it("creates an account with a one-time password, hashed, that must be changed, and audits it in the same step", async () => {
    const db = await getDb();
    const result = await said(createUser({ email: "  Panitia@JatimProv.go.id ", name: "Ibu Panitia", role: "ADMIN" }, script));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.generated).toBe(true);
    expect(result.data.password).toMatch(ONE_TIME_PASSWORD);
    const stored = await db.user.findUniqueOrThrow({ where: { email: "panitia@jatimprov.go.id" } });
    expect(stored.role).toBe("ADMIN");
    expect(stored.mustChangePassword).toBe(true);
    expect(stored.passwordHash).not.toContain(result.data.password);
    expect(await verifyPassword(result.data.password, stored.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong-password", stored.passwordHash)).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", targetId: stored.id } });
    expect(audit.after).toEqual({ email: "panitia@jatimprov.go.id", name: "Ibu Panitia", role: "ADMIN", eventIds: [] });
    expect(audit.ip).toBe("127.0.0.1");
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(result.data.password);
  });

  it("gives a desk account the events it may work on, and requires at least one", async () => {
    const db = await getDb();
    const eventId = await deskEventId();
    const without = await said(createUser({ email: "meja@misidagang.test", name: "Petugas", role: "DESK" }, script));
    expect(without).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { eventIds: ["Pilih minimal satu misi dagang untuk petugas meja."] } });
    const unknown = await said(createUser({ email: "meja@misidagang.test", name: "Petugas", role: "DESK", eventIds: ["no-such-event"] }, script));
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { eventIds: ["Misi dagang yang dipilih tidak ditemukan."] } });
    expect(await db.user.count({ where: { email: "meja@misidagang.test" } })).toBe(0);

    const created = await said(createUser({ email: "meja@misidagang.test", name: "Petugas", role: "DESK", eventIds: [eventId] }, script));
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await db.eventAssignment.findMany({ where: { userId: created.data.id }, select: { eventId: true } })).toEqual([{ eventId }]);
  });

  it("refuses a second account with the same e-mail, writing nothing", async () => {
    const db = await getDb();
    expect(await said(createUser({ email: "kembar@jatimprov.go.id", name: "Pertama", role: "ADMIN" }, script))).toMatchObject({ ok: true });
    const users = await db.user.count();
    const audits = await db.auditEvent.count();
    const result = await said(createUser({ email: " Kembar@JatimProv.go.id", name: "Lagi", role: "ADMIN" }, script));
    expect(result).toEqual({
      ok: false,
      code: "EMAIL_TAKEN",
      message: "Sudah ada akun dengan e-mail ini.",
      fieldErrors: { email: ["Sudah ada akun dengan e-mail ini."] },
    });
    expect(await db.user.count()).toBe(users);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("says what is wrong with each field", async () => {
    const result = await said(createUser({ email: "bukan-email", name: "A", role: "ROOT" as "ADMIN", password: "pendek" }, script));
    if (result.ok) throw new Error("accepted");
    expect(result.fieldErrors?.email).toEqual(["Alamat e-mail tidak sah."]);
    expect(result.fieldErrors?.name).toEqual(["Nama minimal 2 huruf."]);
    expect(result.fieldErrors?.role?.[0]).toMatch(/ADMIN \(panitia\) atau DESK/);
    expect(result.fieldErrors?.password).toEqual(["Kata sandi minimal 10 karakter."]);
  });
});

describe("createDeskTeam", () => {
  it("creates every account with its own one-time password for the sheet, or none when a line is wrong", async () => {
    const db = await getDb();
    const eventId = await deskEventId();
    const actor = await organizer();
    const existing = await deskAccount();
    const before = await db.user.count();

    const bad = await said(
      createDeskTeam({ eventId, lines: `Andi, andi@dinas.test\nBudi budi@dinas.test\n\nCitra; andi@dinas.test\nDewi, ${existing.email}` }, actor),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: "TEAM_NOT_CREATED",
      fieldErrors: { lines: ['Baris 2: tulis "Nama, e-mail".', "Baris 4: e-mail andi@dinas.test sudah ada di baris 1."] },
    });
    const taken = await said(createDeskTeam({ eventId, lines: `Andi, andi@dinas.test\nDewi, ${existing.email}` }, actor));
    expect(taken).toMatchObject({
      ok: false,
      code: "TEAM_NOT_CREATED",
      fieldErrors: { lines: [`Baris 2: sudah ada akun dengan e-mail ${existing.email}.`] },
    });
    expect(await db.user.count()).toBe(before);

    const sheet = await said(createDeskTeam({ eventId, lines: "Andi Wijaya, Andi@Dinas.test\r\nBudi\tbudi@dinas.test\n" }, actor));
    if (!sheet.ok) throw new Error(JSON.stringify(sheet));
    expect(sheet.data.event.slug).toBe(DEMO_SLUG);
    expect(sheet.data.accounts.map((a) => [a.name, a.email])).toEqual([
      ["Andi Wijaya", "andi@dinas.test"],
      ["Budi", "budi@dinas.test"],
    ]);
    for (const account of sheet.data.accounts) {
      expect(account.password).toMatch(ONE_TIME_PASSWORD);
      const stored = await db.user.findUniqueOrThrow({ where: { email: account.email }, include: { assignments: true } });
      expect(stored).toMatchObject({ role: "DESK", mustChangePassword: true });
      expect(stored.assignments.map((a) => a.eventId)).toEqual([eventId]);
      expect(await verifyPassword(account.password, stored.passwordHash)).toBe(true);
      expect(await db.auditEvent.count({ where: { action: "user.created", targetId: stored.id, actorId: actor.id } })).toBe(1);
    }
  });
});

describe("managing an account", () => {
  it("disabling ends the account's sessions, is audited, and cannot be done to oneself", async () => {
    const db = await getDb();
    const actor = await organizer();
    const desk = await deskAccount();

    expect(await said(setAccountDisabled({ userId: actor.id, disabled: true }, actor))).toMatchObject({ ok: false, code: "OWN_ACCOUNT" });
    expect(await said(setAccountDisabled({ userId: desk.id, disabled: true }, actor))).toMatchObject({ ok: true });
    const disabled = await db.user.findUniqueOrThrow({ where: { id: desk.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(desk.sessionVersion + 1);
    expect(await db.auditEvent.count({ where: { action: "user.disabled", targetId: desk.id } })).toBe(1);

    expect(await said(setAccountDisabled({ userId: desk.id, disabled: false }, actor))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: desk.id } })).disabledAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.enabled", targetId: desk.id } })).toBe(1);
  });

  it("a password reset gives a new one-time password and ends the old sessions", async () => {
    const db = await getDb();
    const actor = await organizer();
    const desk = await deskAccount();
    const result = await said(resetPassword({ userId: desk.id }, actor));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const stored = await db.user.findUniqueOrThrow({ where: { id: desk.id } });
    expect(await verifyPassword(result.data.password, stored.passwordHash)).toBe(true);
    expect(stored).toMatchObject({ mustChangePassword: true, sessionVersion: desk.sessionVersion + 1 });
    expect(await said(resetPassword({ userId: "nobody" }, actor))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("assignments are replaced as chosen, only for desk accounts", async () => {
    const db = await getDb();
    const actor = await organizer();
    const eventId = await deskEventId();
    const desk = await deskAccount();
    expect(await said(setAssignments({ userId: desk.id, eventIds: [] }, actor))).toMatchObject({ ok: true });
    expect(await db.eventAssignment.count({ where: { userId: desk.id } })).toBe(0);
    expect(await said(setAssignments({ userId: desk.id, eventIds: [eventId, eventId] }, actor))).toMatchObject({ ok: true });
    expect(await db.eventAssignment.count({ where: { userId: desk.id } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.assignments_changed", targetId: desk.id }, orderBy: { id: "desc" } });
    expect([audit.before, audit.after]).toEqual([{ eventIds: [] }, { eventIds: [eventId] }]);
    expect(await said(setAssignments({ userId: actor.id, eventIds: [eventId] }, actor))).toMatchObject({ ok: false, code: "ORGANIZER_NOT_ASSIGNED" });
  });

  it("changing one's own password checks the current one and clears the must-change flag", async () => {
    const db = await getDb();
    const desk = await deskAccount();
    const reset = await said(resetPassword({ userId: desk.id }, await organizer()));
    if (!reset.ok) throw new Error(JSON.stringify(reset));
    const self = { id: desk.id, ip: "10.0.0.2" };
    expect(await said(changeOwnPassword({ current: "salah-sekali", next: "sandi-baru-budi", confirm: "sandi-baru-budi" }, self))).toMatchObject({
      ok: false,
      fieldErrors: { current: ["Kata sandi saat ini salah."] },
    });
    expect(await said(changeOwnPassword({ current: reset.data.password, next: "sandi-baru-budi", confirm: "sandi-baru-bud" }, self))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["Ulangi kata sandi baru persis sama."] },
    });
    const before = (await db.user.findUniqueOrThrow({ where: { id: desk.id } })).sessionVersion;
    expect(await said(changeOwnPassword({ current: reset.data.password, next: "sandi-baru-budi", confirm: "sandi-baru-budi" }, self))).toMatchObject({
      ok: true,
      data: { sessionVersion: before + 1 },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: desk.id } });
    expect(stored.mustChangePassword).toBe(false);
    // Every session of the account ends; the one that changed it is re-issued with the new version.
    expect(stored.sessionVersion).toBe(before + 1);
    expect(await verifyPassword("sandi-baru-budi", stored.passwordHash)).toBe(true);
  });
});

describe("the account's language", () => {
  it("is kept on the account when its owner switches, audited once per change, and only Indonesian or English", async () => {
    const db = await getDb();
    const actor = await organizer();
    expect(await accountLanguage(actor.id)).toBe("id");
    await saveOwnLanguage(actor, "en");
    await saveOwnLanguage(actor, "en");
    expect(await accountLanguage(actor.id)).toBe("en");
    expect(await db.auditEvent.count({ where: { action: "user.language_changed", targetId: actor.id } })).toBe(1);
    await expect(db.user.update({ where: { id: actor.id }, data: { locale: "fr" } })).rejects.toThrow();
  });
});
