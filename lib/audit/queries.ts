import "server-only";
import { z } from "zod";
import { AUDIT_ACTIONS } from "./actions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const PAGE_SIZE = 50;

/** The audit trail's filters, as they arrive in the page's query string. */
export const auditFilters = z.object({
  /** An event's slug, "-" for changes outside any event (accounts, sign-in), or empty for all. */
  event: z.string().trim().max(100).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.string().trim().max(64).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  /** Keyset pagination: rows older than this id. */
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional()
    .catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFilters>;

/** One page of the audit trail, newest first, for the organizer. */
export async function auditPage(filters: AuditFilters, timeZoneOffset = "+08:00") {
  const db = await getDb();
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.event === "-" ? { eventId: null } : filters.event ? { event: { slug: filters.event } } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00${timeZoneOffset}`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00${timeZoneOffset}`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
    ...(filters.before ? { id: { lt: BigInt(filters.before) } } : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
    include: { actor: { select: { name: true, email: true } }, event: { select: { slug: true, name: true, timeZone: true } } },
  });
  const page = rows.slice(0, PAGE_SIZE);
  return {
    rows: page.map((row) => ({ ...row, id: row.id.toString() })),
    nextBefore: rows.length > PAGE_SIZE ? page.at(-1)!.id.toString() : null,
  };
}

/** The choices for the filters: actions that occur and people who acted. */
export async function auditFilterChoices() {
  const db = await getDb();
  const [actions, actors] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}
