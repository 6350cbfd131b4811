import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/data-table";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/_components/action-button";
import { AvailabilityForm } from "@/app/_components/availability-form";
import { MeetingAgenda, MeetingStatus, pairReason, partnerIn } from "@/app/_components/meeting-agenda";
import { TradeLines } from "@/app/_components/trade-lines";
import { representativeView } from "@/lib/businesses/representative-access";
import { OPEN_FOR } from "@/lib/events/open-for";
import { formatMoment } from "@/lib/format/datetime";
import { meetingsOfBusiness, scheduleSetup, tradeLinesOf } from "@/lib/matching/queries";
import { suggestedPairs } from "@/lib/matching/suggest";
import { formatRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";
import { answerRequestAction, removeOwnLineAction, requestMeetingAction, saveOwnAvailabilityAction, saveOwnLineAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("badgePageTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ k?: string }> };

const SUGGESTIONS_SHOWN = 15;

// Opened from the QR code on a badge, only with the badge's secret: the business's own page for the
// business matching (what it offers and needs, partners to meet, its schedule) and its signed letters.
// A partner's estimates are not shown (a pair's potential is the smaller of the two, so it would tell).
export default async function RepresentativePage({ params, searchParams }: Props) {
  await connection();
  const { code } = await params;
  const { k = "" } = await searchParams;
  const view = await representativeView(code.toUpperCase(), k);
  if (!view) notFound();
  const { business, commitments } = view;
  const event = business.event;
  const [t, tm, locale, lines, meetings, suggestions, { rounds }] = await Promise.all([
    getTranslations("letters"),
    getTranslations("matching"),
    getLocale(),
    tradeLinesOf(event.id, business.id),
    meetingsOfBusiness(event.id, business.id),
    suggestedPairs(event.id, { businessId: business.id }),
    scheduleSetup(event.id),
  ]);
  const fields = { badge: business.badgeCode, k };
  const editable = OPEN_FOR[event.status].includes("matching");
  const role = business.side.role;
  const agenda = meetings.filter((m) => m.publishedAt && ["ACCEPTED", "HELD", "NO_SHOW"].includes(m.status));
  const incoming = meetings.filter((m) => m.status === "REQUESTED" && m.requestedBy !== role);
  const shown = await Promise.all(
    suggestions.slice(0, SUGGESTIONS_SHOWN).map(async (pair) => {
      const own = pair.visitingBusinessId === business.id;
      return {
        pair,
        partner: own ? pair.host : pair.visiting,
        reason: await pairReason(pair, own ? "VISITING" : "HOST"),
      };
    }),
  );
  const incomingRows = await Promise.all(
    incoming.map(async (m) => {
      const { partner, from } = partnerIn(m, business.id);
      return { m, partner, reason: await pairReason(m, from) };
    }),
  );
  const section = "space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5";
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div>
        <p className="text-sm font-medium text-brand-700">{event.name}</p>
        <h1 className="text-2xl font-bold">{business.name}</h1>
        <p className="text-slate-600">
          {business.side.shortName} · {business.side.province}
        </p>
      </div>

      <section className={section} aria-labelledby="agenda-heading">
        <h2 id="agenda-heading" className="text-lg font-semibold">
          {tm("yourSchedule")}
        </h2>
        <MeetingAgenda meetings={agenda} businessId={business.id} timeZone={event.timeZone} withStatus />
      </section>

      {incomingRows.length > 0 && (
        <section className={section} aria-labelledby="requests-heading" data-testid="incoming-requests">
          <h2 id="requests-heading" className="text-lg font-semibold">
            {tm("requestsToAnswer")}
          </h2>
          <ul className="divide-y divide-slate-100">
            {incomingRows.map(({ m, partner, reason }) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">{partner.name}</p>
                  <p className="text-sm text-slate-600">{reason}</p>
                </div>
                {editable && (
                  <div className="flex gap-2">
                    <ActionButton
                      action={answerRequestAction}
                      fields={{ ...fields, meetingId: m.id, answer: "accept" }}
                      tone="primary"
                      pendingText={tm("saving")}
                    >
                      {tm("acceptRequest")}
                    </ActionButton>
                    <ActionButton action={answerRequestAction} fields={{ ...fields, meetingId: m.id, answer: "decline" }} pendingText={tm("saving")}>
                      {tm("declineRequest")}
                    </ActionButton>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={section} aria-labelledby="suggestions-heading" data-testid="suggested-partners">
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          {tm("suggestedPartners")}
        </h2>
        {shown.length === 0 ? (
          <p className="text-sm text-slate-600">{tm(lines.length === 0 ? "addLinesFirst" : "noSuggestions")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {shown.map(({ pair, partner, reason }) => (
              <li key={partner.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">{partner.name}</p>
                  <p className="text-sm text-slate-600">
                    {partner.sector}
                    {partner.regency && `, ${partner.regency}`} · {reason}
                  </p>
                </div>
                {pair.meeting ? (
                  <MeetingStatus status={pair.meeting.status} />
                ) : (
                  editable && (
                    <ActionButton action={requestMeetingAction} fields={{ ...fields, partnerId: partner.id }} tone="primary" pendingText={tm("saving")}>
                      {tm("requestMeeting")}
                    </ActionButton>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={section} aria-labelledby="lines-heading">
        <h2 id="lines-heading" className="text-lg font-semibold">
          {tm("yourLines")}
        </h2>
        <TradeLines
          lines={lines.map((l) => ({ ...l, quantity: l.quantity?.toString() ?? null, estimatedValue: l.estimatedValue?.toString() ?? null }))}
          sectors={event.sectors}
          businessSector={business.sector}
          side={role}
          fields={fields}
          saveAction={saveOwnLineAction}
          removeAction={removeOwnLineAction}
          editable={editable}
        />
      </section>

      {rounds.length > 0 && editable && (
        <section className={section} aria-labelledby="availability-heading">
          <h2 id="availability-heading" className="text-lg font-semibold">
            {tm("yourUnavailableRounds")}
          </h2>
          <AvailabilityForm
            rounds={rounds}
            timeZone={event.timeZone}
            unavailable={business.unavailableRounds}
            fields={fields}
            action={saveOwnAvailabilityAction}
          />
        </section>
      )}

      <section className="space-y-3" aria-labelledby="letters-heading">
        <h2 id="letters-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        {commitments.length === 0 ? (
          <EmptyState>{t("none")}</EmptyState>
        ) : (
          <ul className="space-y-3" data-testid="representative-letters">
            {commitments.map((c) => (
              <li key={c.id} className={`rounded-xl border border-slate-200 bg-white p-4 ${c.status === "VOID" ? "opacity-60" : ""}`}>
                <p className="font-semibold">
                  {categoryLabel(c.category, c.visitingBusiness.side.shortName, locale)}: {c.commodity}
                </p>
                <p className="text-sm text-slate-600">
                  {t("with", { name: c.visitingBusiness.id === business.id ? c.hostBusiness.name : c.visitingBusiness.name })} · {formatRupiah(c.value, locale)}
                  {c.signedAt ? ` · ${formatMoment(c.signedAt, event.timeZone, locale)}` : ""}
                  {c.status === "VOID" ? t("void") : ""}
                </p>
                <div className="mt-1 flex gap-4 text-sm font-medium">
                  <a href={`/b/${code.toUpperCase()}/surat/${c.id}?k=${encodeURIComponent(k)}`} className="text-brand-700 underline">
                    {t("download")}
                  </a>
                  <a href={`/verify/${c.verificationCode}`} className="text-brand-700 underline">
                    {t("verify")}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
