import "server-only";
import { fieldCodes } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
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
export async function createDeskTeam(input: { eventId: string; lines: string }, actor: AuditActor): Promise<Outcome<TeamSheet>> {
  const db = await getDb();
  const parsed = deskTeamInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const { members, errors } = parseTeamLines(parsed.data.lines);
  if (errors.length > 0) return fail("TEAM_NOT_CREATED", undefined, { lines: errors });

  const event = await db.event.findUnique({ where: { id: parsed.data.eventId }, select: { id: true, name: true, slug: true } });
  if (!event) return invalid({ eventId: ["missionNotFound"] });

  const taken = await db.user.findMany({ where: { email: { in: members.map((m) => m.email) } }, select: { email: true } });
  if (taken.length > 0) {
    const lines = taken.map(({ email }) => ({ key: "teamEmailTaken", params: { line: members.find((m) => m.email === email)!.line, email } }));
    return fail("TEAM_NOT_CREATED", undefined, { lines });
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
    if (isDuplicateEmail(error)) return fail("TEAM_EMAIL_TAKEN", undefined, { lines: ["teamEmailJustTaken"] });
    throw error;
  }
  return done(
    "TEAM_CREATED",
    {
      event: { name: event.name, slug: event.slug },
      accounts: accounts.map(({ name, email, password }) => ({ name, email, password })),
    },
    { count: accounts.length },
  );
}
