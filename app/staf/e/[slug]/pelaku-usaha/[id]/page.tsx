import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { pageOrigin } from "@/lib/http/page-origin";
import { businessDetail, eventSides, repeatPartners } from "@/lib/businesses/queries";
import { seesContactData } from "@/lib/businesses/contact-rule";
import { commitmentsOfBusiness } from "@/lib/commitments/queries";
import { formatRupiah } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";
import { formatEventDate, formatEventTime, formatMoment } from "@/lib/format/datetime";
import { Badge } from "../../lencana/badge";
import { ActionButton } from "@/app/_components/action-button";
import { badgeLink } from "@/lib/businesses/representative-access";
import { revokeBadgeLinkAction } from "../actions";
import { CheckInControls } from "./check-in-controls";
import { MatchingSection } from "./matching-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("businesses"))("title") };
}

type Props = { params: Promise<{ slug: string; id: string }> };

export default async function BusinessPage({ params }: Props) {
  const { slug, id } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/pelaku-usaha/${id}`);
  const [business, commitments, [repeat], origin, { sectors }] = await Promise.all([
    businessDetail(event.id, id, { withContact: seesContactData(actor) }),
    commitmentsOfBusiness(event.id, id),
    repeatPartners(event.id, { businessId: id }),
    pageOrigin(),
    eventSides(event.id),
  ]);
  if (!business) notFound();
  const earlier = repeat?.missions ?? [];
  const [t, labels, locale] = await Promise.all([getTranslations("business"), getTranslations("labels"), getLocale()]);
  const details: [string, string | null][] = [
    [t("representative"), business.representative],
    [t("side"), `${business.side.shortName} (${business.side.province})`],
    [t("sector"), business.sector],
    [t("regency"), business.regency || null],
    [t("legalForm"), business.legalForm && labels(`legalForms.${business.legalForm}`)],
    [t("scale"), business.scale && labels(`scales.${business.scale}`)],
    ...(business.contact
      ? ([
          [t("nib"), business.contact.nib],
          [t("phone"), business.contact.phone],
          [t("email"), business.contact.email],
        ] as [string, string | null][])
      : []),
    [t("products"), business.products],
    [t("registration"), `${business.source === "WALK_IN" ? t("walkIn") : t("preRegistered")}, ${formatMoment(business.createdAt, event.timeZone, locale)}`],
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/staf/e/${event.slug}/pelaku-usaha`} className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{business.name}</h1>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl border border-slate-200 bg-white p-5 text-sm">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd>{value ?? "—"}</dd>
            </div>
          ))}
        </dl>
        <div className="space-y-4">
          <section className="rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="presence-heading">
            <h2 id="presence-heading" className="font-semibold">
              {t("presence")}
            </h2>
            <p className="mt-1" data-testid="presence">
              {business.checkedInAt
                ? `${t("checkedInAt", { time: formatEventTime(business.checkedInAt, event.timeZone, locale) })}${business.checkedInDesk ? t("byDesk", { desk: business.checkedInDesk }) : ""}${business.checkedInBy ? ` (${business.checkedInBy.name})` : ""}.`
                : t("notCheckedIn")}
            </p>
            <CheckInControls slug={event.slug} businessId={business.id} checkedIn={Boolean(business.checkedInAt)} />
          </section>
          <section className="rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="commitments-heading">
            <h2 id="commitments-heading" className="font-semibold">
              {t("commitments")}
            </h2>
            {commitments.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">{t("noCommitments")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-100 text-sm">
                {commitments.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link href={`/staf/e/${event.slug}/komitmen/${c.id}`} className="text-brand-700 underline">
                      {categoryLabel(c.category, c.visitingBusiness.side.shortName, locale)}: {c.commodity} (
                      {c.visitingBusiness.id === business.id ? c.hostBusiness.name : c.visitingBusiness.name})
                    </Link>
                    <span className={c.status === "VOID" ? "text-slate-400 line-through" : ""}>
                      {formatRupiah(c.value, locale)} · {t("status", { status: c.status })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {earlier.length > 0 && (
            <section className="rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="earlier-heading" data-testid="earlier-missions">
              <h2 id="earlier-heading" className="font-semibold">
                {t("earlierMissions")}
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {earlier.map((mission) => (
                  <li key={mission.slug}>
                    {mission.name}, {mission.city} · {formatEventDate(mission.startsAt, mission.timeZone, locale)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="space-y-2" aria-labelledby="badge-heading">
            <div className="flex items-center justify-between">
              <h2 id="badge-heading" className="font-semibold">
                {t("badge")}
              </h2>
              <Link href={`/staf/e/${event.slug}/lencana?id=${business.id}`} className="text-sm font-medium text-brand-700 underline">
                {t("printBadge")}
              </Link>
            </div>
            <Badge business={business} eventName={event.name} origin={origin} />
            <p className="text-sm text-slate-600">
              {t("badgeHelp")}{" "}
              <a href={badgeLink(origin, business)} className="text-brand-700 underline">
                {t("badgeLink")}
              </a>
            </p>
            {actor.role === "ADMIN" && (
              <ActionButton
                action={revokeBadgeLinkAction}
                fields={{ slug: event.slug, businessId: business.id }}
                pendingText={t("revoking")}
                confirmText={t("revokeConfirm")}
              >
                {t("revoke")}
              </ActionButton>
            )}
          </section>
        </div>
      </div>
      <MatchingSection event={event} business={business} sectors={sectors} />
    </div>
  );
}
