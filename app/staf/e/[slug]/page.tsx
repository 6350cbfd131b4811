import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { formatEventDate, formatMoment } from "@/lib/format/datetime";
import { abbreviateRupiah, formatRupiah } from "@/lib/money/rupiah";
import { officialFigures } from "@/lib/official/queries";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";
import { FreezeForm } from "./freeze-form";
import { LiveCounters } from "./live-counters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

// The desk's home for one mission: the counters as other desks work, and where to go next.
export default async function EventDeskPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}`);
  const [totals, freezes] = await Promise.all([eventTotals(event.slug), actor.role === "ADMIN" ? officialFigures(event.id) : []]);
  if (!totals) return null;
  const [t, locale] = await Promise.all([getTranslations("desk"), getLocale()]);
  const rupiah = (value: bigint) => formatRupiah(value, locale);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-medium text-slate-500">{t("title")}</p>
        <h1 className="text-2xl font-bold">{event.name}</h1>
        <p className="text-slate-600">
          {totals.event.venue}, {totals.event.city} · {formatEventDate(totals.event.startsAt, event.timeZone, locale)}
        </p>
      </div>
      <LiveCounters
        slug={event.slug}
        initial={totalsToJson(totals)}
        sides={totals.businesses.map(({ code, shortName, province }) => ({ code, shortName, province }))}
      />
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("commitmentsSigned")}</dt>
          <dd className="mt-1 text-xl font-semibold">
            {totals.commitments} · {abbreviateRupiah(totals.total, { locale })}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("agreements")}</dt>
          <dd className="mt-1 text-xl font-semibold">{totals.agreements}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-3">
        <Link href={`/staf/e/${event.slug}/check-in`} className="rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          {t("openCheckIn")}
        </Link>
        <Link
          href={`/staf/e/${event.slug}/pelaku-usaha/baru`}
          className="rounded-lg border border-slate-300 bg-white px-5 py-3 text-lg font-semibold text-slate-800 hover:bg-slate-50"
        >
          {t("registerWalkIn")}
        </Link>
      </div>
      {actor.role === "ADMIN" && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="official-heading">
          <h2 id="official-heading" className="text-lg font-semibold">
            {t("official")}
          </h2>
          <p className="text-sm text-slate-600">{t("officialHelp", { total: rupiah(totals.total) })}</p>
          {freezes.length > 0 && (
            <ul className="space-y-1 text-sm" data-testid="freezes">
              {freezes.map((f, i) => (
                <li key={f.id} className={i === 0 ? "font-medium" : "text-slate-500 line-through"}>
                  {t("freezeLine", { moment: formatMoment(f.frozenAt, event.timeZone, locale), total: rupiah(f.total), count: f.commitments })}
                  {f.frozenBy ? t("by", { name: f.frozenBy.name }) : ""}
                  {f.note ? ` · ${f.note}` : ""}
                </li>
              ))}
            </ul>
          )}
          <FreezeForm slug={event.slug} total={rupiah(totals.total)} />
        </section>
      )}
      <p className="text-sm text-slate-600">
        {t("publicPage")}{" "}
        <Link href={`/e/${event.slug}`} className="font-medium text-brand-700 underline">
          /e/{event.slug}
        </Link>
      </p>
    </div>
  );
}
