import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { abbreviateRupiah, amountInWords, formatRupiah } from "@/lib/money/rupiah";
import { formatEventDate, formatEventTime } from "@/lib/format/datetime";
import { categoryLabel } from "@/lib/totals/labels";
import { CATEGORIES, eventTotals } from "@/lib/totals/queries";
import { partiesByKind } from "@/lib/agreements/party-kinds";
import Link from "next/link";

type Props = { params: Promise<{ slug: string }> };

// The metadata and the page read the same snapshot: one query per request, not two.
const totalsFor = cache(eventTotals);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const totals = await totalsFor((await params).slug);
  return { title: totals?.event.name ?? (await getTranslations("event"))("notFound") };
}

export default async function EventPage({ params }: Props) {
  await connection();
  const totals = await totalsFor((await params).slug);
  if (!totals) notFound();
  const { event } = totals;
  const [t, kinds, locale] = await Promise.all([getTranslations("event"), getTranslations("partyKinds"), getLocale()]);
  const rupiah = (value: bigint) => formatRupiah(value, locale);
  const short = (value: bigint) => abbreviateRupiah(value, { locale });
  const date = (d: Date) => formatEventDate(d, event.timeZone, locale);
  const time = (d: Date) => formatEventTime(d, event.timeZone, locale);
  const visiting = totals.businesses.find((side) => side.role === "VISITING");
  // After the cut-off the headline is the frozen official figure; later changes are shown apart.
  const official = totals.official;
  const headline = official?.total ?? totals.total;
  const byCategory = official?.byCategory ?? totals.byCategory;
  const changedSince = official && (official.since.signed.count > 0 || official.since.voided.count > 0);

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">{event.name}</h1>
        <p className="mt-1 text-slate-600">
          {event.venue}, {event.city} · {date(event.startsAt)}, {time(event.startsAt)}–{time(event.endsAt)}
        </p>
      </section>

      <section className="rounded-2xl bg-brand-900 p-5 text-white shadow-lg sm:p-6" aria-labelledby="total-heading">
        <h2 id="total-heading" className="text-sm font-medium tracking-wide text-emerald-200 uppercase">
          {official ? t("officialTotal") : t("runningTotal")}
        </h2>
        <p className="mt-2 text-[clamp(1.25rem,6vw,3rem)] leading-tight font-bold" data-testid="grand-total">
          {rupiah(headline)}
        </p>
        <p className="mt-1 text-lg text-emerald-100">{short(headline)}</p>
        <p className="mt-3 text-sm text-emerald-200 italic first-letter:uppercase">{amountInWords(headline, locale)}</p>
        {!official && totals.interim && (
          <p className="mt-3 rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950" data-testid="event-interim">
            {t("interimLine", { time: time(totals.interim.asOf), amount: rupiah(totals.interim.total) })}
          </p>
        )}
        {official && (
          <p className="mt-3 inline-block rounded-full bg-emerald-800 px-3 py-1 text-sm text-emerald-50" data-testid="official-badge">
            {t("frozen", { date: date(official.frozenAt), time: time(official.frozenAt) })}
          </p>
        )}
      </section>

      <section className="grid gap-4 sm:grid-cols-3" aria-label={t("byCategory")}>
        {CATEGORIES.map((category) => (
          <div key={category} className="rounded-xl border border-slate-200 bg-white p-5" data-testid={`category-${category}`}>
            <h3 className="text-sm font-medium text-slate-500">{categoryLabel(category, visiting?.shortName ?? t("delegation"), locale)}</h3>
            <p className="mt-1 text-2xl font-semibold" data-testid={`category-short-${category}`}>
              {short(byCategory[category])}
            </p>
            <p className="text-sm text-slate-500">{rupiah(byCategory[category])}</p>
          </div>
        ))}
      </section>

      {official && changedSince && (
        <section className="rounded-xl border border-amber-300 bg-amber-50 p-5 text-amber-950" aria-labelledby="since-heading" data-testid="since-cut-off">
          <h2 id="since-heading" className="font-semibold">
            {t("changedSince")}
          </h2>
          <ul className="mt-1 space-y-0.5">
            {official.since.signed.count > 0 && <li>{t("signedSince", { count: official.since.signed.count, total: rupiah(official.since.signed.total) })}</li>}
            {official.since.voided.count > 0 && <li>{t("voidedSince", { count: official.since.voided.count, total: rupiah(official.since.voided.total) })}</li>}
          </ul>
          <p className="mt-2">
            {t("runningNow")} <strong>{rupiah(totals.total)}</strong>
          </p>
        </section>
      )}

      <section className="grid gap-4 sm:grid-cols-4">
        <Figure label={t("commitments")} value={(official ?? totals).commitments} testId="event-commitments" />
        <Figure
          label={t("agreements")}
          value={(official ?? totals).agreements}
          note={partiesByKind(totals.agreementParties, (kind, count) => kinds("count", { kind, count }))}
          noteTestId="event-agreement-parties"
        />
        {totals.businesses.map((side) => (
          <Figure
            key={side.code}
            label={t("present", { province: side.province })}
            value={`${side.checkedIn} / ${side.quota}`}
            note={t("registered", { count: side.registered })}
          />
        ))}
        {totals.meetings.scheduled > 0 && (
          <Figure
            label={t("meetings")}
            value={`${totals.meetings.held} / ${totals.meetings.scheduled}`}
            note={t("meetingsNote", { noShow: totals.meetings.noShow })}
            testId="event-meetings"
          />
        )}
      </section>

      <p className="text-xs text-slate-500">
        {t("footnote", { date: date(totals.updatedAt), time: time(totals.updatedAt) })}{" "}
        <a className="underline" href={`/api/events/${event.slug}/totals`}>
          {t("api")}
        </a>
        {" · "}
        <Link className="underline" href={`/e/${event.slug}/board`}>
          {t("board")}
        </Link>
        {totals.meetings.scheduled > 0 && (
          <>
            {" · "}
            <Link className="underline" href={`/e/${event.slug}/meja`}>
              {t("hallScreen")}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}

function Figure({ label, value, note, testId, noteTestId }: { label: string; value: number | string; note?: string; testId?: string; noteTestId?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5">
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold" data-testid={testId}>
        {value}
      </p>
      {note && (
        <p className="text-sm text-slate-500" data-testid={noteTestId}>
          {note}
        </p>
      )}
    </div>
  );
}
