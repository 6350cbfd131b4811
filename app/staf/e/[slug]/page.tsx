import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { formatEventDate, formatEventTime, formatMoment, localIsoDateTime } from "@/lib/format/datetime";
import { formatRupiah } from "@/lib/money/rupiah";
import { officialFigures } from "@/lib/official/queries";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";
import { DeskFigures } from "./desk-figures";
import { InterimForm } from "./interim-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

// The desk's home for one mission: the figures as other desks work (live), and where to go next.
export default async function EventDeskPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}`);
  const [totals, freezes] = await Promise.all([eventTotals(event.slug), actor.role === "ADMIN" ? officialFigures(event.id) : []]);
  if (!totals) return null;
  const [t, locale] = await Promise.all([getTranslations("desk"), getLocale()]);
  const rupiah = (value: bigint) => formatRupiah(value, locale);
  // Earlier freezes, newest first; the live figure and the freeze itself are DeskFigures'.
  const freezeList = freezes.length > 0 && (
    <ul className="space-y-1 text-sm" data-testid="freezes">
      {freezes.map((f, i) => (
        <li key={f.id} className={i === 0 ? "font-medium" : "text-slate-500 line-through"}>
          {t("freezeLine", { moment: formatMoment(f.frozenAt, event.timeZone, locale), total: rupiah(f.total), count: f.commitments })}
          {f.frozenBy ? t("by", { name: f.frozenBy.name }) : ""}
          {f.note ? ` · ${f.note}` : ""}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-medium text-slate-500">{t("title")}</p>
        <h1 className="text-2xl font-bold">{event.name}</h1>
        <p className="text-slate-600">
          {totals.event.venue}, {totals.event.city} · {formatEventDate(totals.event.startsAt, event.timeZone, locale)}
        </p>
      </div>
      <DeskFigures
        slug={event.slug}
        initial={totalsToJson(totals)}
        sides={totals.businesses.map(({ code, shortName, province }) => ({ code, shortName, province }))}
        freezes={actor.role === "ADMIN" ? freezeList : undefined}
      />
      {actor.role === "ADMIN" && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="interim-heading">
          <h2 id="interim-heading" className="text-lg font-semibold">
            {t("interim")}
          </h2>
          <p className="text-sm text-slate-600">{t("interimHelp")}</p>
          {totals.interim && (
            <p className="text-sm font-medium" data-testid="desk-interim">
              {t("interimLine", {
                time: formatEventTime(totals.interim.asOf, event.timeZone, locale),
                total: rupiah(totals.interim.total),
                count: totals.interim.commitments,
              })}
            </p>
          )}
          <InterimForm slug={event.slug} now={localIsoDateTime(new Date(), event.timeZone).slice(0, 16)} />
        </section>
      )}
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
      <p className="text-sm text-slate-600">
        {t("publicPage")}{" "}
        <Link href={`/e/${event.slug}`} className="font-medium text-brand-700 underline">
          /e/{event.slug}
        </Link>
      </p>
    </div>
  );
}
