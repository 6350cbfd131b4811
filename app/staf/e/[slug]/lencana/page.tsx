import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/data-table";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { pageOrigin } from "@/lib/http/page-origin";
import { badgesToPrint, eventSides } from "@/lib/businesses/queries";
import { PrintButton } from "@/app/_components/print-button";
import { Badge } from "./badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("badges"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ side?: string; id?: string | string[] }> };

// Badges to print from the browser on A4: eight to a page, cut along the borders.
export default async function BadgesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { side, id } = await searchParams;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/lencana`);
  const ids = id ? [id].flat().slice(0, 500) : undefined;
  const [businesses, setup, origin, t] = await Promise.all([
    badgesToPrint(event.id, { side, ids }),
    eventSides(event.id),
    pageOrigin(),
    getTranslations("badges"),
  ]);
  const base = `/staf/e/${event.slug}/lencana`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-slate-600">{t("count", { count: businesses.length })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Link href={base} className="rounded-full border border-slate-300 bg-white px-3 py-1">
            {t("all")}
          </Link>
          {setup.sides.map((s) => (
            <Link key={s.code} href={`${base}?side=${s.code}`} className="rounded-full border border-slate-300 bg-white px-3 py-1">
              {s.shortName}
            </Link>
          ))}
          <PrintButton label={t("print")} />
        </div>
      </div>
      {businesses.length === 0 ? (
        <EmptyState className="print:hidden">{t("none")}</EmptyState>
      ) : (
        <div className="print-sheet badge-sheet grid grid-cols-1 justify-items-center gap-3 sm:grid-cols-2">
          {businesses.map((business) => (
            <Badge key={business.id} business={business} eventName={event.name} origin={origin} />
          ))}
        </div>
      )}
    </div>
  );
}
