import type { Metadata } from "next";
import { buttonClass } from "@/app/_components/button";
import { DataTable } from "@/app/_components/data-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass, labelClass } from "@/app/_components/form";
import { auditFilterChoices, auditFilters, auditPage, type AuditFilters } from "@/lib/audit/queries";
import { changeSummary } from "@/lib/audit/summary";
import { firstValues } from "@/lib/kernel/form";
import { requireStaffPage } from "@/lib/auth/page-access";
import { listEventChoices } from "@/lib/events/queries";
import { formatMoment, STAFF_TIME_ZONE, utcOffset } from "@/lib/format/datetime";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function query(filters: AuditFilters, overrides: Partial<AuditFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...overrides })) if (value) params.set(key, value);
  return `?${params.toString()}`;
}

export default async function AuditPage({ searchParams }: Props) {
  await requireStaffPage("ADMIN", "/staf/audit");
  const raw = await searchParams;
  const filters = auditFilters.parse(firstValues(raw));
  const [events, choices, t, locale] = await Promise.all([listEventChoices(), auditFilterChoices(), getTranslations("audit"), getLocale()]);
  const zone = events.find((e) => e.slug === filters.event)?.timeZone ?? STAFF_TIME_ZONE;
  const { rows, nextBefore } = await auditPage(filters, utcOffset(zone));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
        <div className="lg:col-span-2">
          <label htmlFor="f-event" className={labelClass}>
            {t("mission")}
          </label>
          <select id="f-event" name="event" defaultValue={filters.event ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            <option value="-">{t("outside")}</option>
            {events.map((event) => (
              <option key={event.id} value={event.slug}>
                {event.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-action" className={labelClass}>
            {t("action")}
          </label>
          <select id="f-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            {choices.actions.map((action) => (
              <option key={action}>{action}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-actor" className={labelClass}>
            {t("actor")}
          </label>
          <select id="f-actor" name="actor" defaultValue={filters.actor ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            {choices.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className={labelClass}>
            {t("from")}
          </label>
          <input id="f-from" name="from" type="date" defaultValue={filters.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="f-to" className={labelClass}>
            {t("to")}
          </label>
          <input id="f-to" name="to" type="date" defaultValue={filters.to} className={inputClass} />
        </div>
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={buttonClass()}>
            {t("show")}
          </button>
          <Link href="/staf/audit" className="text-sm text-slate-600 underline">
            {t("clear")}
          </Link>
        </div>
      </form>

      <DataTable
        columns={[{ label: t("time") }, { label: t("actor") }, { label: t("action") }, { label: t("target") }, { label: t("changes") }, { label: t("origin") }]}
        rows={rows.length}
        empty={t("none")}
        testId="audit-table"
      >
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-100 align-top">
            <td className="px-3 py-2 whitespace-nowrap">
              {formatMoment(row.createdAt, row.event?.timeZone ?? STAFF_TIME_ZONE, locale)}
              {row.event && <div className="text-xs text-slate-500">{row.event.name}</div>}
            </td>
            <td className="px-3 py-2">{row.actor ? row.actor.name : <span className="text-slate-500">{t("system")}</span>}</td>
            <td className="px-3 py-2 font-mono text-xs">{row.action}</td>
            <td className="px-3 py-2 font-mono text-xs">
              {row.targetType}
              <div className="text-slate-500">{row.targetId}</div>
            </td>
            <td className="px-3 py-2">
              <ul className="space-y-0.5">
                {changeSummary(row.before, row.after).map((change) => (
                  <li key={change.field}>
                    <span className="text-slate-500">{change.field}:</span>{" "}
                    {change.changed ? `${change.before ?? "—"} → ${change.after ?? "—"}` : (change.after ?? change.before)}
                  </li>
                ))}
              </ul>
            </td>
            <td className="px-3 py-2 text-xs text-slate-500">
              {row.ip}
              {row.userAgent && (
                <div className="max-w-48 truncate" title={row.userAgent}>
                  {row.userAgent}
                </div>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {nextBefore && (
        <Link href={query(filters, { before: nextBefore })} className="inline-block text-sm font-medium text-brand-700 underline">
          {t("older")}
        </Link>
      )}
    </div>
  );
}
