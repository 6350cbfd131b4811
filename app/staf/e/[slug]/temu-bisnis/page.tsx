import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/_components/action-button";
import { DataTable } from "@/app/_components/data-table";
import { MeetingStatus, pairReason, tableLabel } from "@/app/_components/meeting-agenda";
import { Pager } from "@/app/_components/pager";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { OPEN_FOR } from "@/lib/events/open-for";
import { formatEventTime } from "@/lib/format/datetime";
import { firstValues } from "@/lib/kernel/form";
import { listMeetings, matchingCounts, meetingFilters, potentialAndTarget } from "@/lib/matching/queries";
import { suggestedPairs } from "@/lib/matching/suggest";
import { abbreviateRupiah, formatRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";
import { setMustMeetAction, setTargetFromMatchingAction } from "./actions";
import { CancelMeetingForm } from "./cancel-meeting-form";
import { MatchingNav } from "./matching-nav";
import { PairsForm } from "./pairs-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SUGGESTIONS_PAGE = 50;

// The business matching's pairs: the funnel so far, the suggested pairs to accept, and the meetings.
export default async function MatchingPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/temu-bisnis`);
  const raw = firstValues(await searchParams);
  const filters = meetingFilters.parse(raw);
  const suggestionPage = Math.max(1, Math.min(10_000, Number(raw.saran) || 1));
  const [counts, suggestions, meetings, money, setup, t, locale] = await Promise.all([
    matchingCounts(event.id),
    suggestedPairs(event.id),
    listMeetings(event.id, filters),
    potentialAndTarget(event.id),
    eventSides(event.id),
    getTranslations("matching"),
    getLocale(),
  ]);
  const organizer = actor.role === "ADMIN";
  const open = OPEN_FOR[event.status].includes("matching");
  const visiting = setup.sides.find((s) => s.role === "VISITING")!.shortName;
  const base = `/staf/e/${event.slug}/temu-bisnis`;
  // What is left to decide: pairs with no meeting yet, or one a representative asked for, or one cancelled.
  const undecided = suggestions.filter((p) => !p.meeting || p.meeting.status === "REQUESTED" || p.meeting.status === "CANCELLED");
  const suggestionPages = Math.max(1, Math.ceil(undecided.length / SUGGESTIONS_PAGE));
  const page = undecided.slice((suggestionPage - 1) * SUGGESTIONS_PAGE, suggestionPage * SUGGESTIONS_PAGE);
  const rows = await Promise.all(
    page.map(async (p) => ({
      key: `${p.visitingBusinessId}|${p.hostBusinessId}`,
      visiting: p.visiting.name,
      host: p.host.name,
      category: categoryLabel(p.category, visiting, locale),
      reason: await pairReason(p),
      potential: p.potential === null ? null : t("potential", { value: formatRupiah(p.potential, locale) }),
      status: p.meeting ? t("status", { status: p.meeting.status }) : null,
    })),
  );
  const meetingRows = await Promise.all(meetings.rows.map(async (m) => ({ m, reason: await pairReason(m) })));
  const stats: [string, string | number, string?][] = [
    [
      t("statLines"),
      t("linesByKind", { offers: counts.lines.OFFER, needs: counts.lines.NEED, investments: counts.lines.INVEST }),
      t("statBusinesses", { count: counts.businessesWithLines }),
    ],
    [t("statSuggested"), suggestions.length, t("statUndecided", { count: undecided.length })],
    [t("statAccepted"), counts.meetings.ACCEPTED + counts.meetings.HELD + counts.meetings.NO_SHOW, abbreviateRupiah(money.potential, { locale })],
    [t("statRequested"), counts.meetings.REQUESTED, t("statDeclined", { count: counts.meetings.DECLINED })],
    [t("statScheduled"), counts.placed, t("statPublished", { count: counts.published })],
    [t("statHeld"), counts.meetings.HELD, t("statNoShow", { count: counts.meetings.NO_SHOW })],
  ];
  const meetingsHref = (status: string | undefined, p = 1) => {
    const query = new URLSearchParams();
    if (status) query.set("status", status);
    if (p > 1) query.set("page", String(p));
    const text = query.toString();
    return `${base}${text ? `?${text}` : ""}#meetings`;
  };
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <MatchingNav slug={event.slug} current="" />
      </div>

      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3" data-testid="matching-stats">
        {stats.map(([label, value, note]) => (
          <div key={label} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
            {note && <dd className="text-sm text-slate-600">{note}</dd>}
          </div>
        ))}
      </dl>

      <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="target-heading" data-testid="matching-target">
        <h2 id="target-heading" className="font-semibold">
          {t("targetHeading")}
        </h2>
        <p>
          {t("targetLine", {
            potential: formatRupiah(money.potential, locale),
            pairs: money.pairs,
            target: money.target === null ? t("noTarget") : formatRupiah(money.target, locale),
          })}
        </p>
        {organizer && open && money.potential > 0n && money.potential !== money.target && (
          <ActionButton
            action={setTargetFromMatchingAction}
            fields={{ slug: event.slug, seenPotential: money.potential.toString() }}
            pendingText={t("saving")}
            confirmText={t("setTargetConfirm", { potential: formatRupiah(money.potential, locale) })}
          >
            {t("setTarget")}
          </ActionButton>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          {t("suggestionsHeading")}
        </h2>
        <p className="text-sm text-slate-600">{t("suggestionsHelp")}</p>
        {undecided.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            {t(counts.lines.OFFER + counts.lines.NEED + counts.lines.INVEST === 0 ? "noLinesYet" : "noUndecided")}
          </p>
        ) : organizer && open ? (
          <PairsForm slug={event.slug} rows={rows} />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="suggested-pairs">
            {rows.map((row) => (
              <li key={row.key} className="p-3">
                <span className="font-medium">{row.visiting}</span> ↔ <span className="font-medium">{row.host}</span>
                <span className="block text-sm text-slate-600">
                  {row.category} · {row.reason}
                  {row.potential && ` · ${row.potential}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {suggestionPages > 1 && <Pager page={suggestionPage} pages={suggestionPages} href={(p) => `${base}?saran=${p}`} />}
      </section>

      <section id="meetings" className="space-y-3" aria-labelledby="meetings-heading">
        <h2 id="meetings-heading" className="text-lg font-semibold">
          {t("meetingsListHeading")}
        </h2>
        <nav aria-label={t("statusFilter")} className="flex flex-wrap gap-2 text-sm">
          {[undefined, "ACCEPTED", "REQUESTED", "HELD", "NO_SHOW", "DECLINED", "CANCELLED"].map((status) => (
            <Link
              key={status ?? "all"}
              href={meetingsHref(status)}
              aria-current={filters.status === status ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${filters.status === status ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
            >
              {status ? t("status", { status }) : t("allStatuses")}
            </Link>
          ))}
        </nav>
        <DataTable
          columns={[{ label: t("pair") }, { label: t("placeHeading") }, { label: t("statusHeading") }, { label: t("potentialHeading"), numeric: true }, {}]}
          rows={meetingRows.length}
          empty={t("noMeetings")}
          testId="meetings"
        >
          {meetingRows.map(({ m, reason }) => (
            <tr key={m.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/staf/e/${event.slug}/pelaku-usaha/${m.visitingBusiness.id}`} className="font-medium text-brand-700 underline">
                  {m.visitingBusiness.name}
                </Link>{" "}
                ↔{" "}
                <Link href={`/staf/e/${event.slug}/pelaku-usaha/${m.hostBusiness.id}`} className="font-medium text-brand-700 underline">
                  {m.hostBusiness.name}
                </Link>
                <span className="block text-slate-600">
                  {categoryLabel(m.category, visiting, locale)} · {reason}
                </span>
                {m.mustMeet && <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{t("mustMeet")}</span>}
                {m.requestedBy && <span className="mt-1 ml-1 inline-block text-xs text-slate-500">{t("requestedBy", { side: m.requestedBy })}</span>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {m.round && m.table ? (
                  <>
                    {t("roundNumber", { number: m.round.number })}, {formatEventTime(m.round.startsAt, event.timeZone, locale)}
                    <br />
                    {tableLabel(t("tableNumber", { number: m.table.number }), m.table.name)}
                    {!m.publishedAt && <span className="block text-xs text-amber-800">{t("unpublished")}</span>}
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-3 py-2">
                <MeetingStatus status={m.status} />
                {m.cancelReason && <span className="block text-xs text-slate-500">{m.cancelReason}</span>}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap">{m.potential === null ? "—" : formatRupiah(m.potential, locale)}</td>
              <td className="space-y-2 px-3 py-2">
                {organizer && open && (m.status === "ACCEPTED" || m.status === "REQUESTED") && (
                  <>
                    <ActionButton
                      action={setMustMeetAction}
                      fields={{ slug: event.slug, meetingId: m.id, mustMeet: m.mustMeet ? "0" : "1" }}
                      pendingText={t("saving")}
                    >
                      {m.mustMeet ? t("clearMustMeet") : t("setMustMeet")}
                    </ActionButton>
                    <CancelMeetingForm slug={event.slug} meetingId={m.id} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
        <Pager page={filters.page} pages={meetings.pages} href={(p) => meetingsHref(filters.status, p)} />
      </section>
    </div>
  );
}
