import { badgeQrSvg } from "@/lib/businesses/badge";
import { badgeLink } from "@/lib/businesses/representative-access";

export interface BadgeBusiness {
  name: string;
  representative: string;
  sector: string;
  regency: string;
  badgeCode: string;
  accessSecret: string;
  side: { shortName: string; province: string; role: "VISITING" | "HOST" };
}

/**
 * One name badge: who, from which side and sector, and a QR code. The desk scans it to check in; the
 * representative opens it to reach their own letters. No contact data.
 */
export async function Badge({ business, eventName, origin }: { business: BadgeBusiness; eventName: string; origin: string }) {
  const svg = await badgeQrSvg(badgeLink(origin, business));
  const visiting = business.side.role === "VISITING";
  return (
    <article className="badge flex h-[65mm] w-[95mm] flex-col overflow-hidden rounded-lg border border-slate-300 bg-white" data-testid="badge">
      <header className={`px-3 py-1.5 text-xs font-semibold tracking-wide text-white uppercase ${visiting ? "bg-brand-700" : "bg-sky-800"}`}>
        {eventName} · {business.side.shortName}
      </header>
      <div className="flex flex-1 items-center gap-3 p-3">
        <div className="min-w-0 flex-1">
          <p className="text-lg leading-tight font-bold">{business.name}</p>
          <p className="mt-1 text-sm">{business.representative}</p>
          <p className="mt-1 text-xs text-slate-600">
            {business.sector}
            {business.regency ? ` · ${business.regency}` : ""}
          </p>
          <p className="mt-2 font-mono text-xs tracking-widest text-slate-500">{business.badgeCode}</p>
        </div>
        <div className="size-[30mm] shrink-0" aria-label={`Kode QR ${business.badgeCode}`} role="img" dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
    </article>
  );
}
