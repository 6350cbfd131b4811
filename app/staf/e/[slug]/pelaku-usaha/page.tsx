import type { Metadata } from "next";
import { buttonClass } from "@/app/_components/button";
import { DataTable } from "@/app/_components/data-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass, labelClass } from "@/app/_components/form";
import { Pager } from "@/app/_components/pager";
import { firstValues } from "@/lib/kernel/form";
import { requireEventPage } from "@/lib/auth/page-access";
import { businessFilters, eventSides, listBusinesses, type BusinessFilters } from "@/lib/businesses/queries";
import { formatEventTime } from "@/lib/format/datetime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("businesses"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(base: string, filters: BusinessFilters, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) if (value && !(key === "page" && value === 1)) params.set(key, String(value));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export default async function BusinessesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/pelaku-usaha`);
  const raw = await searchParams;
  const filters = businessFilters.parse(firstValues(raw));
  const [{ total, rows, pages }, setup, t, locale] = await Promise.all([
    listBusinesses(event.id, filters),
    eventSides(event.id),
    getTranslations("businesses"),
    getLocale(),
  ]);
  const base = `/staf/e/${event.slug}/pelaku-usaha`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-slate-600" data-testid="business-count">
            {t("count", { count: total })}
          </p>
        </div>
        <Link href={`${base}/baru`} className={buttonClass()}>
          {t("walkIn")}
        </Link>
      </div>
      <form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5">
        <div>
          <label htmlFor="f-side" className={labelClass}>
            {t("side")}
          </label>
          <select id="f-side" name="side" defaultValue={filters.side ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            {setup.sides.map((s) => (
              <option key={s.code} value={s.code}>
                {s.shortName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-sector" className={labelClass}>
            {t("sector")}
          </label>
          <select id="f-sector" name="sector" defaultValue={filters.sector ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            {setup.sectors.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className={labelClass}>
            {t("presence")}
          </label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            <option value="hadir">{t("checkedIn")}</option>
            <option value="belum">{t("notCheckedIn")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-source" className={labelClass}>
            {t("registration")}
          </label>
          <select id="f-source" name="source" defaultValue={filters.source ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            <option value="PRE_REGISTERED">{t("preRegistered")}</option>
            <option value="WALK_IN">{t("onSite")}</option>
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            {t("filter")}
          </button>
        </div>
      </form>
      <DataTable
        columns={[
          { label: t("name") },
          { label: t("representative") },
          { label: t("side") },
          { label: t("sector") },
          { label: t("regency") },
          { label: t("presence") },
        ]}
        rows={rows.length}
        empty={t("none")}
        testId="business-table"
      >
        {rows.map((b) => (
          <tr key={b.id} className="border-t border-slate-100">
            <td className="px-3 py-2">
              <Link href={`${base}/${b.id}`} className="font-medium text-brand-700 underline">
                {b.name}
              </Link>
              {b.source === "WALK_IN" && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-600">{t("walkInTag")}</span>}
            </td>
            <td className="px-3 py-2">{b.representative}</td>
            <td className="px-3 py-2">{b.side.shortName}</td>
            <td className="px-3 py-2">{b.sector}</td>
            <td className="px-3 py-2">{b.regency || "—"}</td>
            <td className="px-3 py-2">
              {b.checkedInAt ? (
                `${t("present", { time: formatEventTime(b.checkedInAt, event.timeZone, locale) })}${b.checkedInDesk ? ` · ${b.checkedInDesk}` : ""}`
              ) : (
                <span className="text-slate-500">{t("notYet")}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager
        page={filters.page}
        pages={pages}
        href={(page) => href(base, filters, page)}
        extra={
          rows.length > 0 && (
            <Link href={`/staf/e/${event.slug}/lencana?${rows.map((b) => `id=${b.id}`).join("&")}`} className="text-brand-700 underline">
              {t("printBadges")}
            </Link>
          )
        }
      />
    </div>
  );
}
