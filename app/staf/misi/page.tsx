import type { Metadata } from "next";
import { buttonClass } from "@/app/_components/button";
import { DataTable } from "@/app/_components/data-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/page-access";
import { eventsOverview, type Rollup } from "@/lib/events/overview";
import { formatEventDate } from "@/lib/format/datetime";
import { abbreviateRupiah } from "@/lib/money/rupiah";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("title") };
}

// The organizer's overview of all missions, and where missions are created and edited.
export default async function EventsPage() {
  await requireStaffPage("ADMIN", "/staf/misi");
  const [{ events, byPartner, byYear }, t, locale] = await Promise.all([eventsOverview(), getTranslations("missions"), getLocale()]);
  const rupiah = (value: bigint) => abbreviateRupiah(value, { locale });
  const rollup = (title: string, keyLabel: string, rows: Rollup[], testId: string) => (
    <section>
      <h2 className="text-lg font-semibold">{title}</h2>
      <table className="mt-2 w-full text-left text-sm" data-testid={testId}>
        <thead className="text-slate-500">
          <tr>
            <th className="py-1">{keyLabel}</th>
            <th className="py-1 text-right">{t("missions")}</th>
            <th className="py-1 text-right">{t("commitments")}</th>
            <th className="py-1 text-right">{t("total")}</th>
            <th className="py-1 text-right">{t("realised")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200">
              <td className="py-1">{row.key}</td>
              <td className="py-1 text-right tabular-nums">{row.events}</td>
              <td className="py-1 text-right tabular-nums">{row.commitments}</td>
              <td className="py-1 text-right tabular-nums">{rupiah(row.total)}</td>
              <td className="py-1 text-right tabular-nums">{rupiah(row.realised)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-slate-600">{t("intro")}</p>
        </div>
        <Link href="/staf/misi/baru" className={buttonClass()}>
          {t("new")}
        </Link>
      </div>
      <DataTable
        columns={[
          { label: t("mission") },
          { label: t("date") },
          { label: t("partner") },
          { label: t("status") },
          { label: t("commitments"), numeric: true },
          { label: t("total"), numeric: true },
          { label: t("official"), numeric: true },
          { label: t("realised"), numeric: true },
          {},
        ]}
        rows={events.length}
        empty={t("none")}
        testId="missions"
      >
        {events.map((m) => (
          <tr key={m.slug} className="border-t border-slate-200">
            <td className="px-3 py-2">
              <Link href={`/staf/e/${m.slug}`} className="font-medium text-brand-700 hover:underline">
                {m.name}
              </Link>
              <span className="block text-slate-500">{m.city}</span>
            </td>
            <td className="px-3 py-2">{formatEventDate(m.startsAt, m.timeZone, locale)}</td>
            <td className="px-3 py-2">{m.partnerProvince}</td>
            <td className="px-3 py-2">{t(`statuses.${m.status}`)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{m.commitments}</td>
            <td className="px-3 py-2 text-right tabular-nums">{rupiah(m.total)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{m.official === null ? "—" : rupiah(m.official)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{rupiah(m.realised)}</td>
            <td className="px-3 py-2">
              <Link href={`/staf/misi/${m.slug}`} className="text-brand-700 hover:underline">
                {t("edit")}
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
      <section className="space-y-2" aria-labelledby="funnel-heading">
        <h2 id="funnel-heading" className="text-lg font-semibold">
          {t("matchingHeading")}
        </h2>
        <DataTable
          columns={[
            { label: t("mission") },
            { label: t("pairsSuggested"), numeric: true },
            { label: t("pairsAccepted"), numeric: true },
            { label: t("meetingsHeld"), numeric: true },
            { label: t("dealsFromMeetings"), numeric: true },
            { label: t("committedFromMeetings"), numeric: true },
            { label: t("shareOfTotal"), numeric: true },
          ]}
          rows={events.filter((m) => m.matching.accepted + m.matching.suggested > 0).length}
          empty={t("noMatching")}
          testId="missions-funnel"
        >
          {events
            .filter((m) => m.matching.accepted + m.matching.suggested > 0)
            .map((m) => (
              <tr key={m.slug} className="border-t border-slate-200 tabular-nums">
                <td className="px-3 py-2">{m.name}</td>
                <td className="px-3 py-2 text-right">{m.matching.suggested}</td>
                <td className="px-3 py-2 text-right">{m.matching.accepted}</td>
                <td className="px-3 py-2 text-right">{m.matching.held}</td>
                <td className="px-3 py-2 text-right">{m.matching.deals}</td>
                <td className="px-3 py-2 text-right">{rupiah(m.matching.committed)}</td>
                <td className="px-3 py-2 text-right">
                  {m.total > 0n ? `${(Number((m.matching.committed * 1000n) / m.total) / 10).toLocaleString(locale)}%` : "—"}
                </td>
              </tr>
            ))}
        </DataTable>
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        {rollup(t("byPartner"), t("partner"), byPartner, "by-partner")}
        {rollup(t("byYear"), t("year"), byYear, "by-year")}
      </div>
    </div>
  );
}
