import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";

export interface AuditEntry {
  eventId?: string | null;
  actorId?: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  ip?: string | null;
  userAgent?: string | null;
}

/** Who made a change and from where; a script or the system has no id. */
export interface AuditActor {
  id: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

/** The actor's part of an audit entry. */
export function auditedBy(actor: AuditActor): Pick<AuditEntry, "actorId" | "ip" | "userAgent"> {
  return { actorId: actor.id, ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}

/** Call inside the transaction that makes the change, so there is never a change without its record. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: { ...entry, before: toJson(entry.before), after: toJson(entry.after) },
  });
}

// JSON has no BigInt: money is kept as a decimal string, never a float.
function toJson(value: Record<string, unknown> | undefined): Prisma.InputJsonValue | undefined {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}
