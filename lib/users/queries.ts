import "server-only";
import { getDb } from "@/lib/db/client";

/** Staff accounts for the organizer's list. Never the password hash. */
export async function listStaff() {
  const db = await getDb();
  return db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      mustChangePassword: true,
      createdAt: true,
      assignments: { select: { event: { select: { id: true, name: true, slug: true } } } },
    },
  });
}

export async function staffMember(id: string) {
  const db = await getDb();
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      mustChangePassword: true,
      createdAt: true,
      assignments: { select: { eventId: true } },
    },
  });
}
