"use client";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useLiveTotals } from "@/app/_components/live-totals";
import type { Locale } from "@/lib/i18n/locale";
import { abbreviateRupiah, formatRupiah } from "@/lib/money/rupiah";
import type { TotalsJson } from "@/lib/totals/queries";
import { FreezeForm } from "./freeze-form";

interface SideLabel {
  code: string;
  shortName: string;
  province: string;
}

/**
 * The desk's figures, fed by the same pushed stream as the board, so every counter moves as other
 * desks work: attendance per side, commitments and agreements, and for organizers the figure a
 * freeze would take (the freeze sends the one shown, and is refused if the ledger moved since).
 */
export function DeskFigures({ slug, initial, sides, freezes }: { slug: string; initial: TotalsJson; sides: SideLabel[]; freezes?: ReactNode }) {
  const t = useTranslations("desk");
  const locale = useLocale() as Locale;
  const { totals } = useLiveTotals(slug, initial);
  const total = BigInt(totals.total);
  return (
    <>
      <SideCounters totals={totals} labels={sides} />
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("commitmentsSigned")}</dt>
          <dd className="mt-1 text-xl font-semibold" data-testid="desk-commitments">
            {totals.commitments} · {abbreviateRupiah(total, { locale })}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("agreements")}</dt>
          <dd className="mt-1 text-xl font-semibold">{totals.agreements}</dd>
        </div>
      </dl>
      {freezes !== undefined && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="official-heading">
          <h2 id="official-heading" className="text-lg font-semibold">
            {t("official")}
          </h2>
          <p className="text-sm text-slate-600" data-testid="freeze-figure">
            {t("officialHelp", { total: formatRupiah(total, locale) })}
          </p>
          {freezes}
          <FreezeForm slug={slug} seen={{ total: totals.total, commitments: totals.commitments }} />
        </section>
      )}
    </>
  );
}

function SideCounters({ totals, labels }: { totals: TotalsJson; labels: SideLabel[] }) {
  const t = useTranslations("desk");
  const sides = labels.map((side) => ({ ...side, ...totals.businesses[side.code] }));
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {sides.map((side) => (
        <div key={side.code} className="rounded-xl border border-slate-200 bg-white p-4" data-testid={`counter-${side.code}`}>
          <dt className="text-sm text-slate-600">
            {t("businessesOf", { side: side.shortName })} <span className="text-slate-400">· {side.province}</span>
          </dt>
          <dd className="mt-1 flex flex-wrap items-baseline gap-x-4 text-lg">
            <span>
              <strong className="text-2xl" data-testid={`checked-in-${side.code}`}>
                {side.checkedIn}
              </strong>{" "}
              {t("present")}
            </span>
            <span>
              <strong className="text-2xl" data-testid={`registered-${side.code}`}>
                {side.registered}
              </strong>{" "}
              {t("registered")}
            </span>
            <span className="text-slate-600">{t("quota", { quota: side.quota })}</span>
          </dd>
          <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden>
            <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, (side.checkedIn / Math.max(1, side.quota)) * 100)}%` }} />
          </div>
        </div>
      ))}
    </dl>
  );
}
