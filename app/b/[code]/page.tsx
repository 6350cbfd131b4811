import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/data-table";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { representativeView } from "@/lib/businesses/representative-access";
import { formatMoment } from "@/lib/format/datetime";
import { formatRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("letters"))("title"), robots: { index: false } };
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ k?: string }> };

// Opened from the QR code on a badge: the business's own letters, only with the badge's secret.
export default async function RepresentativePage({ params, searchParams }: Props) {
  await connection();
  const { code } = await params;
  const { k = "" } = await searchParams;
  const view = await representativeView(code.toUpperCase(), k);
  if (!view) notFound();
  const { business, commitments } = view;
  const [t, locale] = await Promise.all([getTranslations("letters"), getLocale()]);
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div>
        <p className="text-sm font-medium text-brand-700">{business.event.name}</p>
        <h1 className="text-2xl font-bold">{business.name}</h1>
        <p className="text-slate-600">
          {business.side.shortName} · {business.side.province}
        </p>
      </div>
      {commitments.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="representative-letters">
          {commitments.map((c) => (
            <li key={c.id} className={`rounded-xl border border-slate-200 bg-white p-4 ${c.status === "VOID" ? "opacity-60" : ""}`}>
              <p className="font-semibold">
                {categoryLabel(c.category, c.visitingBusiness.side.shortName, locale)}: {c.commodity}
              </p>
              <p className="text-sm text-slate-600">
                {t("with", { name: c.visitingBusiness.id === business.id ? c.hostBusiness.name : c.visitingBusiness.name })} · {formatRupiah(c.value, locale)}
                {c.signedAt ? ` · ${formatMoment(c.signedAt, business.event.timeZone, locale)}` : ""}
                {c.status === "VOID" ? t("void") : ""}
              </p>
              <div className="mt-1 flex gap-4 text-sm font-medium">
                <a href={`/b/${code.toUpperCase()}/surat/${c.id}?k=${encodeURIComponent(k)}`} className="text-brand-700 underline">
                  {t("download")}
                </a>
                <a href={`/verify/${c.verificationCode}`} className="text-brand-700 underline">
                  {t("verify")}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
