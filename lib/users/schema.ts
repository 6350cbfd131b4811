import { z } from "zod";

const email = z.string().trim().toLowerCase().pipe(z.email("Alamat e-mail tidak sah."));
const name = z.string().trim().min(2, "Nama minimal 2 huruf.").max(120, "Nama paling panjang 120 huruf.");
const newPassword = z.string().min(10, "Kata sandi minimal 10 karakter.").max(200, "Kata sandi paling panjang 200 karakter.");
const id = z.string().trim().min(1, "Data tidak lengkap.").max(64);

export const newUserInput = z
  .object({
    email,
    name,
    role: z.enum(["ADMIN", "DESK"], { message: "Peran harus ADMIN (panitia) atau DESK (petugas meja)." }),
    password: newPassword.optional(),
    eventIds: z.array(id).default([]),
  })
  .refine((u) => u.role === "ADMIN" || u.eventIds.length > 0, { path: ["eventIds"], message: "Pilih minimal satu misi dagang untuk petugas meja." });
export type NewUserInput = z.input<typeof newUserInput>;

/** One account per line: "Nama, e-mail" (a semicolon or a tab also separates). */
export const deskTeamInput = z.object({
  eventId: id,
  lines: z.string().max(20_000, "Daftar terlalu panjang."),
});

export interface TeamMemberLine {
  line: number;
  name: string;
  email: string;
}

export const MAX_TEAM_SIZE = 30;

export function parseTeamLines(text: string): { members: TeamMemberLine[]; errors: string[] } {
  const members: TeamMemberLine[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const parts = raw.split(/[,;\t]/).map((p) => p.trim());
    if (parts.length !== 2) return errors.push(`Baris ${line}: tulis "Nama, e-mail".`);
    const parsed = z.object({ name, email }).safeParse({ name: parts[0], email: parts[1] });
    if (!parsed.success) return errors.push(`Baris ${line}: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
    const first = seen.get(parsed.data.email);
    if (first) return errors.push(`Baris ${line}: e-mail ${parsed.data.email} sudah ada di baris ${first}.`);
    seen.set(parsed.data.email, line);
    members.push({ line, ...parsed.data });
  });
  if (members.length === 0 && errors.length === 0) errors.push("Tulis minimal satu petugas.");
  if (members.length > MAX_TEAM_SIZE) errors.push(`Paling banyak ${MAX_TEAM_SIZE} akun sekaligus.`);
  return { members, errors };
}

export const userIdInput = z.object({ userId: id });

export const assignmentsInput = z.object({ userId: id, eventIds: z.array(id) });

export const lockoutIdInput = z.object({ lockoutId: id });

export const changePasswordInput = z
  .object({
    current: z.string().min(1, "Isi kata sandi Anda saat ini."),
    next: newPassword,
    confirm: z.string(),
  })
  .refine((p) => p.next === p.confirm, { path: ["confirm"], message: "Ulangi kata sandi baru persis sama." })
  .refine((p) => p.next !== p.current, { path: ["next"], message: "Kata sandi baru harus berbeda dari yang lama." });
