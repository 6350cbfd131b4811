import type { Metadata } from "next";
import Link from "next/link";
import { requireEventPage } from "@/lib/auth/page-access";
import { formatEventDate } from "@/lib/format/datetime";
import { abbreviateRupiah } from "@/lib/money/rupiah";
import { eventTotals } from "@/lib/totals/queries";

export const metadata: Metadata = { title: "Meja petugas" };

type Props = { params: Promise<{ slug: string }> };

// The desk's home for one mission: where registration and signing start, with the figures so far.
export default async function EventDeskPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}`);
  const totals = await eventTotals(event.slug);
  if (!totals) return null;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-medium text-brand-700">Meja petugas</p>
        <h1 className="text-2xl font-bold">{event.name}</h1>
        <p className="text-slate-600">
          {totals.event.venue}, {totals.event.city} · {formatEventDate(totals.event.startsAt, event.timeZone)}
        </p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {totals.businesses.map((side) => (
          <div key={side.code} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">Pelaku usaha {side.shortName}</dt>
            <dd className="mt-1 text-xl font-semibold" data-testid={`desk-side-${side.code}`}>
              {side.checkedIn} hadir / {side.registered} terdaftar / kuota {side.quota}
            </dd>
          </div>
        ))}
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
      <p className="text-sm text-slate-600">
        Halaman publik:{" "}
        <Link href={`/e/${event.slug}`} className="font-medium text-brand-700 underline">
          /e/{event.slug}
        </Link>
      </p>
    </div>
  );
}
