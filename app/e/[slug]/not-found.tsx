import Link from "next/link";

export default function EventNotFound() {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-2xl font-semibold">Misi dagang tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Alamat ini tidak cocok dengan misi dagang mana pun.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Lihat semua misi dagang
      </Link>
    </div>
  );
}
