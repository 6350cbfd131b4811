import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { eventTotals, targetPassedAt, totalsToJson } from "@/lib/totals/queries";
import { LiveBoard } from "./live-board";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string }> };

/** Each screen can be set on its own (…/board?lang=en on the projector), whatever the viewer's own choice. */
async function boardLocale(searchParams: Props["searchParams"]): Promise<Locale> {
  const { lang } = await searchParams;
  return isLocale(lang) ? lang : getLocale();
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const totals = await eventTotals((await params).slug);
  const t = await getTranslations({ locale: await boardLocale(searchParams), namespace: "board" });
  return { title: totals ? t("title", { name: totals.event.name }) : undefined };
}

// The big screen in the hall: public, pushed live, made for a 16:9 projector.
export default async function BoardPage({ params, searchParams }: Props) {
  await connection();
  const totals = await eventTotals((await params).slug);
  if (!totals) notFound();
  const locale = await boardLocale(searchParams);
  const sides = totals.businesses.map(({ code, shortName, province, role }) => ({ code, shortName, province, role }));
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)}>
      <LiveBoard slug={totals.event.slug} initial={totalsToJson(totals, await targetPassedAt(totals))} sides={sides} />
    </NextIntlClientProvider>
  );
}
