import { getLocale, getTranslations } from "next-intl/server";
import { formatEventTime } from "@/lib/format/datetime";
import type { MeetingView } from "@/lib/matching/queries";
import { formatRupiah } from "@/lib/money/rupiah";

/** Why two businesses were paired, from the first one's side: "pakan ikan ↔ kebutuhan pakan ikan, Perikanan". */
export async function pairReason(mine: { commodity: string } | null, theirs: { kind: string; commodity: string } | null, sector: string): Promise<string> {
  const t = await getTranslations("matching");
  if (!mine || !theirs) return sector;
  return t("reason", { mine: mine.commodity.toLowerCase(), theirKind: theirs.kind, theirs: theirs.commodity.toLowerCase(), sector });
}

/** A meeting's reason as the business sees it: its own line first. */
export function linesFor(meeting: MeetingView, businessId: string) {
  const own = meeting.visitingBusiness.id === businessId;
  return {
    mine: own ? meeting.visitingLine : meeting.hostLine,
    theirs: own ? meeting.hostLine : meeting.visitingLine,
    partner: own ? meeting.hostBusiness : meeting.visitingBusiness,
  };
}

/** "Meja 3 · Perikanan": a table's number, and its name when it has one. */
export function tableLabel(numbered: string, name: string | null): string {
  return name ? `${numbered} · ${name}` : numbered;
}

export async function MeetingStatus({ status }: { status: string }) {
  const t = await getTranslations("matching");
  const tone: Record<string, string> = {
    HELD: "bg-emerald-100 text-emerald-800",
    NO_SHOW: "bg-amber-100 text-amber-900",
    DECLINED: "bg-slate-200 text-slate-700",
    CANCELLED: "bg-slate-200 text-slate-700",
    REQUESTED: "bg-sky-100 text-sky-800",
    ACCEPTED: "bg-brand-50 text-brand-800",
  };
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${tone[status] ?? ""}`}>{t("status", { status })}</span>;
}

/**
 * A business's meetings in round order: when, at which table, with whom, and why. The badge page,
 * the business's staff page and the printed agenda all show it.
 */
export async function MeetingAgenda({
  meetings,
  businessId,
  timeZone,
  withStatus = false,
  actions,
}: {
  meetings: MeetingView[];
  businessId: string;
  timeZone: string;
  withStatus?: boolean;
  /** Something to do with a meeting (the staff's link to record its deal). */
  actions?: (meeting: MeetingView) => React.ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  if (meetings.length === 0) return <p className="text-sm text-slate-600">{t("noMeetings")}</p>;
  const rows = await Promise.all(
    meetings.map(async (m) => {
      const { mine, theirs, partner } = linesFor(m, businessId);
      return { m, partner, reason: await pairReason(mine, theirs, m.sector) };
    }),
  );
  return (
    <table className="w-full text-left text-sm" data-testid="meeting-agenda">
      <thead className="text-slate-600">
        <tr>
          <th className="py-1 pr-3">{t("round")}</th>
          <th className="py-1 pr-3">{t("table")}</th>
          <th className="py-1 pr-3">{t("partner")}</th>
          {withStatus && <th className="py-1 pr-3">{t("statusHeading")}</th>}
          {actions && <th className="py-1" />}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map(({ m, partner, reason }) => (
          <tr key={m.id} className="align-top">
            <td className="py-2 pr-3 whitespace-nowrap">
              {m.round ? (
                <>
                  <span className="font-medium">{t("roundNumber", { number: m.round.number })}</span>
                  <br />
                  {formatEventTime(m.round.startsAt, timeZone, locale)}
                </>
              ) : (
                t("notScheduled")
              )}
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">{m.table ? tableLabel(t("tableNumber", { number: m.table.number }), m.table.name) : "—"}</td>
            <td className="py-2 pr-3">
              <span className="font-medium">{partner.name}</span> <span className="text-slate-500">({partner.side.shortName})</span>
              <br />
              <span className="text-slate-600">{reason}</span>
              {m.potential !== null && <span className="text-slate-600"> · {t("potential", { value: formatRupiah(m.potential, locale) })}</span>}
            </td>
            {withStatus && (
              <td className="py-2 pr-3">
                <MeetingStatus status={m.status} />
              </td>
            )}
            {actions && <td className="py-2">{actions(m)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
