import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Misi Dagang", template: "%s · Misi Dagang" },
  description: "Pendaftaran, penandatanganan komitmen transaksi dan papan angka misi dagang antarprovinsi.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put this request's CSP nonce on its scripts.
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-brand-700">
              Misi Dagang
            </Link>
            <Link href="/staf" className="text-sm font-medium text-slate-600 hover:text-brand-700">
              Petugas
            </Link>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
