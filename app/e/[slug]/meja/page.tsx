import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { tableLabel } from "@/app/_components/meeting-agenda";
import { formatEventTime } from "@/lib/format/datetime";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { hallScreen } from "@/lib/matching/queries";
import { Refresh } from "./refresh";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string; at?: string }> };

async function screenLocale(lang: string | undefined): Promise<Locale> {
  return isLocale(lang) ? lang : getLocale();
}

/** "?at=2025-05-08T09:30:00+08:00" shows the screen as it was (or will be) then: a rehearsal, or the demo. */
function moment(at: string | undefined): Date {
  const parsed = at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(at) ? new Date(at) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date();
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const screen = await hallScreen((await params).slug, new Date());
  const t = await getTranslations({ locale: await screenLocale((await searchParams).lang), namespace: "matching" });
  return { title: screen ? t("hallTitle", { name: screen.event.name }) : undefined };
}

// The hall's screen for the business matching: public, for a projector or a TV by the tables; the
// round under way and the next, table by table, with the two businesses' names. No contact data.
export default async function HallScreenPage({ params, searchParams }: Props) {
  await connection();
  const query = await searchParams;
  const screen = await hallScreen((await params).slug, moment(query.at));
  if (!screen) notFound();
  const locale = await screenLocale(query.lang);
  const t = await getTranslations({ locale, namespace: "matching" });
  const [visiting, host] = (["VISITING", "HOST"] as const).map((role) => screen.event.sides.find((s) => s.role === role)?.shortName ?? "");
  const block = (round: NonNullable<typeof screen.current>, heading: string) => (
    <section aria-label={heading} className="space-y-3">
      <h2 className="text-2xl font-semibold text-emerald-300">
        {heading}: {t("roundNumber", { number: round.number })} · {formatEventTime(round.startsAt, screen.event.timeZone, locale)}–
        {formatEventTime(round.endsAt, screen.event.timeZone, locale)}
      </h2>
      {round.meetings.length === 0 ? (
        <p className="text-xl text-slate-400">{t("roundEmpty")}</p>
      ) : (
        <table className="w-full text-left text-lg 2xl:text-2xl">
          <thead className="text-slate-400">
            <tr>
              <th className="py-2 pr-4">{t("table")}</th>
              <th className="py-2 pr-4">{visiting}</th>
              <th className="py-2">{host}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-800">
            {round.meetings.map((m) => (
              <tr key={m.table.number}>
                <td className="py-1.5 pr-4 font-bold whitespace-nowrap">{tableLabel(t("tableNumber", { number: m.table.number }), m.table.name)}</td>
                <td className="py-1.5 pr-4">{m.visiting}</td>
                <td className="py-1.5">{m.host}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
  return (
    <div className="fixed inset-0 z-50 space-y-6 overflow-y-auto bg-slate-950 px-6 py-6 text-white md:px-10" lang={locale} data-testid="hall-screen">
      <Refresh everyMs={20_000} />
      <header>
        <p className="text-lg text-slate-400">{t("title")}</p>
        <h1 className="text-3xl font-bold 2xl:text-5xl">{screen.event.name}</h1>
      </header>
      {/* Side by side on a wide screen, so a projector shows both rounds without scrolling. */}
      <div className="grid gap-8 xl:grid-cols-2">
        {screen.current && block(screen.current, t("now"))}
        {screen.next && block(screen.next, t("next"))}
      </div>
      {!screen.current && !screen.next && <p className="text-2xl text-slate-300">{screen.rounds === 0 ? t("hallNotYet") : t("hallOver")}</p>}
    </div>
  );
}
