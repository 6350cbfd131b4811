import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { partiesByKind } from "@/lib/agreements/party-kinds";
import { periodPhrase } from "@/lib/commitments/recurrence";
import { CopyButton } from "@/app/_components/copy-button";
import { funnelWords } from "@/lib/reports/funnel";
import { PrintButton } from "@/app/_components/print-button";
import { requireEventPage } from "@/lib/auth/page-access";
import { CATEGORIES } from "@/lib/commitments/rules";
import { formatEventDate, formatEventTime, formatMoment } from "@/lib/format/datetime";
import { abbreviateRupiah, amountInWords, formatRupiah } from "@/lib/money/rupiah";
import { interimPressFiguresOf, pressFiguresOf, pressSummary } from "@/lib/reports/press-summary";
import { eventRecap, type RecapRow } from "@/lib/reports/recap";
import { categoryLabel } from "@/lib/totals/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recap"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

// Rekapitulasi: what the organizers hand the governor's office and the press after the cut-off.
export default async function RecapPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/rekap`);
  const [recap, t, instruments, kinds, recurrences, locale] = await Promise.all([
    eventRecap(event),
    getTranslations("recap"),
    getTranslations("instruments"),
    getTranslations("partyKinds"),
    getTranslations("recurrences"),
    getLocale(),
  ]);
  if (!recap) return null;
  const { totals } = recap;
  const tz = totals.event.timeZone;
  const rupiah = (value: bigint) => formatRupiah(value, locale);
  const short = (value: bigint) => abbreviateRupiah(value, { locale });
  const headline = totals.official ?? totals;
  const visiting = recap.sides.find((s) => s.role === "VISITING")?.shortName ?? "";
  const press = pressSummary(pressFiguresOf(recap), locale);
  // Before the cut-off, the latest interim announcement gets its own paragraph, with its time.
  const interimFigures = totals.official ? null : interimPressFiguresOf(recap);
  const interimPress = interimFigures && pressSummary(interimFigures, locale);

  return (
    <article className="space-y-8" data-testid="recap">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium tracking-wide text-brand-700 uppercase">{t("title")}</p>
          <h1 className="text-2xl font-bold">{totals.event.name}</h1>
          <p className="text-slate-600">
            {totals.event.venue}, {totals.event.city} · {formatEventDate(totals.event.startsAt, tz, locale)}
          </p>
        </div>
        <div className="flex gap-2 print:hidden">
          <a
            href={`/api/events/${event.slug}/recap?lang=${locale}`}
            className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
            data-testid="recap-pdf"
          >
            {t("downloadPdf")}
          </a>
          <PrintButton label={t("print")} />
        </div>
      </header>

      <section className="rounded-xl bg-emerald-900 p-6 text-white">
        <p className="text-sm tracking-wide text-emerald-200 uppercase">
          {totals.official ? t("headlineFinal", { moment: formatMoment(totals.official.frozenAt, tz, locale) }) : t("headlineRunning")}
        </p>
        <p className="mt-1 text-4xl font-bold tabular-nums" data-testid="recap-total">
          {rupiah(headline.total)}
        </p>
        <p className="mt-1 text-lg text-emerald-100">{short(headline.total)}</p>
        <p className="mt-2 text-sm text-emerald-100">{t("inWords", { words: amountInWords(headline.total, locale) })}</p>
        {totals.official && (
          <p className="mt-3 text-sm text-emerald-100">
            {totals.official.since.signed.count + totals.official.since.voided.count === 0
              ? t("noChangesSinceCutOff")
              : t("sinceCutOff", {
                  signed: totals.official.since.signed.count,
                  signedTotal: short(totals.official.since.signed.total),
                  voided: totals.official.since.voided.count,
                  voidedTotal: short(totals.official.since.voided.total),
                  running: rupiah(totals.total),
                })}
          </p>
        )}
      </section>

      <section className="space-y-3">
        <div className="flex items-center justify-between gap-4">
          <h2 className="text-lg font-semibold">{t("press")}</h2>
          <CopyButton text={press} selectId="press-summary" label={t("copy")} done={t("copied")} failed={t("copyFailed")} />
        </div>
        <p id="press-summary" className="rounded-xl border border-slate-200 bg-white p-4 leading-relaxed" data-testid="press-summary">
          {press}
        </p>
        {interimPress && (
          <p className="rounded-xl border border-amber-200 bg-amber-50 p-4 leading-relaxed" data-testid="press-summary-interim">
            {interimPress}
          </p>
        )}
      </section>

      <section>
        <h2 className="text-lg font-semibold">{t("byCategory")}</h2>
        <Bars
          rows={CATEGORIES.map((c) => ({ label: categoryLabel(c, visiting, locale), count: 0, total: headline.byCategory[c] }))}
          rupiah={rupiah}
          short={short}
          testId="recap-categories"
        />
      </section>

      {totals.interim && (
        <p className="text-sm text-slate-600" data-testid="recap-interim">
          {t("interimLine", { time: formatEventTime(totals.interim.asOf, tz, locale), total: rupiah(totals.interim.total), count: totals.interim.commitments })}
        </p>
      )}
      {totals.recurring.count > 0 && (
        <p className="text-sm text-slate-600" data-testid="recap-recurring">
          {t("recurring", { count: totals.recurring.count, total: rupiah(totals.recurring.total) })}
        </p>
      )}

      {headline.total !== totals.total && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("breakdownsRunning", { running: rupiah(totals.total) })}</p>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <section>
          <h2 className="text-lg font-semibold">{t("bySector")}</h2>
          <Bars rows={recap.bySector} rupiah={rupiah} short={short} empty={t("none")} />
        </section>
        <section>
          <h2 className="text-lg font-semibold">{t("byInstrument")}</h2>
          <Bars rows={recap.byInstrument.map((r) => ({ ...r, label: instruments(r.instrument) }))} rupiah={rupiah} short={short} empty={t("none")} />
        </section>
        {recap.byRegency.map(({ sideCode, rows }) => (
          <section key={sideCode}>
            <h2 className="text-lg font-semibold">{t("byRegency", { side: recap.sides.find((s) => s.code === sideCode)?.shortName ?? sideCode })}</h2>
            <Bars rows={rows} rupiah={rupiah} short={short} empty={t("none")} />
          </section>
        ))}
      </div>

      <section>
        <h2 className="text-lg font-semibold">{t("businesses")}</h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t("side")}</th>
              <th className="py-1 text-right">{t("registered")}</th>
              <th className="py-1 text-right">{t("present")}</th>
              <th className="py-1 text-right">{t("quota")}</th>
            </tr>
          </thead>
          <tbody>
            {totals.businesses.map((b) => (
              <tr key={b.code} className="border-t border-slate-200">
                <td className="py-1">{b.province}</td>
                <td className="py-1 text-right tabular-nums">{b.registered}</td>
                <td className="py-1 text-right tabular-nums">{b.checkedIn}</td>
                <td className="py-1 text-right tabular-nums">{b.quota}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2 className="text-lg font-semibold">{t("top")}</h2>
        {recap.top.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <ol className="mt-2 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {recap.top.map((c, i) => (
              <li key={i} className="flex flex-wrap justify-between gap-2 px-4 py-2 text-sm">
                <span>
                  {c.visiting} — {c.host} · {categoryLabel(c.category, visiting, locale)} · {c.commodity}
                </span>
                <span className="font-semibold tabular-nums">
                  {rupiah(c.value)}
                  {c.recurrence !== "ONE_OFF" && ` ${periodPhrase(recurrences, c.recurrence, c.recurrenceYears)}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section>
        <h2 className="text-lg font-semibold">{t("agreements")}</h2>
        {recap.agreements.length > 0 && (
          <p className="text-sm text-slate-600" data-testid="recap-agreement-parties">
            {partiesByKind(totals.agreementParties, (kind, count) => kinds("count", { kind, count }))}
          </p>
        )}
        {recap.agreements.length === 0 ? (
          <p className="text-slate-600">{t("noAgreements")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {recap.agreements.map((a, i) => (
              <li key={i}>
                {a.title}: {a.visitingParty} — {a.hostParty}
              </li>
            ))}
          </ul>
        )}
      </section>

      {recap.repeatPartners.length > 0 && (
        <section data-testid="recap-repeat-partners">
          <h2 className="text-lg font-semibold">{t("repeatPartners", { count: recap.repeatPartners.length })}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {recap.repeatPartners.map((p) => (
              <li key={`${p.side}-${p.name}`}>
                {p.name} ({p.side}): {p.missions.join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section data-testid="recap-funnel">
        <h2 className="text-lg font-semibold">{t("matching")}</h2>
        {recap.funnel.suggested + recap.funnel.accepted === 0 ? (
          <p className="text-slate-600">{t("noMatching")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-700">{t("matchingSummary", funnelWords(recap.funnel, rupiah))}</p>
            <div className="mt-2 overflow-x-auto rounded-xl border border-slate-200 bg-white">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th className="px-3 py-2">{t("sector")}</th>
                    {(["stageSuggested", "stageAccepted", "stageScheduled", "stageHeld", "stageDeals", "stageCommitted", "stageRealised"] as const).map(
                      (stage) => (
                        <th key={stage} className="px-3 py-2 text-right">
                          {t(stage)}
                        </th>
                      ),
                    )}
                  </tr>
                </thead>
                <tbody>
                  {[{ sector: t("allSectors"), ...recap.funnel }, ...recap.funnel.bySector].map((row, i) => (
                    <tr key={row.sector} className={`border-t border-slate-100 tabular-nums ${i === 0 ? "font-semibold" : ""}`}>
                      <td className="px-3 py-2">{row.sector}</td>
                      {[row.suggested, row.accepted, row.scheduled, row.held, row.deals].map((count, k) => (
                        <td key={k} className="px-3 py-2 text-right">
                          {count}
                        </td>
                      ))}
                      <td className="px-3 py-2 text-right whitespace-nowrap">{rupiah(row.committed)}</td>
                      <td className="px-3 py-2 text-right whitespace-nowrap">{rupiah(row.realised)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section>
        <h2 className="text-lg font-semibold">{t("realisation")}</h2>
        <dl className="mt-2 grid gap-4 sm:grid-cols-3" data-testid="recap-realisation">
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t("committed")}</dt>
            <dd className="text-lg font-semibold tabular-nums">{rupiah(recap.realisation.committed)}</dd>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t("realised")}</dt>
            <dd className="text-lg font-semibold tabular-nums">{rupiah(recap.realisation.realised)}</dd>
          </div>
          <p className="self-center text-sm text-slate-600">{t("followedUp", { count: recap.realisation.commitmentsFollowedUp })}</p>
        </dl>
      </section>
    </article>
  );
}

/** A table with a bar per row: the recap's charts, which also print. */
function Bars({
  rows,
  rupiah,
  short,
  empty,
  testId,
}: {
  rows: RecapRow[];
  rupiah: (v: bigint) => string;
  short: (v: bigint) => string;
  empty?: string;
  testId?: string;
}) {
  if (rows.length === 0) return <p className="text-slate-600">{empty}</p>;
  const largest = rows.reduce((max, r) => (r.total > max ? r.total : max), 1n);
  return (
    <ul className="mt-2 space-y-2" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.label} className="text-sm">
          <div className="flex justify-between gap-2">
            <span>
              {row.label}
              {row.count > 0 && <span className="text-slate-500"> · {row.count}</span>}
            </span>
            <span className="tabular-nums" title={rupiah(row.total)}>
              {short(row.total)}
            </span>
          </div>
          <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400">
            <div className="h-full bg-brand-600" style={{ width: `${Number((row.total * 1000n) / largest) / 10}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
