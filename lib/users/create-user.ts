import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { generatePassword, hashPassword } from "./password";
import { newUserInput, type NewUserInput } from "./schema";

export type CreateUserResult =
  | { ok: true; user: { id: string; email: string; name: string; role: "ADMIN" | "DESK" }; password: string; generated: boolean }
  | { ok: false; fieldErrors: Partial<Record<keyof NewUserInput, string[]>> };

/**
 * Creates a staff account. Without a password, a one-time password is generated; the caller shows it
 * once. The account and its audit row are written together.
 */
export async function createUser(db: Db, input: NewUserInput, actor: { id: string | null; ip?: string | null; userAgent?: string | null }): Promise<CreateUserResult> {
  const parsed = newUserInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const password = parsed.data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "user.created", targetType: "User", targetId: created.id, after: { email: created.email, name: created.name, role: created.role }, ip: actor.ip, userAgent: actor.userAgent });
      return created;
    });
    return { ok: true, user, password, generated: parsed.data.password === undefined };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: ["Sudah ada akun dengan e-mail ini."] } };
    }
    throw error;
  }
}
