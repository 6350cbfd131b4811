import type { Metadata } from "next";
import { requireEventPage } from "@/lib/auth/page-access";
import { agreementsPage } from "@/lib/agreements/queries";
import { AgreementForm } from "./agreement-form";
import { VoidAgreementForm } from "./void-agreement-form";

export const metadata: Metadata = { title: "Kerja sama antar-OPD" };

type Props = { params: Promise<{ slug: string }> };

const date = (d: Date) => new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);

export default async function AgreementsPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/kerja-sama`);
  const { sides, agreements, opds } = await agreementsPage(event.id);
  const active = agreements.filter((a) => a.status === "ACTIVE").length;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Kerja sama antar-OPD</h1>
        <p className="text-slate-600" data-testid="agreement-count">
          {active} kerja sama aktif. Tanpa nilai rupiah; dihitung terpisah dari komitmen transaksi.
        </p>
      </div>
      {agreements.length > 0 && (
        <ul className="space-y-3">
          {agreements.map((a) => (
            <li key={a.id} className={`rounded-xl border bg-white p-4 ${a.status === "VOID" ? "border-slate-200 opacity-60" : "border-slate-200"}`} data-testid="agreement">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className="font-semibold">
                    {a.title} {a.status === "VOID" && <span className="ml-1 rounded bg-red-100 px-1.5 text-xs text-red-800">dibatalkan: {a.voidReason}</span>}
                  </p>
                  <p className="text-sm text-slate-600">
                    {a.visitingOpd.acronym ?? a.visitingOpd.name} — {a.hostOpd.acronym ?? a.hostOpd.name} · {date(a.signedOn)}
                    {a.documentNumber ? ` · No. ${a.documentNumber}` : ""}
                  </p>
                  {a.scope && <p className="mt-1 text-sm">{a.scope}</p>}
                  <p className="mt-1 text-xs text-slate-500">
                    Ditandatangani: {a.visitingSignatory}; {a.hostSignatory}
                  </p>
                  {a.document && (
                    <a href={`/api/events/${event.slug}/agreements/${a.id}/document`} className="mt-1 inline-block text-sm font-medium text-brand-700 underline">
                      Dokumen pindaian ({Math.ceil(a.document.size / 1024)} KB)
                    </a>
                  )}
                </div>
                {actor.role === "ADMIN" && a.status === "ACTIVE" && <VoidAgreementForm slug={event.slug} agreementId={a.id} />}
              </div>
            </li>
          ))}
        </ul>
      )}
      <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="new-agreement">
        <h2 id="new-agreement" className="text-lg font-semibold">
          Catat kerja sama
        </h2>
        <AgreementForm slug={event.slug} sides={sides.map((s) => ({ role: s.role, province: s.province, shortName: s.shortName, opds: opds.filter((o) => o.province === s.province).map((o) => ({ id: o.id, label: o.acronym ? `${o.acronym} (${o.name})` : o.name })) }))} />
      </section>
    </div>
  );
}
