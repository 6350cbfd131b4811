import type { Metadata } from "next";
import { buttonClass } from "@/app/_components/button";
import { DataTable } from "@/app/_components/data-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pager } from "@/app/_components/pager";
import { firstValues } from "@/lib/kernel/form";
import { requireEventPage } from "@/lib/auth/page-access";
import { commitmentFilters, listCommitments } from "@/lib/commitments/queries";
import { formatEventTime } from "@/lib/format/datetime";
import { formatRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES = ["SIGNED", "DRAFT", "VOID"] as const;

export default async function CommitmentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/komitmen`);
  const raw = await searchParams;
  const filters = commitmentFilters.parse(firstValues(raw));
  const [{ total, rows, pages }, t, locale] = await Promise.all([listCommitments(event.id, filters), getTranslations("commitments"), getLocale()]);
  const base = `/staf/e/${event.slug}/komitmen`;
  const withStatus = (status?: string, page = 1) =>
    `${base}?${new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-slate-600">{t("count", { count: total })}</p>
        </div>
        <Link href={`${base}/baru`} className={buttonClass()}>
          {t("record")}
        </Link>
      </div>
      <nav className="flex flex-wrap gap-2 text-sm" aria-label={t("filter")}>
        <Link href={base} className="rounded-full border border-slate-300 bg-white px-3 py-1">
          {t("all")}
        </Link>
        {STATUSES.map((status) => (
          <Link key={status} href={withStatus(status)} className="rounded-full border border-slate-300 bg-white px-3 py-1">
            {t(`statuses.${status}`)}
          </Link>
        ))}
      </nav>
      <DataTable
        columns={[{ label: t("category") }, { label: t("parties") }, { label: t("commodity") }, { label: t("value"), numeric: true }, { label: t("status") }]}
        rows={rows.length}
        empty={t("none")}
      >
        {rows.map((c) => (
          <tr key={c.id} className="border-t border-slate-100">
            <td className="px-3 py-2">
              <Link href={`${base}/${c.id}`} className="font-medium text-brand-700 underline">
                {categoryLabel(c.category, c.visitingBusiness.side.shortName, locale)}
              </Link>
            </td>
            <td className="px-3 py-2">
              {c.visitingBusiness.name} — {c.hostBusiness.name}
            </td>
            <td className="px-3 py-2">{c.commodity}</td>
            <td className={`px-3 py-2 text-right tabular-nums ${c.status === "VOID" ? "text-slate-400 line-through" : ""}`}>{formatRupiah(c.value, locale)}</td>
            <td className="px-3 py-2">
              {t(`statuses.${c.status}`)}
              {c.signedAt && c.status === "SIGNED" ? ` ${formatEventTime(c.signedAt, event.timeZone, locale)}` : ""}
            </td>
          </tr>
        ))}
      </DataTable>
      {pages > 1 && <Pager page={filters.page} pages={pages} href={(page) => withStatus(filters.status, page)} />}
    </div>
  );
}
