import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/page-access";
import { listStaffEvents } from "@/lib/events/queries";
import { formatEventDate } from "@/lib/format/datetime";

export const metadata: Metadata = { title: "Petugas" };

export default async function StaffHomePage() {
  const actor = await requireStaffPage("STAFF", "/staf");
  const events = await listStaffEvents(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Selamat bertugas, {actor.name}</h1>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {actor.role === "ADMIN" ? "Belum ada misi dagang." : "Anda belum ditugaskan di misi dagang mana pun. Minta panitia menambahkan penugasan."}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {events.map((event) => (
            <li key={event.id}>
              <Link href={`/staf/e/${event.slug}`} className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600 hover:shadow">
                <h2 className="text-lg font-semibold">{event.name}</h2>
                <p className="mt-1 text-sm text-slate-600">
                  {event.city} · {formatEventDate(event.startsAt, event.timeZone)}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
