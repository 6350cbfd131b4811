import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { INTL_TAG, type Locale } from "@/lib/i18n/locale";
import { agreementsPage } from "@/lib/agreements/queries";
import { eventTotals } from "@/lib/totals/queries";
import { partiesByKind } from "@/lib/agreements/party-kinds";
import type { PartyKind } from "@/lib/generated/prisma/enums";
import { AgreementForm } from "./agreement-form";
import { VoidAgreementForm } from "./void-agreement-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

// A calendar day (stored at midnight UTC), in the reader's language.
const date = (d: Date, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_TAG[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);

export default async function AgreementsPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/kerja-sama`);
  // Parties by kind as the totals count them (distinct parties of the agreements in force), as on the board and the recap.
  const [{ sides, agreements, parties }, totals, t, kinds, locale] = await Promise.all([
    agreementsPage(event.id),
    eventTotals(event.slug),
    getTranslations("agreements"),
    getTranslations("partyKinds"),
    getLocale(),
  ]);
  const kindOf = (p: { kind: PartyKind; kindName: string | null }) => p.kindName ?? kinds(p.kind);
  const active = agreements.filter((a) => a.status === "ACTIVE").length;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-600" data-testid="agreement-count">
          {t("active", { count: active })}
        </p>
        {active > 0 && totals && (
          <p className="text-sm text-slate-600" data-testid="agreement-parties">
            {t("partiesByKind", { parties: partiesByKind(totals.agreementParties, (kind, count) => kinds("count", { kind, count })) })}
          </p>
        )}
      </div>
      {agreements.length > 0 && (
        <ul className="space-y-3">
          {agreements.map((a) => (
            <li
              key={a.id}
              className={`rounded-xl border bg-white p-4 ${a.status === "VOID" ? "border-slate-200 opacity-60" : "border-slate-200"}`}
              data-testid="agreement"
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className="font-semibold">
                    {a.title}{" "}
                    {a.status === "VOID" && (
                      <span className="ml-1 rounded bg-red-100 px-1.5 text-xs text-red-800">{t("voided", { reason: a.voidReason ?? "" })}</span>
                    )}
                  </p>
                  <p className="text-sm text-slate-600">
                    {a.visitingParty.acronym ?? a.visitingParty.name} ({kindOf(a.visitingParty)}) — {a.hostParty.acronym ?? a.hostParty.name} (
                    {kindOf(a.hostParty)}) · {date(a.signedOn, locale)}
                    {a.documentNumber ? t("number", { number: a.documentNumber }) : ""}
                  </p>
                  {a.scope && <p className="mt-1 text-sm">{a.scope}</p>}
                  <p className="mt-1 text-xs text-slate-500">{t("signedBy", { visiting: a.visitingSignatory, host: a.hostSignatory })}</p>
                  {a.document && (
                    <a
                      href={`/api/events/${event.slug}/agreements/${a.id}/document`}
                      className="mt-1 inline-block text-sm font-medium text-brand-700 underline"
                    >
                      {t("scan", { size: Math.ceil(a.document.size / 1024) })}
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
          {t("record")}
        </h2>
        <AgreementForm
          slug={event.slug}
          sides={sides.map((s) => ({
            role: s.role,
            province: s.province,
            shortName: s.shortName,
            parties: parties
              .filter((p) => p.province === s.province)
              .map((p) => ({ id: p.id, label: p.acronym ? `${p.acronym} (${p.name})` : p.name, kind: kindOf(p) })),
          }))}
        />
      </section>
    </div>
  );
}
