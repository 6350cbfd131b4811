import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { verification } from "@/lib/commitments/queries";
import { formatEventDate, formatEventTime } from "@/lib/format/datetime";
import { abbreviateRupiah, formatRupiah, terbilang } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";

export const metadata: Metadata = { title: "Verifikasi surat komitmen" };

type Props = { params: Promise<{ code: string }> };

// Public: what the QR code on a letter opens. The parties, category, value and status, nothing else.
export default async function VerifyPage({ params }: Props) {
  await connection();
  const { code } = await params;
  const found = await verification(code.toUpperCase());
  if (!found) notFound();
  const visiting = found.event.sides.find((s) => s.role === "VISITING")?.shortName ?? found.visitingBusiness.side.shortName;
  const tz = found.event.timeZone;
  const status =
    found.status === "SIGNED"
      ? { label: "Sah: ditandatangani kedua pihak", tone: "border-emerald-300 bg-emerald-50 text-emerald-900", at: found.signedAt }
      : found.status === "VOID"
        ? { label: "DIBATALKAN: tidak berlaku dan tidak dihitung dalam total", tone: "border-red-300 bg-red-50 text-red-900", at: found.voidedAt }
        : { label: "Draf: belum ditandatangani", tone: "border-amber-300 bg-amber-50 text-amber-900", at: null };
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <div>
        <p className="text-sm font-medium text-brand-700">Verifikasi surat komitmen transaksi</p>
        <h1 className="text-2xl font-bold">{found.event.name}</h1>
        <p className="font-mono text-sm tracking-widest text-slate-500">{found.verificationCode}</p>
      </div>
      <p className={`rounded-xl border-2 p-4 text-lg font-semibold ${status.tone}`} data-testid="verification-status">
        {status.label}
        {status.at && <span className="block text-sm font-normal">{`${formatEventDate(status.at, tz)}, ${formatEventTime(status.at, tz)}`}</span>}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-5">
        <dt className="text-slate-500">Kategori</dt>
        <dd>{categoryLabel(found.category, visiting)}</dd>
        <dt className="text-slate-500">Pihak {found.visitingBusiness.side.shortName}</dt>
        <dd>{found.visitingBusiness.name}</dd>
        <dt className="text-slate-500">Pihak {found.hostBusiness.side.shortName}</dt>
        <dd>{found.hostBusiness.name}</dd>
        <dt className="text-slate-500">Komoditas</dt>
        <dd>{found.commodity}</dd>
        <dt className="text-slate-500">Nilai</dt>
        <dd>
          <span className="text-xl font-bold" data-testid="verification-value">
            {formatRupiah(found.value)}
          </span>
          <span className="block text-sm text-slate-600">
            {abbreviateRupiah(found.value)} · {terbilang(found.value)}
          </span>
        </dd>
      </dl>
      {found.replacedBy && (
        <p className="text-sm text-slate-600">
          Diganti oleh surat{" "}
          <a href={`/verify/${found.replacedBy.verificationCode}`} className="font-mono text-brand-700 underline">
            {found.replacedBy.verificationCode}
          </a>
          .
        </p>
      )}
    </div>
  );
}
