import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RealisationForm } from "./realisation-form";
import { VoidForm } from "./void-form";
import { requireEventPage } from "@/lib/auth/page-access";
import { commitmentDetail, realisationsOf } from "@/lib/commitments/queries";
import { formatQuantity } from "@/lib/commitments/letter-text";
import { signingSetup } from "@/lib/commitments/signing-setup";
import { formatEventTime, formatMoment, localIsoDateTime } from "@/lib/format/datetime";
import { abbreviateRupiah, amountInWords, formatRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";
import { INTL_TAG } from "@/lib/i18n/locale";
import { SigningDesk, type SigningInitial } from "../signing-form";
import { periodPhrase } from "@/lib/commitments/recurrence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("title") };
}

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ ganti?: string }> };

export default async function CommitmentPage({ params, searchParams }: Props) {
  const { slug, id } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/komitmen/${id}`);
  const c = await commitmentDetail(event.id, id);
  if (!c) notFound();
  const realisations = c.status === "SIGNED" ? await realisationsOf(event.id, c.id) : [];
  const realised = realisations.reduce((sum, r) => sum + r.amount, 0n);
  const replacing = (await searchParams).ganti === "1" && actor.role === "ADMIN" && c.status === "SIGNED";
  const tz = event.timeZone;
  const [t, instruments, recurrences, locale] = await Promise.all([
    getTranslations("commitment"),
    getTranslations("instruments"),
    getTranslations("recurrences"),
    getLocale(),
  ]);
  const period = periodPhrase(recurrences, c.recurrence, c.recurrenceYears);
  const rupiah = (value: bigint) => formatRupiah(value, locale);
  const initial: SigningInitial = {
    visiting: { id: c.visitingBusiness.id, name: c.visitingBusiness.name, representative: c.visitingBusiness.representative },
    host: { id: c.hostBusiness.id, name: c.hostBusiness.name, representative: c.hostBusiness.representative },
    category: c.category,
    commodity: c.commodity,
    sector: c.sector,
    quantity: c.quantity ? formatQuantity(c.quantity.toString()) : "",
    unit: c.unit ?? "",
    instrument: c.instrument,
    value: formatRupiah(c.value),
    recurrence: c.recurrence,
    recurrenceYears: c.recurrenceYears ? String(c.recurrenceYears) : "",
  };
  const status = { SIGNED: t("statusSigned"), DRAFT: t("statusDraft"), VOID: t("statusVoid") }[c.status];
  const base = `/staf/e/${event.slug}/komitmen`;

  return (
    <div className="space-y-6">
      <div>
        <Link href={base} className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">
          {categoryLabel(c.category, c.visitingBusiness.side.shortName, locale)}: {c.commodity}
        </h1>
        <p className="text-slate-600" data-testid="commitment-status">
          {status}
          {c.signedAt && ` · ${formatMoment(c.signedAt, tz, locale)}`}
          {c.status === "VOID" &&
            c.voidedAt &&
            `${t("voidedAt", { moment: formatMoment(c.voidedAt, tz, locale) })}${c.voidedBy ? t("voidedBy", { name: c.voidedBy.name }) : ""}: ${c.voidReason}`}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-5 text-sm">
          <dt className="text-slate-500">{c.visitingBusiness.side.shortName}</dt>
          <dd>
            {c.visitingBusiness.name} <span className="text-slate-500">({c.visitingBusiness.representative})</span>
          </dd>
          <dt className="text-slate-500">{c.hostBusiness.side.shortName}</dt>
          <dd>
            {c.hostBusiness.name} <span className="text-slate-500">({c.hostBusiness.representative})</span>
          </dd>
          <dt className="text-slate-500">{t("sector")}</dt>
          <dd>{c.sector}</dd>
          {c.quantity && (
            <>
              <dt className="text-slate-500">{t("quantity")}</dt>
              <dd>
                {formatQuantity(c.quantity.toString())} {c.unit}
              </dd>
            </>
          )}
          <dt className="text-slate-500">{t("document")}</dt>
          <dd>{instruments(c.instrument)}</dd>
          <dt className="text-slate-500">{t("value")}</dt>
          <dd>
            <span className="text-lg font-bold" data-testid="commitment-value">
              {rupiah(c.value)}
              {period && ` ${period}`}
            </span>
            <span className="block text-slate-600">
              {abbreviateRupiah(c.value, { locale })} · {amountInWords(c.value, locale)}
            </span>
          </dd>
          <dt className="text-slate-500">{t("recorded")}</dt>
          <dd>
            {formatEventTime(c.createdAt, tz, locale)}
            {c.createdBy ? t("voidedBy", { name: c.createdBy.name }) : ""}
          </dd>
          {c.replaces && (
            <>
              <dt className="text-slate-500">{t("replaces")}</dt>
              <dd>
                <Link href={`${base}/${c.replaces.id}`} className="text-brand-700 underline">
                  {c.replaces.verificationCode}
                </Link>
              </dd>
            </>
          )}
          {c.replacedBy && (
            <>
              <dt className="text-slate-500">{t("replacedBy")}</dt>
              <dd>
                <Link href={`${base}/${c.replacedBy.id}`} className="text-brand-700 underline">
                  {c.replacedBy.verificationCode}
                </Link>
              </dd>
            </>
          )}
        </dl>
        <div className="space-y-4">
          {c.status !== "DRAFT" && (
            <div className="grid grid-cols-2 gap-4">
              {[
                { name: c.visitingSignerName, image: c.visitingSignature, side: c.visitingBusiness.side.shortName },
                { name: c.hostSignerName, image: c.hostSignature, side: c.hostBusiness.side.shortName },
              ].map((s) => (
                <figure key={s.side} className="rounded-lg border border-slate-200 bg-white p-3">
                  {/* eslint-disable-next-line @next/next/no-img-element -- a data URL from the pad, staff pages only */}
                  {s.image && <img src={s.image} alt={t("signatureOf", { side: s.side })} className="h-24 w-full object-contain" />}
                  <figcaption className="mt-1 text-sm">
                    {s.name} ({s.side})
                  </figcaption>
                </figure>
              ))}
            </div>
          )}
          <div className="flex flex-wrap gap-4 text-sm font-medium">
            {c.status !== "DRAFT" && (
              <a href={`/api/events/${event.slug}/commitments/${c.id}/letter`} className="text-brand-700 underline">
                {t("letter")}
              </a>
            )}
            <Link href={`/verify/${c.verificationCode}`} className="text-brand-700 underline">
              {t("publicPage")}
            </Link>
            {actor.role === "ADMIN" && c.status === "SIGNED" && !replacing && (
              <Link href={`${base}/${c.id}?ganti=1`} className="text-brand-700 underline">
                {t("replace")}
              </Link>
            )}
          </div>
          {actor.role === "ADMIN" && c.status !== "VOID" && !replacing && (
            <section className="rounded-xl border border-red-200 bg-white p-4" aria-labelledby="void-heading">
              <h2 id="void-heading" className="font-semibold text-red-800">
                {t("voidTitle")}
              </h2>
              <p className="text-sm text-slate-600">{t("voidHelp")}</p>
              <VoidForm slug={event.slug} commitmentId={c.id} />
            </section>
          )}
        </div>
      </div>

      {c.status === "SIGNED" && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="realisation-heading">
          <h2 id="realisation-heading" className="text-lg font-semibold">
            {t("realisation")}
          </h2>
          <p className="text-sm text-slate-600" data-testid="realised-total">
            {t("realised", { realised: rupiah(realised), committed: rupiah(c.value) })}
            {c.value > 0n && ` (${(Number((realised * 1000n) / c.value) / 10).toLocaleString(INTL_TAG[locale])}%)`}.
          </p>
          {realisations.length > 0 && (
            <ul className="divide-y divide-slate-200 text-sm">
              {realisations.map((r) => (
                <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    {r.realisedOn.toISOString().slice(0, 10)}
                    {r.note && <span className="text-slate-600"> · {r.note}</span>}
                    {r.createdBy && <span className="text-slate-500"> · {r.createdBy.name}</span>}
                  </span>
                  <span className="font-semibold tabular-nums">{rupiah(r.amount)}</span>
                </li>
              ))}
            </ul>
          )}
          {actor.role === "ADMIN" && c.signedAt && (
            <RealisationForm
              slug={event.slug}
              commitmentId={c.id}
              signedOn={localIsoDateTime(c.signedAt, event.timeZone).slice(0, 10)}
              today={localIsoDateTime(new Date(), event.timeZone).slice(0, 10)}
            />
          )}
        </section>
      )}

      {c.status === "DRAFT" && (
        <section className="space-y-3" aria-labelledby="draft-heading">
          <h2 id="draft-heading" className="text-lg font-semibold">
            {t("draftTitle")}
          </h2>
          <SigningDesk slug={event.slug} mode={{ kind: "draft", commitmentId: c.id, initial }} {...await signingSetup(event.id)} />
        </section>
      )}
      {replacing && (
        <section className="space-y-3" aria-labelledby="replace-heading">
          <h2 id="replace-heading" className="text-lg font-semibold">
            {t("replaceTitle")}
          </h2>
          <p className="text-slate-600">{t("replaceHelp")}</p>
          <SigningDesk slug={event.slug} mode={{ kind: "replace", commitmentId: c.id, initial }} {...await signingSetup(event.id)} />
        </section>
      )}
    </div>
  );
}
