import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/data-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/page-access";
import { listStaffEvents } from "@/lib/events/queries";
import { formatEventDate } from "@/lib/format/datetime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffHome"))("title") };
}

export default async function StaffHomePage() {
  const actor = await requireStaffPage("STAFF", "/staf");
  const [events, t, tMissions, locale] = await Promise.all([listStaffEvents(actor), getTranslations("staffHome"), getTranslations("missions"), getLocale()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("welcome", { name: actor.name })}</h1>
      {events.length === 0 ? (
        <EmptyState>{actor.role === "ADMIN" ? t("noneAdmin") : t("noneDesk")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {events.map((event) => (
            <li key={event.id}>
              <Link
                href={`/staf/e/${event.slug}`}
                className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600 hover:shadow"
              >
                <h2 className="text-lg font-semibold">{event.name}</h2>
                <p className="mt-1 text-sm text-slate-600">
                  {event.city} · {formatEventDate(event.startsAt, event.timeZone, locale)} ·{" "}
                  <span className={event.status === "LIVE" ? "font-semibold text-emerald-700" : "font-medium text-slate-700"} data-testid="mission-status">
                    {tMissions(`statuses.${event.status}`)}
                  </span>
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
