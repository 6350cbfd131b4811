import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { abbreviateRupiah, formatRupiah, terbilang } from "@/lib/money/rupiah";
import { formatEventDate, formatEventTime } from "@/lib/format/datetime";
import { categoryLabel } from "@/lib/totals/labels";
import { CATEGORIES, eventTotals } from "@/lib/totals/queries";

type Props = { params: Promise<{ slug: string }> };

// The metadata and the page read the same snapshot: one query per request, not two.
const totalsFor = cache(eventTotals);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const totals = await totalsFor((await params).slug);
  return { title: totals?.event.name ?? "Misi dagang tidak ditemukan" };
}

export default async function EventPage({ params }: Props) {
  await connection();
  const totals = await totalsFor((await params).slug);
  if (!totals) notFound();
  const { event } = totals;
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
          {event.venue}, {event.city} · {formatEventDate(event.startsAt, event.timeZone)}, {formatEventTime(event.startsAt, event.timeZone)}–{formatEventTime(event.endsAt, event.timeZone)}
        </p>
      </section>

      <section className="rounded-2xl bg-brand-900 p-5 text-white shadow-lg sm:p-6" aria-labelledby="total-heading">
        <h2 id="total-heading" className="text-sm font-medium uppercase tracking-wide text-emerald-200">
          {official ? "Total transaksi final (angka resmi)" : "Total komitmen transaksi"}
        </h2>
        <p className="mt-2 text-[clamp(1.25rem,6vw,3rem)] font-bold leading-tight" data-testid="grand-total">{formatRupiah(headline)}</p>
        <p className="mt-1 text-lg text-emerald-100">{abbreviateRupiah(headline)}</p>
        <p className="mt-3 text-sm italic text-emerald-200 first-letter:uppercase">{terbilang(headline)}</p>
        {official && (
          <p className="mt-3 inline-block rounded-full bg-emerald-800 px-3 py-1 text-sm text-emerald-50" data-testid="official-badge">
            Angka resmi, dibekukan {formatEventDate(official.frozenAt, event.timeZone)} pukul {formatEventTime(official.frozenAt, event.timeZone)}
          </p>
        )}
      </section>

      <section className="grid gap-4 sm:grid-cols-3" aria-label="Per kategori">
        {CATEGORIES.map((category) => (
          <div key={category} className="rounded-xl border border-slate-200 bg-white p-5" data-testid={`category-${category}`}>
            <h3 className="text-sm font-medium text-slate-500">{categoryLabel(category, visiting?.shortName ?? "Delegasi")}</h3>
            <p className="mt-1 text-2xl font-semibold">{abbreviateRupiah(byCategory[category])}</p>
            <p className="text-sm text-slate-500">{formatRupiah(byCategory[category])}</p>
          </div>
        ))}
      </section>

      {official && changedSince && (
        <section className="rounded-xl border border-amber-300 bg-amber-50 p-5 text-amber-950" aria-labelledby="since-heading" data-testid="since-cut-off">
          <h2 id="since-heading" className="font-semibold">
            Perubahan setelah angka resmi
          </h2>
          <ul className="mt-1 space-y-0.5">
            {official.since.signed.count > 0 && (
              <li>
                {official.since.signed.count} komitmen ditandatangani kemudian: {formatRupiah(official.since.signed.total)}
              </li>
            )}
            {official.since.voided.count > 0 && (
              <li>
                {official.since.voided.count} komitmen dalam angka resmi dibatalkan kemudian: {formatRupiah(official.since.voided.total)}
              </li>
            )}
          </ul>
          <p className="mt-2">
            Total berjalan saat ini: <strong>{formatRupiah(totals.total)}</strong>
          </p>
        </section>
      )}

      <section className="grid gap-4 sm:grid-cols-4">
        <Figure label="Komitmen transaksi ditandatangani" value={totals.commitments} />
        <Figure label="Kerja sama antar-OPD" value={totals.agreements} />
        {totals.businesses.map((side) => (
          <Figure key={side.code} label={`Pelaku usaha ${side.province} hadir`} value={`${side.checkedIn} / ${side.quota}`} note={`${side.registered} terdaftar`} />
        ))}
      </section>

      <p className="text-xs text-slate-500">
        Angka dihitung dari komitmen yang sudah ditandatangani dan tidak dibatalkan. Diperbarui {formatEventDate(totals.updatedAt, event.timeZone)}, {formatEventTime(totals.updatedAt, event.timeZone)}. Data mentah: <a className="underline" href={`/api/events/${event.slug}/totals`}>API total</a>.
      </p>
    </div>
  );
}

function Figure({ label, value, note }: { label: string; value: number | string; note?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5">
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold">{value}</p>
      {note && <p className="text-sm text-slate-500">{note}</p>}
    </div>
  );
}
