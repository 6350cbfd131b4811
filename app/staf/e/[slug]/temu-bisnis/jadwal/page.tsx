import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/_components/action-button";
import { EmptyState } from "@/app/_components/data-table";
import { MeetingStatus, tableLabel } from "@/app/_components/meeting-agenda";
import { requireEventPage } from "@/lib/auth/page-access";
import { OPEN_FOR } from "@/lib/events/open-for";
import { formatEventDate, formatEventTime, localIsoDateTime } from "@/lib/format/datetime";
import { placedMeetings, scheduleSetup, unplacedMeetings } from "@/lib/matching/queries";
import { roundPlanOf } from "@/lib/matching/round-times";
import { previewSchedule } from "@/lib/matching/run-schedule";
import { publishScheduleAction } from "../actions";
import { MatchingNav } from "../matching-nav";
import { RunScheduleForm, ScheduleSetupForm } from "./schedule-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("navSchedule") };
}

type Props = { params: Promise<{ slug: string }> };

// The schedule: its tables and rounds, the scheduler and the publishing, every round's tables, and
// the accepted meetings still without a table, each with the reason the next run would give.
export default async function SchedulePage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/temu-bisnis/jadwal`);
  const [setup, placed, unplaced, preview, t, locale] = await Promise.all([
    scheduleSetup(event.id),
    placedMeetings(event.id),
    unplacedMeetings(event.id),
    previewSchedule(event.id),
    getTranslations("matching"),
    getLocale(),
  ]);
  const organizer = actor.role === "ADMIN";
  const open = OPEN_FOR[event.status].includes("matching");
  const plan = roundPlanOf(setup.rounds, event.timeZone);
  const values = {
    tables: setup.tables.length || 10,
    tableNames: setup.tables
      .map((table) => table.name ?? "")
      .join("\n")
      .trimEnd(),
    date: plan?.date ?? localIsoDateTime(setup.startsAt, event.timeZone).slice(0, 10),
    start: plan?.start ?? "09.00",
    minutes: plan?.minutes ?? 20,
    rounds: plan?.rounds ?? 8,
    gap: plan?.gap ?? 5,
    breaks: plan?.breaks ?? "",
  };
  const unpublished = placed.filter((m) => m.status === "ACCEPTED" && !m.publishedAt).length;
  const roundOf = new Map(setup.rounds.map((r) => [r.id, r]));
  const tableOf = new Map(setup.tables.map((tb) => [tb.id, tb]));
  const where = (meetingId: string) => {
    const p = preview.placements.get(meetingId);
    return p ? t("wouldPlace", { round: roundOf.get(p.roundId)!.number, table: tableOf.get(p.tableId)!.number }) : null;
  };
  const reasonOf = new Map(preview.unplaced.map((u) => [u.meetingId, u.reason]));
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{t("navSchedule")}</h1>
        <MatchingNav slug={event.slug} current="/jadwal" />
      </div>

      {organizer && open && (
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <section className="rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="setup-heading">
            <h2 id="setup-heading" className="mb-3 font-semibold">
              {t("setupHeading")}
            </h2>
            <ScheduleSetupForm slug={event.slug} values={values} />
          </section>
          <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="run-heading">
            <h2 id="run-heading" className="font-semibold">
              {t("runHeading")}
            </h2>
            <RunScheduleForm slug={event.slug} />
            <div className="border-t border-slate-100 pt-3">
              <p className="mb-2 text-sm text-slate-600">{t("publishHelp", { count: unpublished })}</p>
              <ActionButton action={publishScheduleAction} fields={{ slug: event.slug }} tone="primary" pendingText={t("saving")}>
                {t("publish")}
              </ActionButton>
            </div>
          </section>
        </div>
      )}

      <section className="space-y-3" aria-labelledby="unplaced-heading" data-testid="unplaced">
        <h2 id="unplaced-heading" className="text-lg font-semibold">
          {t("unplacedHeading", { count: unplaced.length })}
        </h2>
        {unplaced.length === 0 ? (
          <EmptyState>{t("noUnplaced")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {unplaced.map((m) => (
              <li key={m.id} className="p-3 text-sm">
                <span className="font-medium">{m.visitingBusiness.name}</span> ↔ <span className="font-medium">{m.hostBusiness.name}</span>
                {m.mustMeet && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{t("mustMeet")}</span>}
                <span className="block text-slate-700">{reasonOf.has(m.id) ? t("unplacedReason", { reason: reasonOf.get(m.id)! }) : where(m.id)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="grid-heading">
        <h2 id="grid-heading" className="text-lg font-semibold">
          {setup.rounds.length > 0
            ? t("gridHeading", { date: formatEventDate(setup.rounds[0].startsAt, event.timeZone, locale), tables: setup.tables.length })
            : t("noRounds")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="schedule-grid">
          {setup.rounds.map((round) => {
            const inRound = placed.filter((m) => m.round?.id === round.id);
            return (
              <section key={round.id} className="rounded-xl border border-slate-200 bg-white p-4" aria-label={t("roundNumber", { number: round.number })}>
                <h3 className="font-semibold">
                  {t("roundNumber", { number: round.number })} · {formatEventTime(round.startsAt, event.timeZone, locale)}–
                  {formatEventTime(round.endsAt, event.timeZone, locale)}
                </h3>
                {inRound.length === 0 ? (
                  <p className="text-sm text-slate-500">{t("roundEmpty")}</p>
                ) : (
                  <ul className="mt-2 space-y-1 text-sm">
                    {inRound.map((m) => (
                      <li key={m.id} className="flex flex-wrap items-center gap-x-2">
                        <span className="w-16 shrink-0 text-slate-500">{tableLabel(t("tableNumber", { number: m.table!.number }), null)}</span>
                        <span>
                          {m.visitingBusiness.name} ↔ {m.hostBusiness.name}
                        </span>
                        {m.status !== "ACCEPTED" && <MeetingStatus status={m.status} />}
                        {!m.publishedAt && <span className="text-xs text-amber-800">{t("unpublished")}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      </section>
    </div>
  );
}
