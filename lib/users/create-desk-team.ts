import "server-only";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import type { AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { insertAccount, isDuplicateEmail } from "./create-user";
import { generatePassword, hashPassword } from "./password";
import { deskTeamInput, parseTeamLines } from "./schema";

export interface TeamSheet {
  event: { name: string; slug: string };
  accounts: { name: string; email: string; password: string }[];
}

/**
 * Desk accounts for a whole team in one go (staff borrowed from several agencies for the day), each
 * with a one-time password, for a printable sheet. All of them are created, or none.
 */
export async function createDeskTeam(input: { eventId: string; lines: string }, actor: AuditActor): Promise<ActionResult<TeamSheet>> {
  const db = await getDb();
  const parsed = deskTeamInput.safeParse(input);
  if (!parsed.success) return failure("INVALID", "Periksa kembali isian yang ditandai.", { lines: parsed.error.issues.map((i) => i.message) });
  const { members, errors } = parseTeamLines(parsed.data.lines);
  if (errors.length > 0) return failure("INVALID", "Tidak ada akun yang dibuat: perbaiki baris yang disebut.", { lines: errors });

  const event = await db.event.findUnique({ where: { id: parsed.data.eventId }, select: { id: true, name: true, slug: true } });
  if (!event) return failure("INVALID", "Misi dagang yang dipilih tidak ditemukan.", { eventId: ["Pilih misi dagang."] });

  const taken = await db.user.findMany({ where: { email: { in: members.map((m) => m.email) } }, select: { email: true } });
  if (taken.length > 0) {
    const lines = taken.map(({ email }) => `Baris ${members.find((m) => m.email === email)!.line}: sudah ada akun dengan e-mail ${email}.`);
    return failure("CONFLICT", "Tidak ada akun yang dibuat: perbaiki baris yang disebut.", { lines });
  }

  const accounts = await Promise.all(
    members.map(async (member) => {
      const password = generatePassword();
      return { ...member, password, passwordHash: await hashPassword(password) };
    }),
  );
  try {
    await db.$transaction(async (tx) => {
      for (const account of accounts) {
        await insertAccount(
          tx,
          { email: account.email, name: account.name, role: "DESK", passwordHash: account.passwordHash, mustChangePassword: true, eventIds: [event.id] },
          actor,
        );
      }
    });
  } catch (error) {
    // Someone registered one of the e-mails in the meantime; the transaction left nothing behind.
    if (isDuplicateEmail(error))
      return failure("CONFLICT", "Tidak ada akun yang dibuat: salah satu e-mail baru saja didaftarkan. Coba lagi.", {
        lines: ["Salah satu e-mail sudah dipakai."],
      });
    throw error;
  }
  return success(`${accounts.length} akun petugas meja dibuat.`, {
    event: { name: event.name, slug: event.slug },
    accounts: accounts.map(({ name, email, password }) => ({ name, email, password })),
  });
}
