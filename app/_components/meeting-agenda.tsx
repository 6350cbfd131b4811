import { getLocale, getTranslations } from "next-intl/server";
import { formatEventTime } from "@/lib/format/datetime";
import type { MeetingView } from "@/lib/matching/queries";
import { formatRupiah } from "@/lib/money/rupiah";

type ReasonLine = { kind: string; commodity: string } | null;

/**
 * Why two businesses were paired, read from one side: its own line first, then the partner's:
 * "pakan ikan ↔ kebutuhan pakan ikan, Perikanan"; an investment plan meets an opportunity.
 */
export async function pairReason(
  pair: { visitingLine: ReasonLine; hostLine: ReasonLine; sector: string },
  from: "VISITING" | "HOST" = "VISITING",
): Promise<string> {
  const t = await getTranslations("matching");
  const [mine, theirs] = from === "VISITING" ? [pair.visitingLine, pair.hostLine] : [pair.hostLine, pair.visitingLine];
  if (!mine || !theirs) return pair.sector;
  // The partner's investment line is an opportunity when it is the host's, a plan when it is the visiting business's.
  const theirKind = theirs.kind !== "INVEST" ? theirs.kind : from === "VISITING" ? "OPPORTUNITY" : "PLAN";
  return t("reason", { mine: mine.commodity.toLowerCase(), theirKind, theirs: theirs.commodity.toLowerCase(), sector: pair.sector });
}

/** A meeting as one business sees it: the partner, and which side this business is on. */
export function partnerIn(meeting: MeetingView, businessId: string) {
  const own = meeting.visitingBusiness.id === businessId;
  return { partner: own ? meeting.hostBusiness : meeting.visitingBusiness, from: own ? ("VISITING" as const) : ("HOST" as const) };
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
  withPotential = false,
  actions,
}: {
  meetings: MeetingView[];
  businessId: string;
  timeZone: string;
  withStatus?: boolean;
  /** Staff see each pair's potential; a business does not learn its partner's estimate from it. */
  withPotential?: boolean;
  /** Something to do with a meeting (the staff's link to record its deal). */
  actions?: (meeting: MeetingView) => React.ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  if (meetings.length === 0) return <p className="text-sm text-slate-600">{t("noMeetings")}</p>;
  const rows = await Promise.all(
    meetings.map(async (m) => {
      const { partner, from } = partnerIn(m, businessId);
      return { m, partner, reason: await pairReason(m, from) };
    }),
  );
  // A list rather than a table, so a phone shows it without scrolling sideways.
  return (
    <ol className="divide-y divide-slate-100 text-sm" data-testid="meeting-agenda">
      {rows.map(({ m, partner, reason }) => (
        <li key={m.id} className="flex flex-wrap items-start gap-x-4 gap-y-1 py-3">
          <p className="w-32 shrink-0">
            {m.round ? (
              <>
                <span className="block font-semibold">{t("roundNumber", { number: m.round.number })}</span>
                <span className="whitespace-nowrap">{formatEventTime(m.round.startsAt, timeZone, locale)}</span>
              </>
            ) : (
              t("notScheduled")
            )}
            {m.table && <span className="block text-slate-600">{tableLabel(t("tableNumber", { number: m.table.number }), m.table.name)}</span>}
          </p>
          <div className="min-w-0 flex-1 basis-48">
            <p>
              <span className="font-medium">{partner.name}</span> <span className="text-slate-500">({partner.side.shortName})</span>
            </p>
            <p className="text-slate-600">
              {reason}
              {withPotential && m.potential !== null && ` · ${t("potential", { value: formatRupiah(m.potential, locale) })}`}
            </p>
          </div>
          {(withStatus || actions) && (
            <div className="flex flex-wrap items-center gap-2">
              {withStatus && <MeetingStatus status={m.status} />}
              {actions?.(m)}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
