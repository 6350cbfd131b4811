import Link from "next/link";
import { EmptyState } from "@/app/_components/data-table";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { listPublicEvents } from "@/lib/events/queries";
import { formatEventDate } from "@/lib/format/datetime";

export default async function HomePage() {
  await connection();
  const events = await listPublicEvents();
  const [t, locale] = await Promise.all([getTranslations("home"), getLocale()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      {events.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {events.map((event) => (
            <li key={event.slug}>
              <Link
                href={`/e/${event.slug}`}
                className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600 hover:shadow"
              >
                <h2 className="text-lg font-semibold">{event.name}</h2>
                <p className="mt-1 text-sm text-slate-600">
                  {event.venue}, {event.city} · {formatEventDate(event.startsAt, event.timeZone, locale)}
                </p>
                <p className="mt-2 text-sm text-slate-500">{event.sides.map((s) => s.province).join(" ↔ ")}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
