import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/data-table";
import { MeetingAgenda, tableLabel } from "@/app/_components/meeting-agenda";
import { PrintButton } from "@/app/_components/print-button";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { formatEventDate, formatEventTime } from "@/lib/format/datetime";
import { firstValues } from "@/lib/kernel/form";
import { agendas, placedMeetings, scheduleSetup } from "@/lib/matching/queries";
import { MatchingNav } from "../matching-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("navPrint") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Printed from the browser on A4: an agenda per business (its rounds, tables and partners), which goes
// with its badge, or a sheet per table (who sits there in each round).
export default async function PrintPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/temu-bisnis/cetak`);
  const query = firstValues(await searchParams);
  const kind = query.jenis === "meja" ? "tables" : "agendas";
  const [setup, sides, t, locale] = await Promise.all([scheduleSetup(event.id), eventSides(event.id), getTranslations("matching"), getLocale()]);
  const side = sides.sides.find((s) => s.code === query.sisi)?.code;
  const [perBusiness, placed] = await Promise.all([
    kind === "agendas" ? agendas(event.id, { side, businessId: query.bisnis?.slice(0, 64) }) : Promise.resolve([]),
    kind === "tables" ? placedMeetings(event.id) : Promise.resolve([]),
  ]);
  const base = `/staf/e/${event.slug}/temu-bisnis/cetak`;
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-2 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`;
  const day = setup.rounds[0] ? formatEventDate(setup.rounds[0].startsAt, event.timeZone, locale) : "";
  return (
    <div className="space-y-5">
      <div className="space-y-3 print:hidden">
        <h1 className="text-2xl font-bold">{t("navPrint")}</h1>
        <MatchingNav slug={event.slug} current="/cetak" />
        <div className="flex flex-wrap items-center gap-2">
          <Link href={base} className={chip(kind === "agendas" && !side)}>
            {t("printAgendas")}
          </Link>
          {sides.sides.map((s) => (
            <Link key={s.code} href={`${base}?sisi=${s.code}`} className={chip(kind === "agendas" && side === s.code)}>
              {t("printAgendasOf", { side: s.shortName })}
            </Link>
          ))}
          <Link href={`${base}?jenis=meja`} className={chip(kind === "tables")}>
            {t("printTables")}
          </Link>
          <PrintButton label={t("print")} />
        </div>
      </div>
      {kind === "agendas" ? (
        perBusiness.length === 0 ? (
          <EmptyState className="print:hidden">{t("nothingToPrint")}</EmptyState>
        ) : (
          <div className="print-sheet space-y-6" data-testid="agendas">
            {perBusiness.map(({ business, meetings }) => (
              <article
                key={business.id}
                className="print-page space-y-3 rounded-xl border border-slate-200 bg-white p-6 print:rounded-none print:border-0 print:p-0"
              >
                <header>
                  <p className="text-sm text-slate-600">
                    {event.name} · {day}
                  </p>
                  <h2 className="text-xl font-bold">{business.name}</h2>
                  <p className="text-sm text-slate-600">
                    {business.side.shortName} · {business.representative} · {t("badgeCode", { code: business.badgeCode })}
                  </p>
                </header>
                <MeetingAgenda meetings={meetings} businessId={business.id} timeZone={event.timeZone} />
              </article>
            ))}
          </div>
        )
      ) : setup.tables.length === 0 ? (
        <EmptyState className="print:hidden">{t("nothingToPrint")}</EmptyState>
      ) : (
        <div className="print-sheet space-y-6" data-testid="table-sheets">
          {setup.tables.map((table) => (
            <article
              key={table.id}
              className="print-page space-y-3 rounded-xl border border-slate-200 bg-white p-6 print:rounded-none print:border-0 print:p-0"
            >
              <header>
                <p className="text-sm text-slate-600">
                  {event.name} · {day}
                </p>
                <h2 className="text-2xl font-bold">{tableLabel(t("tableNumber", { number: table.number }), table.name)}</h2>
              </header>
              <table className="w-full text-left text-sm">
                <thead className="text-slate-600">
                  <tr>
                    <th className="py-1 pr-3">{t("round")}</th>
                    {sides.sides.map((s) => (
                      <th key={s.code} className="py-1 pr-3">
                        {s.shortName}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {setup.rounds.map((round) => {
                    const m = placed.find((p) => p.round?.id === round.id && p.table?.id === table.id);
                    return (
                      <tr key={round.id}>
                        <td className="py-2 pr-3 whitespace-nowrap">
                          {t("roundNumber", { number: round.number })} · {formatEventTime(round.startsAt, event.timeZone, locale)}
                        </td>
                        <td className="py-2 pr-3">{m?.visitingBusiness.name ?? "—"}</td>
                        <td className="py-2 pr-3">{m?.hostBusiness.name ?? "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </article>
          ))}
        </div>
      )}
    </div>
  );
}
