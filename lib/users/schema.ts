import { z } from "zod";
import type { FieldCode } from "@/lib/kernel/outcome";
import { formList, formText } from "@/lib/kernel/form";

/** Longer than any address (RFC 5321's path) or any password an account can have: the sign-in form stops there too. */
export const EMAIL_MAX_LENGTH = 320;
export const PASSWORD_MAX_LENGTH = 200;

const email = z.string().trim().toLowerCase().pipe(z.email("emailInvalid"));
const name = z.string().trim().min(2, "nameTooShort").max(120, "nameTooLong");
const newPassword = z.string().min(10, "passwordTooShort").max(PASSWORD_MAX_LENGTH, "passwordTooLong");
const id = z.string().trim().min(1, "required").max(64);

export const newUserInput = z
  .object({
    email,
    name,
    role: z.enum(["ADMIN", "DESK"], { message: "roleRequired" }),
    password: newPassword.optional(),
    eventIds: formList(id),
  })
  .refine((u) => u.role === "ADMIN" || u.eventIds.length > 0, { path: ["eventIds"], message: "deskNeedsMission" });
export type NewUserInput = z.input<typeof newUserInput>;
/** The organizer's form: a one-time password is always generated for it (a password is for scripts only). */
export const newAccountForm = z.object({
  email: formText(EMAIL_MAX_LENGTH),
  name: formText(200),
  role: z.enum(["ADMIN", "DESK"], { message: "roleRequired" }),
  eventIds: formList(z.string().max(64)),
});

/** One account per line: "Nama, e-mail" (a semicolon or a tab also separates). */
export const deskTeamInput = z.object({
  eventId: id,
  lines: z.string().max(20_000, "teamListTooLong"),
});

export interface TeamMemberLine {
  line: number;
  name: string;
  email: string;
}

export const MAX_TEAM_SIZE = 30;

export function parseTeamLines(text: string): { members: TeamMemberLine[]; errors: FieldCode[] } {
  const members: TeamMemberLine[] = [];
  const errors: FieldCode[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const parts = raw.split(/[,;\t]/).map((p) => p.trim());
    if (parts.length !== 2) return errors.push({ key: "teamLineFormat", params: { line } });
    const parsed = z.object({ name, email }).safeParse({ name: parts[0], email: parts[1] });
    if (!parsed.success) return errors.push({ key: "teamLineInvalid", params: { line } });
    const first = seen.get(parsed.data.email);
    if (first) return errors.push({ key: "teamLineDuplicate", params: { line, email: parsed.data.email, first } });
    seen.set(parsed.data.email, line);
    members.push({ line, ...parsed.data });
  });
  if (members.length === 0 && errors.length === 0) errors.push("teamEmpty");
  if (members.length > MAX_TEAM_SIZE) errors.push({ key: "teamTooLarge", params: { max: MAX_TEAM_SIZE } });
  return { members, errors };
}

/** The account an organizer acts on. */
export const userIdInput = z.object({ userId: formText(64) });

export const changePasswordInput = z
  .object({
    current: z.string().min(1, "currentPasswordRequired"),
    next: newPassword,
    confirm: formText(200),
  })
  .refine((p) => p.next === p.confirm, { path: ["confirm"], message: "passwordsDiffer" })
  .refine((p) => p.next !== p.current, { path: ["next"], message: "passwordUnchanged" });
