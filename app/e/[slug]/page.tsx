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

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">{event.name}</h1>
        <p className="mt-1 text-slate-600">
          {event.venue}, {event.city} · {formatEventDate(event.startsAt, event.timeZone)}, {formatEventTime(event.startsAt, event.timeZone)}–{formatEventTime(event.endsAt, event.timeZone)}
        </p>
      </section>

      <section className="rounded-2xl bg-brand-900 p-5 text-white shadow-lg sm:p-6" aria-labelledby="total-heading">
        <h2 id="total-heading" className="text-sm font-medium uppercase tracking-wide text-emerald-200">Total komitmen transaksi</h2>
        <p className="mt-2 text-[clamp(1.25rem,6vw,3rem)] font-bold leading-tight" data-testid="grand-total">{formatRupiah(totals.total)}</p>
        <p className="mt-1 text-lg text-emerald-100">{abbreviateRupiah(totals.total)}</p>
        <p className="mt-3 text-sm italic text-emerald-200 first-letter:uppercase">{terbilang(totals.total)}</p>
      </section>

      <section className="grid gap-4 sm:grid-cols-3" aria-label="Per kategori">
        {CATEGORIES.map((category) => (
          <div key={category} className="rounded-xl border border-slate-200 bg-white p-5" data-testid={`category-${category}`}>
            <h3 className="text-sm font-medium text-slate-500">{categoryLabel(category, visiting?.shortName ?? "Delegasi")}</h3>
            <p className="mt-1 text-2xl font-semibold">{abbreviateRupiah(totals.byCategory[category])}</p>
            <p className="text-sm text-slate-500">{formatRupiah(totals.byCategory[category])}</p>
          </div>
        ))}
      </section>

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
