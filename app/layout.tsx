import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./_components/language-switch";
import { ServiceWorker } from "./_offline/service-worker";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  // The manifest (public/) lets a desk tablet put the app on its home screen.
  return { title: { default: "Misi Dagang", template: "%s · Misi Dagang" }, description: t("description"), manifest: "/manifest.webmanifest" };
}

export const viewport: Viewport = { themeColor: "#0b5e39" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so Next can put this request's CSP nonce on its scripts.
  await connection();
  const locale = await getLocale();
  const t = await getTranslations("layout");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <header className="border-b border-slate-200 bg-white print:hidden">
            <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
              <Link href="/" className="text-lg font-semibold text-brand-700">
                Misi Dagang
              </Link>
              <div className="flex items-center gap-4">
                <LanguageSwitch />
                <Link href="/staf" className="text-sm font-medium text-slate-600 hover:text-brand-700">
                  {t("staff")}
                </Link>
              </div>
            </div>
          </header>
          <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
          <ServiceWorker />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
