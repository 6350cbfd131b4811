import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/_components/action-button";
import { buttonClass } from "@/app/_components/button";
import { EmptyState } from "@/app/_components/data-table";
import { MeetingStatus, pairReason, tableLabel } from "@/app/_components/meeting-agenda";
import { requireEventPage } from "@/lib/auth/page-access";
import { OPEN_FOR } from "@/lib/events/open-for";
import { formatEventTime } from "@/lib/format/datetime";
import { firstValues } from "@/lib/kernel/form";
import { placedMeetings, scheduleSetup } from "@/lib/matching/queries";
import { markAttendanceAction } from "../actions";
import { MatchingNav } from "../matching-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("navTables") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// On the day, for the table hosts: a round's tables (the one under way, or the next), or one table's
// rounds; each meeting marked held or no-show in one tap, and a held one's deal recorded from it.
export default async function TablesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/temu-bisnis/meja`);
  const query = firstValues(await searchParams);
  const { rounds, tables } = await scheduleSetup(event.id);
  const now = new Date();
  const tableNumber = Number(query.meja) || undefined;
  const chosenRound =
    rounds.find((r) => r.number === Number(query.sesi)) ??
    rounds.find((r) => r.startsAt <= now && now < r.endsAt) ??
    rounds.find((r) => r.startsAt > now) ??
    rounds.at(-1);
  const [meetings, t, locale] = await Promise.all([
    tableNumber ? placedMeetings(event.id, { tableNumber }) : chosenRound ? placedMeetings(event.id, { roundNumber: chosenRound.number }) : Promise.resolve([]),
    getTranslations("matching"),
    getLocale(),
  ]);
  const marking = OPEN_FOR[event.status].includes("meetings");
  const base = `/staf/e/${event.slug}/temu-bisnis/meja`;
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-2 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`;
  const cards = await Promise.all(meetings.map(async (m) => ({ m, reason: await pairReason(m) })));
  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{t("navTables")}</h1>
        <MatchingNav slug={event.slug} current="/meja" />
      </div>
      {rounds.length === 0 ? (
        <EmptyState>{t("noRounds")}</EmptyState>
      ) : (
        <>
          <nav aria-label={t("round")} className="flex flex-wrap gap-2">
            {rounds.map((r) => (
              <Link
                key={r.id}
                href={`${base}?sesi=${r.number}`}
                aria-current={!tableNumber && r.id === chosenRound?.id ? "page" : undefined}
                className={chip(!tableNumber && r.id === chosenRound?.id)}
              >
                {t("roundNumber", { number: r.number })} · {formatEventTime(r.startsAt, event.timeZone, locale)}
              </Link>
            ))}
          </nav>
          <nav aria-label={t("table")} className="flex flex-wrap gap-2">
            {tables.map((tb) => (
              <Link
                key={tb.id}
                href={`${base}?meja=${tb.number}`}
                aria-current={tb.number === tableNumber ? "page" : undefined}
                className={chip(tb.number === tableNumber)}
              >
                {tableLabel(t("tableNumber", { number: tb.number }), tb.name)}
              </Link>
            ))}
          </nav>
          <h2 className="text-lg font-semibold" data-testid="tables-heading">
            {tableNumber
              ? t("tableHeading", { number: tableNumber })
              : t("roundHeading", {
                  number: chosenRound!.number,
                  from: formatEventTime(chosenRound!.startsAt, event.timeZone, locale),
                  to: formatEventTime(chosenRound!.endsAt, event.timeZone, locale),
                })}
          </h2>
          {cards.length === 0 ? (
            <EmptyState>{t("noMeetingsHere")}</EmptyState>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2" data-testid="table-meetings">
              {cards.map(({ m, reason }) => {
                const absent = [m.visitingBusiness, m.hostBusiness].filter((b) => !b.checkedInAt);
                return (
                  <li key={m.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4" data-testid="table-meeting">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p className="font-semibold">
                        {tableNumber ? t("roundNumber", { number: m.round!.number }) : tableLabel(t("tableNumber", { number: m.table!.number }), m.table!.name)}
                        {tableNumber && <span className="font-normal text-slate-600"> · {formatEventTime(m.round!.startsAt, event.timeZone, locale)}</span>}
                      </p>
                      <MeetingStatus status={m.status} />
                    </div>
                    <ul className="space-y-1">
                      {[m.visitingBusiness, m.hostBusiness].map((b) => (
                        <li key={b.id} className="flex flex-wrap items-baseline gap-x-2">
                          <span className="font-medium">{b.name}</span>
                          <span className="text-sm text-slate-500">{b.side.shortName}</span>
                          <span className={`text-sm ${b.checkedInAt ? "text-emerald-700" : "text-amber-800"}`}>
                            {b.checkedInAt ? t("present") : t("notCheckedIn")}
                          </span>
                        </li>
                      ))}
                    </ul>
                    <p className="text-sm text-slate-600">{reason}</p>
                    {marking && m.status === "ACCEPTED" && absent.length > 0 && (
                      <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                        {t("noShowSuggested", { names: absent.map((b) => b.name).join(", ") })}
                      </p>
                    )}
                    {marking && (
                      <div className="flex flex-wrap gap-2">
                        {m.status === "ACCEPTED" && (
                          <>
                            <ActionButton
                              action={markAttendanceAction}
                              fields={{ slug: event.slug, meetingId: m.id, attendance: "HELD" }}
                              tone={absent.length ? "plain" : "primary"}
                              pendingText={t("saving")}
                            >
                              {t("markHeld")}
                            </ActionButton>
                            <ActionButton
                              action={markAttendanceAction}
                              fields={{ slug: event.slug, meetingId: m.id, attendance: "NO_SHOW" }}
                              tone={absent.length ? "primary" : "plain"}
                              pendingText={t("saving")}
                            >
                              {t("markNoShow")}
                            </ActionButton>
                          </>
                        )}
                        {m.status === "HELD" && OPEN_FOR[event.status].includes("signing") && (
                          <Link href={`/staf/e/${event.slug}/komitmen/baru?pertemuan=${m.id}`} className={buttonClass()}>
                            {t("recordDeal")}
                          </Link>
                        )}
                        {(m.status === "HELD" || m.status === "NO_SHOW") && (
                          <ActionButton
                            action={markAttendanceAction}
                            fields={{ slug: event.slug, meetingId: m.id, attendance: "ACCEPTED" }}
                            pendingText={t("saving")}
                            confirmText={t("undoConfirm")}
                          >
                            {t("undoMark")}
                          </ActionButton>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
