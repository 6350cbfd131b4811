import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { verification } from "@/lib/commitments/queries";
import { formatEventDate, formatEventTime } from "@/lib/format/datetime";
import { abbreviateRupiah, amountInWords, formatRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("title") };
}

type Props = { params: Promise<{ code: string }> };

// Public: what the QR code on a letter opens. The parties, category, value and status, nothing else.
export default async function VerifyPage({ params }: Props) {
  await connection();
  const { code } = await params;
  const found = await verification(code.toUpperCase());
  if (!found) notFound();
  const visiting = found.event.sides.find((s) => s.role === "VISITING")?.shortName ?? found.visitingBusiness.side.shortName;
  const tz = found.event.timeZone;
  const [t, locale] = await Promise.all([getTranslations("verify"), getLocale()]);
  const status =
    found.status === "SIGNED"
      ? { label: t("signed"), tone: "border-emerald-300 bg-emerald-50 text-emerald-900", at: found.signedAt }
      : found.status === "VOID"
        ? { label: t("void"), tone: "border-red-300 bg-red-50 text-red-900", at: found.voidedAt }
        : { label: t("draft"), tone: "border-amber-300 bg-amber-50 text-amber-900", at: null };
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <div>
        <p className="text-sm font-medium text-brand-700">{t("heading")}</p>
        <h1 className="text-2xl font-bold">{found.event.name}</h1>
        <p className="font-mono text-sm tracking-widest text-slate-500">{found.verificationCode}</p>
      </div>
      <p className={`rounded-xl border-2 p-4 text-lg font-semibold ${status.tone}`} data-testid="verification-status">
        {status.label}
        {status.at && (
          <span className="block text-sm font-normal">{`${formatEventDate(status.at, tz, locale)}, ${formatEventTime(status.at, tz, locale)}`}</span>
        )}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-5">
        <dt className="text-slate-500">{t("category")}</dt>
        <dd>{categoryLabel(found.category, visiting, locale)}</dd>
        <dt className="text-slate-500">{t("party", { side: found.visitingBusiness.side.shortName })}</dt>
        <dd>{found.visitingBusiness.name}</dd>
        <dt className="text-slate-500">{t("party", { side: found.hostBusiness.side.shortName })}</dt>
        <dd>{found.hostBusiness.name}</dd>
        <dt className="text-slate-500">{t("commodity")}</dt>
        <dd>{found.commodity}</dd>
        <dt className="text-slate-500">{t("value")}</dt>
        <dd>
          <span className="text-xl font-bold" data-testid="verification-value">
            {formatRupiah(found.value, locale)}
          </span>
          <span className="block text-sm text-slate-600">
            {abbreviateRupiah(found.value, { locale })} · {amountInWords(found.value, locale)}
          </span>
        </dd>
      </dl>
      {found.replacedBy && (
        <p className="text-sm text-slate-600">
          {t("replacedBy")}{" "}
          <a href={`/verify/${found.replacedBy.verificationCode}`} className="font-mono text-brand-700 underline">
            {found.replacedBy.verificationCode}
          </a>
          .
        </p>
      )}
    </div>
  );
}
