import "server-only";
import { fieldCodes } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { generatePassword, hashPassword } from "./password";
import { newUserInput, type NewUserInput } from "./schema";

export interface CreatedAccount {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "DESK";
  /** Shown once to the organizer; only its hash is stored. */
  password: string;
  generated: boolean;
}

/**
 * Creates a staff account. Without a password, a one-time password is generated, which the user
 * must replace at first sign-in. The account, its events and its audit row are written together.
 */
export async function createUser(input: NewUserInput, actor: AuditActor): Promise<Outcome<CreatedAccount>> {
  const db = await getDb();
  const parsed = newUserInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const password = parsed.data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const account = await db.$transaction(async (tx) => {
      if (!(await eventsExist(tx, parsed.data.eventIds))) return null;
      return insertAccount(tx, { ...parsed.data, passwordHash, mustChangePassword: parsed.data.password === undefined }, actor);
    });
    if (!account) return invalid({ eventIds: ["missionNotFound"] });
    return done("ACCOUNT_CREATED", { ...account, password, generated: parsed.data.password === undefined }, { email: account.email });
  } catch (error) {
    if (isDuplicateEmail(error)) return fail("EMAIL_TAKEN", undefined, { email: ["emailTaken"] });
    throw error;
  }
}

interface AccountRow {
  email: string;
  name: string;
  role: "ADMIN" | "DESK";
  passwordHash: string;
  mustChangePassword: boolean;
  eventIds: string[];
}

/** Inserts one account with its assignments and audit row, inside the caller's transaction. */
export async function insertAccount(tx: Tx, row: AccountRow, actor: AuditActor) {
  const created = await tx.user.create({
    data: {
      email: row.email,
      name: row.name,
      role: row.role,
      passwordHash: row.passwordHash,
      mustChangePassword: row.mustChangePassword,
      assignments: { create: row.eventIds.map((eventId) => ({ eventId })) },
    },
    select: { id: true, email: true, name: true, role: true },
  });
  await recordAudit(tx, {
    ...auditedBy(actor),
    action: "user.created",
    targetType: "User",
    targetId: created.id,
    after: { email: created.email, name: created.name, role: created.role, eventIds: row.eventIds },
  });
  return created;
}

export async function eventsExist(tx: Tx, eventIds: string[]): Promise<boolean> {
  const unique = [...new Set(eventIds)];
  return unique.length === 0 || (await tx.event.count({ where: { id: { in: unique } } })) === unique.length;
}

export function isDuplicateEmail(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
