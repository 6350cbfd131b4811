import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/app/_components/data-table";
import { pairReason, tableLabel } from "@/app/_components/meeting-agenda";
import { Pager } from "@/app/_components/pager";
import { requireEventPage } from "@/lib/auth/page-access";
import { formatEventTime } from "@/lib/format/datetime";
import { heldMeetings } from "@/lib/matching/queries";
import { formatRupiah } from "@/lib/money/rupiah";
import { MatchingNav } from "../matching-nav";
import { OutcomeForm } from "./outcome-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("navOutcomes") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

// After the mission: each held meeting with the deals signed there, what they have realised, and
// what came of the meeting (no further contact, in negotiation, agreement reached).
export default async function OutcomesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/temu-bisnis/hasil`);
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const [{ rows, pages, total }, t, locale] = await Promise.all([heldMeetings(event.id, page), getTranslations("matching"), getLocale()]);
  const organizer = actor.role === "ADMIN";
  const withReasons = await Promise.all(rows.map(async (m) => ({ m, reason: await pairReason(m) })));
  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{t("navOutcomes")}</h1>
        <MatchingNav slug={event.slug} current="/hasil" />
        <p className="text-slate-600">{t("outcomesHelp", { count: total })}</p>
      </div>
      <DataTable
        columns={[{ label: t("pair") }, { label: t("dealsHeading"), numeric: true }, { label: t("realisedHeading"), numeric: true }, { label: t("outcome") }]}
        rows={withReasons.length}
        empty={t("noHeldMeetings")}
        testId="held-meetings"
      >
        {withReasons.map(({ m, reason }) => {
          const committed = m.commitments.reduce((sum, c) => sum + c.value, 0n);
          const realised = m.commitments.reduce((sum, c) => sum + c.realisations.reduce((s, r) => s + r.amount, 0n), 0n);
          return (
            <tr key={m.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <span className="font-medium">{m.visitingBusiness.name}</span> ↔ <span className="font-medium">{m.hostBusiness.name}</span>
                <span className="block text-slate-600">{reason}</span>
                <span className="block text-xs text-slate-500">
                  {t("roundNumber", { number: m.round!.number })}, {formatEventTime(m.round!.startsAt, event.timeZone, locale)} ·{" "}
                  {tableLabel(t("tableNumber", { number: m.table!.number }), m.table!.name)}
                </span>
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap">
                {m.commitments.length === 0 ? (
                  "—"
                ) : (
                  <>
                    {formatRupiah(committed, locale)}
                    <span className="block text-xs text-slate-500">{t("dealCount", { count: m.commitments.length })}</span>
                  </>
                )}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap">{realised > 0n ? formatRupiah(realised, locale) : "—"}</td>
              <td className="px-3 py-2">
                {organizer ? (
                  <OutcomeForm slug={event.slug} meetingId={m.id} outcome={m.outcome} note={m.outcomeNote} />
                ) : (
                  <>
                    {m.outcome ? t("outcomes", { outcome: m.outcome }) : "—"}
                    {m.outcomeNote && <span className="block text-xs text-slate-500">{m.outcomeNote}</span>}
                  </>
                )}
                {m.commitments.map((c) => (
                  <Link key={c.id} href={`/staf/e/${event.slug}/komitmen/${c.id}`} className="mr-2 text-xs text-brand-700 underline">
                    {t("openDeal")}
                  </Link>
                ))}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Pager page={page} pages={pages} href={(p) => `/staf/e/${event.slug}/temu-bisnis/hasil?page=${p}`} />
    </div>
  );
}
