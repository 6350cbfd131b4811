import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { verifyPassword } from "@/lib/users/password";

withTestDatabase();

describe("createUser", () => {
  it("creates an account with a one-time password, hashed, and audits it in the same step", async () => {
    const db = await getDb();
    const result = await createUser(db, { email: "  Panitia@JatimProv.go.id ", name: "Ibu Panitia", role: "ADMIN" }, { id: null, ip: "127.0.0.1" });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    expect(result.generated).toBe(true);
    expect(result.password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { email: "panitia@jatimprov.go.id" } });
    expect(stored.role).toBe("ADMIN");
    expect(stored.passwordHash).not.toContain(result.password);
    expect(await verifyPassword(result.password, stored.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong-password", stored.passwordHash)).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", targetId: stored.id } });
    expect(audit.after).toEqual({ email: "panitia@jatimprov.go.id", name: "Ibu Panitia", role: "ADMIN" });
    expect(audit.ip).toBe("127.0.0.1");
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(result.password);
  });

  it("refuses a second account with the same e-mail, writing nothing", async () => {
    const db = await getDb();
    const users = await db.user.count();
    const audits = await db.auditEvent.count();
    const result = await createUser(db, { email: "panitia@jatimprov.go.id", name: "Lagi", role: "DESK" }, { id: null });
    expect(result).toEqual({ ok: false, fieldErrors: { email: ["Sudah ada akun dengan e-mail ini."] } });
    expect(await db.user.count()).toBe(users);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("says what is wrong with each field", async () => {
    const db = await getDb();
    const result = await createUser(db, { email: "bukan-email", name: "A", role: "ROOT" as "ADMIN", password: "pendek" }, { id: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.email).toEqual(["Alamat e-mail tidak sah."]);
    expect(result.fieldErrors.name).toEqual(["Nama minimal 2 huruf."]);
    expect(result.fieldErrors.role?.[0]).toMatch(/ADMIN \(panitia\) atau DESK/);
    expect(result.fieldErrors.password).toEqual(["Kata sandi minimal 10 karakter."]);
  });
});
