import Link from "next/link";

export default function NotFound() {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-2xl font-semibold">Halaman tidak ditemukan</h1>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">Kembali ke beranda</Link>
    </div>
  );
}
