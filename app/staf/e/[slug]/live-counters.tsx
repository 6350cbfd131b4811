"use client";
import { useTranslations } from "next-intl";
import { useLiveTotals } from "@/app/_components/live-totals";
import type { TotalsJson } from "@/lib/totals/queries";

interface SideLabel {
  code: string;
  shortName: string;
  province: string;
}

// Fed by the same pushed stream as the board, so counters move as other desks work.
export function LiveCounters({ slug, initial, sides: labels }: { slug: string; initial: TotalsJson; sides: SideLabel[] }) {
  const t = useTranslations("desk");
  const { totals } = useLiveTotals(slug, initial);
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
