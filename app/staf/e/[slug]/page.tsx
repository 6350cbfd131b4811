import type { Metadata } from "next";
import Link from "next/link";
import { requireEventPage } from "@/lib/auth/page-access";
import { formatEventDate, formatMoment } from "@/lib/format/datetime";
import { abbreviateRupiah, formatRupiah } from "@/lib/money/rupiah";
import { officialFigures } from "@/lib/official/queries";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";
import { FreezeForm } from "./freeze-form";
import { LiveCounters } from "./live-counters";

export const metadata: Metadata = { title: "Meja petugas" };

type Props = { params: Promise<{ slug: string }> };

// The desk's home for one mission: the counters as other desks work, and where to go next.
export default async function EventDeskPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}`);
  const [totals, freezes] = await Promise.all([eventTotals(event.slug), actor.role === "ADMIN" ? officialFigures(event.id) : []]);
  if (!totals) return null;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-medium text-slate-500">Meja petugas</p>
        <h1 className="text-2xl font-bold">{event.name}</h1>
        <p className="text-slate-600">
          {totals.event.venue}, {totals.event.city} · {formatEventDate(totals.event.startsAt, event.timeZone)}
        </p>
      </div>
      <LiveCounters slug={event.slug} initial={totalsToJson(totals)} sides={totals.businesses.map(({ code, shortName, province }) => ({ code, shortName, province }))} />
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Komitmen transaksi ditandatangani</dt>
          <dd className="mt-1 text-xl font-semibold">
            {totals.commitments} · {abbreviateRupiah(totals.total)}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Kerja sama antar-OPD</dt>
          <dd className="mt-1 text-xl font-semibold">{totals.agreements}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-3">
        <Link href={`/staf/e/${event.slug}/check-in`} className="rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          Buka meja check-in
        </Link>
        <Link href={`/staf/e/${event.slug}/pelaku-usaha/baru`} className="rounded-lg border border-slate-300 bg-white px-5 py-3 text-lg font-semibold text-slate-800 hover:bg-slate-50">
          Daftarkan pelaku usaha di tempat
        </Link>
      </div>
      {actor.role === "ADMIN" && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="official-heading">
          <h2 id="official-heading" className="text-lg font-semibold">
            Angka resmi
          </h2>
          <p className="text-sm text-slate-600">
            Pada waktu yang diumumkan, bekukan total saat ini ({formatRupiah(totals.total)}) sebagai angka resmi. Halaman publik dan API lalu menampilkannya, dan perubahan sesudahnya ditampilkan terpisah.
          </p>
          {freezes.length > 0 && (
            <ul className="space-y-1 text-sm" data-testid="freezes">
              {freezes.map((f, i) => (
                <li key={f.id} className={i === 0 ? "font-medium" : "text-slate-500 line-through"}>
                  {formatMoment(f.frozenAt, event.timeZone)}: {formatRupiah(f.total)} ({f.commitments} komitmen){f.frozenBy ? ` oleh ${f.frozenBy.name}` : ""}
                  {f.note ? ` · ${f.note}` : ""}
                </li>
              ))}
            </ul>
          )}
          <FreezeForm slug={event.slug} total={formatRupiah(totals.total)} />
        </section>
      )}
      <p className="text-sm text-slate-600">
        Halaman publik:{" "}
        <Link href={`/e/${event.slug}`} className="font-medium text-brand-700 underline">
          /e/{event.slug}
        </Link>
      </p>
    </div>
  );
}
