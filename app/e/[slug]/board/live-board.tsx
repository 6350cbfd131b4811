"use client";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { partiesByKind } from "@/lib/agreements/party-kinds";
import { CATEGORIES } from "@/lib/commitments/rules";
import { INTL_TAG } from "@/lib/i18n/locale";
import { abbreviateRupiah, formatRupiah } from "@/lib/money/rupiah";
import { formatEventTime } from "@/lib/format/datetime";
import { categoryLabel } from "@/lib/totals/labels";
import type { TotalsJson } from "@/lib/totals/queries";
import { useLiveTotals } from "@/app/_components/live-totals";

interface Side {
  code: string;
  shortName: string;
  province: string;
  role: "VISITING" | "HOST";
}

/** Without any message (totals or ping) for this long, the board says its figures may be old. */
const STALE_MS = 45_000;
const COUNT_UP_MS = 1_500;

/** Counts from the figure shown to the new one, in BigInt (no rupiah is ever a float). */
function useCountUp(target: bigint): bigint {
  const [shown, setShown] = useState(target);
  const from = useRef(target);
  useEffect(() => {
    const start = performance.now();
    const origin = from.current;
    let frame = 0;
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / COUNT_UP_MS);
      const eased = 1 - (1 - progress) ** 3;
      const value = origin + ((target - origin) * BigInt(Math.round(eased * 1_000_000))) / 1_000_000n;
      from.current = value;
      setShown(value);
      if (progress < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return shown;
}

function useNow(everyMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function LiveBoard({ slug, initial, sides }: { slug: string; initial: TotalsJson; sides: Side[] }) {
  const t = useTranslations("board");
  const kinds = useTranslations("partyKinds");
  const locale = useLocale();
  const rupiah = (value: string | bigint) => abbreviateRupiah(BigInt(value), { locale });
  const { totals, heardAt } = useLiveTotals(slug, initial);
  const now = useNow(5_000);
  const stale = now - heardAt > STALE_MS;
  // After the cut-off every part of the board is the frozen official figure (headline, categories,
  // sectors, counts), as on the event page; what changed since is only the labelled running line.
  const figures = totals.official ?? totals;
  const headline = BigInt(figures.total);
  const shown = useCountUp(headline);
  const visiting = sides.find((s) => s.role === "VISITING")?.shortName ?? t("delegation");
  const largestCategory = CATEGORIES.reduce((max, c) => (BigInt(figures.byCategory[c]) > max ? BigInt(figures.byCategory[c]) : max), 1n);
  const largestSector = figures.bySector.reduce((max, s) => (BigInt(s.total) > max ? BigInt(s.total) : max), 1n);
  const target = totals.target ? BigInt(totals.target) : null;
  // Known at page load (from the server), or seen live: the signing that took the total past the
  // target is then the newest one. Pushes do not carry it, so it is remembered here.
  const [passedAt, setPassedAt] = useState(initial.milestones.targetPassedAt ?? null);
  const crossedNow = !passedAt && target !== null && BigInt(totals.total) >= target ? (totals.latest[0]?.signedAt ?? null) : null;
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a crossing seen once is kept through later pushes
    if (crossedNow) setPassedAt(crossedNow);
  }, [crossedNow]);
  const boardRef = useRef<HTMLDivElement>(null);
  const percent = (part: bigint, whole: bigint) => Number((part * 1000n) / (whole > 0n ? whole : 1n)) / 10;

  return (
    <div ref={boardRef} className="fixed inset-0 z-50 overflow-y-auto bg-slate-950 text-white lg:overflow-hidden" data-testid="board">
      <div className="mx-auto flex min-h-full max-w-[177.78vh] flex-col gap-[1.6vh] p-[2.2vh] lg:h-full">
        <header className="flex items-start justify-between gap-4">
          <div>
            <h1 className="text-[clamp(1.1rem,3.2vh,4rem)] leading-tight font-bold">{totals.event.name}</h1>
            <p className="text-[clamp(0.8rem,2vh,2.4rem)] text-slate-300">{totals.event.venue}</p>
          </div>
          <div className="flex items-center gap-3 text-[clamp(0.7rem,1.6vh,2rem)]">
            {stale && (
              <span className="rounded-full bg-amber-500/20 px-3 py-1 text-amber-300" data-testid="stale">
                {t("stale")}
              </span>
            )}
            <button
              type="button"
              onClick={() => (document.fullscreenElement ? document.exitFullscreen() : boardRef.current?.requestFullscreen())}
              className="rounded-md border border-slate-600 px-3 py-1 text-slate-200 hover:bg-slate-800"
            >
              {t("fullScreen")}
            </button>
            <a
              href={`?lang=${locale === "id" ? "en" : "id"}`}
              lang={locale === "id" ? "en" : "id"}
              className="rounded-md px-2 py-1 text-slate-400 hover:text-slate-100"
              data-testid="board-language"
            >
              {t("otherLanguage")}
            </a>
          </div>
        </header>

        <section className="rounded-[2vh] bg-gradient-to-br from-emerald-900 to-emerald-950 p-[2.4vh]" aria-label={t("totalLabel")}>
          <p className="text-[clamp(0.8rem,2.2vh,2.6rem)] tracking-widest text-emerald-300 uppercase">
            {totals.official ? t("officialTotalLabel") : t("totalLabel")}
          </p>
          {/* As tall as a projector allows, and never wider than a phone held upright: Rp1.053.146.943.500 is 19 characters. */}
          <p className="text-[clamp(1.25rem,min(9vh,6.2vw),12rem)] leading-none font-bold tabular-nums" data-testid="board-total" aria-live="polite">
            {formatRupiah(shown, locale)}
          </p>
          <div className="mt-[1vh] flex flex-wrap items-center gap-x-6 text-[clamp(1rem,3.4vh,4.4rem)] text-emerald-200">
            <span data-testid="board-abbreviation">{abbreviateRupiah(headline, { locale })}</span>
            {totals.official && <span className="rounded-full bg-emerald-700/60 px-4 text-[0.6em] text-emerald-50">{t("official")}</span>}
            {totals.official && totals.total !== totals.official.total && (
              <span className="text-[0.6em]">{t("runningSince", { amount: abbreviateRupiah(BigInt(totals.total), { locale }) })}</span>
            )}
          </div>
          {/* Said once, quietly: this mission is the highest of the organizer's missions so far. */}
          {totals.milestones.rank.position === 1 && totals.milestones.rank.of > 1 && (
            <p className="mt-[0.6vh] text-[clamp(0.8rem,2vh,2.4rem)] text-emerald-200" data-testid="board-rank">
              {t("highestOf", { count: totals.milestones.rank.of })}
            </p>
          )}
          {/* An interim announcement stands, with its time, until the next one or the official freeze. */}
          {!totals.official && totals.interim && (
            <p className="mt-[1vh] text-[clamp(0.9rem,2.4vh,3rem)] text-amber-200" data-testid="board-interim">
              {t("interimLine", {
                time: formatEventTime(new Date(totals.interim.asOf), totals.event.timeZone, locale),
                amount: formatRupiah(BigInt(totals.interim.total), locale),
              })}
            </p>
          )}
          {target && (
            <div className="mt-[1.2vh]">
              <div className="h-[1.4vh] overflow-hidden rounded-full bg-emerald-950/80">
                <div className="h-full bg-emerald-400 transition-all duration-1000" style={{ width: `${Math.min(100, percent(headline, target))}%` }} />
              </div>
              <p className="mt-[0.5vh] text-[clamp(0.7rem,1.8vh,2.2rem)] text-emerald-300" data-testid="board-target">
                {t("ofTarget", { percent: percent(headline, target).toLocaleString(INTL_TAG[locale]), target: rupiah(target) })}
                {passedAt && (
                  <span data-testid="board-target-passed">
                    {" · "}
                    {t("targetPassed", { time: formatEventTime(new Date(passedAt), totals.event.timeZone, locale) })}
                  </span>
                )}
              </p>
            </div>
          )}
        </section>

        <div className="grid flex-1 gap-[1.6vh] lg:min-h-0 lg:grid-cols-3">
          <section className="space-y-[1.4vh] rounded-[1.6vh] bg-slate-900 p-[2vh]" aria-label={t("byCategory")}>
            {CATEGORIES.map((category) => (
              <div key={category} data-testid={`board-category-${category}`}>
                <div className="flex items-baseline justify-between gap-2 text-[clamp(0.8rem,2.2vh,2.8rem)]">
                  <span className="text-slate-300">{categoryLabel(category, visiting, locale)}</span>
                  <span className="font-semibold tabular-nums" data-testid={`board-category-value-${category}`}>
                    {rupiah(figures.byCategory[category])}
                  </span>
                </div>
                <div className="mt-[0.5vh] h-[1.6vh] overflow-hidden rounded-full bg-slate-800">
                  <div
                    className="h-full bg-sky-400 transition-all duration-1000"
                    style={{ width: `${percent(BigInt(figures.byCategory[category]), largestCategory)}%` }}
                  />
                </div>
              </div>
            ))}
            <div className="grid grid-cols-2 gap-[1vh] pt-[1vh] text-[clamp(0.7rem,1.9vh,2.4rem)]">
              <p>
                <strong className="block text-[1.8em] tabular-nums" data-testid="board-commitments">
                  {figures.commitments}
                </strong>{" "}
                {t("signed")}
              </p>
              <p>
                <strong className="block text-[1.8em] tabular-nums">{figures.agreements}</strong> {t("agreements")}
                {figures.agreements > 0 && (
                  <span className="block text-[0.7em] text-slate-400" data-testid="board-agreement-parties">
                    {partiesByKind(totals.agreementParties, (kind, count) => kinds("count", { kind, count }))}
                  </span>
                )}
              </p>
            </div>
          </section>

          <section className="space-y-[1.2vh] rounded-[1.6vh] bg-slate-900 p-[2vh]" aria-label={t("businessesAndSectors")}>
            {sides.map((side) => {
              const counts = totals.businesses[side.code];
              return (
                <div key={side.code} className="text-[clamp(0.7rem,1.9vh,2.4rem)]">
                  <p className="text-slate-300">{t("businessesOf", { province: side.province })}</p>
                  <p>
                    <strong className="text-[1.5em] tabular-nums">{counts?.checkedIn ?? 0}</strong>{" "}
                    {t("presence", { registered: counts?.registered ?? 0, quota: counts?.quota ?? 0 })}
                  </p>
                </div>
              );
            })}
            <div className="space-y-[0.6vh] pt-[0.6vh]">
              <p className="text-[clamp(0.7rem,1.8vh,2.2rem)] tracking-wide text-slate-400 uppercase">{t("bySector")}</p>
              {figures.bySector.slice(0, 6).map((row) => (
                <div key={row.sector} className="grid grid-cols-[40%_1fr_auto] items-center gap-2 text-[clamp(0.65rem,1.6vh,2rem)]">
                  <span className="truncate text-slate-300">{row.sector}</span>
                  <span className="h-[1.1vh] overflow-hidden rounded-full bg-slate-800">
                    <span className="block h-full bg-amber-400" style={{ width: `${percent(BigInt(row.total), largestSector)}%` }} />
                  </span>
                  <span className="tabular-nums">{rupiah(row.total)}</span>
                </div>
              ))}
            </div>
          </section>

          <section className="overflow-hidden rounded-[1.6vh] bg-slate-900 p-[2vh]" aria-label={t("latest")}>
            <p className="text-[clamp(0.7rem,1.8vh,2.2rem)] tracking-wide text-slate-400 uppercase">{t("latest")}</p>
            <ul className="mt-[1vh] space-y-[1vh]" data-testid="board-ticker">
              {totals.latest.slice(0, 6).map((c) => (
                <li key={`${c.signedAt}-${c.visiting}-${c.value}`} className="border-l-4 border-emerald-400 pl-[1vh] text-[clamp(0.65rem,1.7vh,2.1rem)]">
                  <p className="truncate font-semibold">
                    {c.visiting} — {c.host}
                  </p>
                  <p className="text-slate-300">
                    {categoryLabel(c.category, visiting, locale)} · {rupiah(c.value)}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
