import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AvailabilityForm } from "@/app/_components/availability-form";
import { MeetingAgenda, MeetingStatus, pairReason } from "@/app/_components/meeting-agenda";
import { TradeLines } from "@/app/_components/trade-lines";
import type { ScopedEvent } from "@/lib/auth/authorize";
import { OPEN_FOR } from "@/lib/events/open-for";
import { meetingsOfBusiness, scheduleSetup, tradeLinesOf } from "@/lib/matching/queries";
import { matchesByLine } from "@/lib/matching/suggest";
import { formatRupiah } from "@/lib/money/rupiah";
import { removeTradeLineAction, saveAvailabilityAction, saveTradeLineAction } from "../../temu-bisnis/actions";

/** A business's part of the business matching: its offers and needs, who they match, the rounds it cannot make, its meetings. */
export async function MatchingSection({
  event,
  business,
  sectors,
}: {
  event: ScopedEvent;
  business: { id: string; sector: string; unavailableRounds: number[]; side: { role: "VISITING" | "HOST" } };
  sectors: string[];
}) {
  const [lines, matches, meetings, { rounds }, t, locale] = await Promise.all([
    tradeLinesOf(event.id, business.id),
    matchesByLine(event.id, business.id),
    meetingsOfBusiness(event.id, business.id),
    scheduleSetup(event.id),
    getTranslations("matching"),
    getLocale(),
  ]);
  const editable = OPEN_FOR[event.status].includes("matching");
  const signing = OPEN_FOR[event.status].includes("signing");
  const fields = { slug: event.slug, businessId: business.id };
  const base = `/staf/e/${event.slug}`;
  const matched = await Promise.all(
    lines.map(async (line) => ({
      line,
      partners: await Promise.all(
        (matches.get(line.id) ?? []).map(async (pair) => {
          const own = pair.visitingBusinessId === business.id;
          const partner = own ? pair.host : pair.visiting;
          return { pair, partner, reason: await pairReason(pair, own ? "VISITING" : "HOST") };
        }),
      ),
    })),
  );
  return (
    <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="matching-heading" data-testid="business-matching">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="matching-heading" className="font-semibold">
          {t("businessHeading")}
        </h2>
        <Link href={`${base}/temu-bisnis`} className="text-sm text-brand-700 underline">
          {t("title")}
        </Link>
      </div>
      <TradeLines
        lines={lines.map((l) => ({ ...l, quantity: l.quantity?.toString() ?? null, estimatedValue: l.estimatedValue?.toString() ?? null }))}
        sectors={sectors}
        businessSector={business.sector}
        side={business.side.role}
        fields={fields}
        saveAction={saveTradeLineAction}
        removeAction={removeTradeLineAction}
        editable={editable}
      />
      {matched.some((m) => m.partners.length > 0) && (
        <div className="space-y-3" data-testid="line-matches">
          <h3 className="text-sm font-semibold text-slate-700">{t("matchesHeading")}</h3>
          {matched
            .filter((m) => m.partners.length > 0)
            .map(({ line, partners }) => (
              <div key={line.id}>
                <p className="text-sm font-medium">{line.commodity}</p>
                <ul className="mt-1 space-y-1 text-sm">
                  {partners.slice(0, 10).map(({ pair, partner, reason }) => (
                    <li key={partner.id} className="flex flex-wrap items-center gap-2">
                      <Link href={`${base}/pelaku-usaha/${partner.id}`} className="text-brand-700 underline">
                        {partner.name}
                      </Link>
                      <span className="text-slate-600">
                        {reason}
                        {pair.potential !== null && ` · ${t("potential", { value: formatRupiah(pair.potential, locale) })}`}
                      </span>
                      {pair.meeting && <MeetingStatus status={pair.meeting.status} />}
                    </li>
                  ))}
                </ul>
                {partners.length > 10 && <p className="text-sm text-slate-500">{t("moreMatches", { count: partners.length - 10 })}</p>}
              </div>
            ))}
        </div>
      )}
      {rounds.length > 0 && editable && (
        <div>
          <h3 className="text-sm font-semibold text-slate-700">{t("unavailableHeading")}</h3>
          <AvailabilityForm
            rounds={rounds}
            timeZone={event.timeZone}
            unavailable={business.unavailableRounds}
            fields={fields}
            action={saveAvailabilityAction}
          />
        </div>
      )}
      <div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-semibold text-slate-700">{t("meetingsHeading")}</h3>
          {meetings.some((m) => m.round) && (
            <Link href={`${base}/temu-bisnis/cetak?bisnis=${business.id}`} className="text-sm text-brand-700 underline">
              {t("printAgenda")}
            </Link>
          )}
        </div>
        <MeetingAgenda
          meetings={meetings}
          businessId={business.id}
          timeZone={event.timeZone}
          withStatus
          withPotential
          actions={(m) =>
            m.status === "HELD" && signing ? (
              <Link href={`${base}/komitmen/baru?pertemuan=${m.id}`} className="text-sm font-medium text-brand-700 underline">
                {t("recordDeal")}
              </Link>
            ) : null
          }
        />
      </div>
    </section>
  );
}
