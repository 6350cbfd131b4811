"use client";
import { useEffect, useState } from "react";

interface SideCount {
  code: string;
  shortName: string;
  province: string;
  registered: number;
  checkedIn: number;
  quota: number;
}

// Polls the public totals every few seconds, so counters move as other desks work. (The board gets a
// pushed stream; a desk screen is fine with this.)
const EVERY_MS = 3000;

export function LiveCounters({ slug, initial }: { slug: string; initial: SideCount[] }) {
  const [sides, setSides] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/events/${slug}/totals`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const body = (await response.json()) as { businesses: Record<string, Pick<SideCount, "registered" | "checkedIn" | "quota">> };
        setSides((current) => current.map((side) => ({ ...side, ...body.businesses[side.code] })));
      } catch {
        // Offline for a moment: keep the last figures and try again.
      }
    }, EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [slug]);

  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {sides.map((side) => (
        <div key={side.code} className="rounded-xl border border-slate-200 bg-white p-4" data-testid={`counter-${side.code}`}>
          <dt className="text-sm text-slate-600">
            Pelaku usaha {side.shortName} <span className="text-slate-400">· {side.province}</span>
          </dt>
          <dd className="mt-1 flex flex-wrap items-baseline gap-x-4 text-lg">
            <span>
              <strong className="text-2xl" data-testid={`checked-in-${side.code}`}>{side.checkedIn}</strong> hadir
            </span>
            <span>
              <strong className="text-2xl" data-testid={`registered-${side.code}`}>{side.registered}</strong> terdaftar
            </span>
            <span className="text-slate-600">kuota {side.quota}</span>
          </dd>
          <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden>
            <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, (side.checkedIn / Math.max(1, side.quota)) * 100)}%` }} />
          </div>
        </div>
      ))}
    </dl>
  );
}
