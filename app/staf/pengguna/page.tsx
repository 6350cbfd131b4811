import type { Metadata } from "next";
import { DataTable } from "@/app/_components/data-table";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/_components/action-button";
import { signInWatch } from "@/lib/auth/lockouts";
import { requireStaffPage } from "@/lib/auth/page-access";
import { listEventChoices } from "@/lib/events/queries";
import { formatMoment, STAFF_TIME_ZONE } from "@/lib/format/datetime";
import { listStaff } from "@/lib/users/queries";
import { liftSignInLockout } from "./actions";
import { DeskTeamForm } from "./desk-team-form";
import { NewAccountForm } from "./new-account-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function StaffManagementPage() {
  await requireStaffPage("ADMIN", "/staf/pengguna");
  const [staff, events, watch, t, locale] = await Promise.all([listStaff(), listEventChoices(), signInWatch(), getTranslations("users"), getLocale()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>

      <section aria-labelledby="staff-heading" className="space-y-3">
        <h2 id="staff-heading" className="text-lg font-semibold">
          {t("accounts")}
        </h2>
        <DataTable
          columns={[{ label: t("name") }, { label: t("email") }, { label: t("role") }, { label: t("missions") }, { label: t("status") }]}
          rows={staff.length}
          empty={null}
        >
          {staff.map((user) => (
            <tr key={user.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <Link href={`/staf/pengguna/${user.id}`} className="font-medium text-brand-700 underline">
                  {user.name}
                </Link>
              </td>
              <td className="px-3 py-2">{user.email}</td>
              <td className="px-3 py-2">{user.role === "ADMIN" ? t("organizer") : t("desk")}</td>
              <td className="px-3 py-2">{user.role === "ADMIN" ? t("allEvents") : user.assignments.map((a) => a.event.name).join(", ") || "—"}</td>
              <td className="px-3 py-2">
                {user.disabledAt ? <span className="text-red-700">{t("disabled")}</span> : user.mustChangePassword ? t("mustChange") : t("active")}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="new-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="new-heading" className="text-lg font-semibold">
            {t("newAccount")}
          </h2>
          <NewAccountForm events={events} />
        </section>
        <section aria-labelledby="team-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="team-heading" className="text-lg font-semibold">
            {t("deskTeam")}
          </h2>
          <DeskTeamForm events={events} />
        </section>
      </div>

      <section aria-labelledby="lockout-heading" className="space-y-3">
        <h2 id="lockout-heading" className="text-lg font-semibold">
          {t("lockouts")}
        </h2>
        <p className="text-sm text-slate-600">{t("lockoutHelp")}</p>
        {watch.lockouts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noLockouts")}</p>
        ) : (
          <ul className="space-y-2">
            {watch.lockouts.map((lockout) => (
              <li
                key={lockout.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm"
                data-testid="lockout"
              >
                <span>
                  {t.rich("lockoutLine", {
                    subject: lockout.subject,
                    value: lockout.value,
                    until: formatMoment(lockout.lockedUntil, STAFF_TIME_ZONE, locale),
                    b: (chunks) => <strong>{chunks}</strong>,
                  })}
                </span>
                <ActionButton action={liftSignInLockout} fields={{ lockoutId: lockout.id }} pendingText={t("lifting")}>
                  {t("lift")}
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
        {watch.failures.length > 0 && (
          <details className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
            <summary className="cursor-pointer font-medium">{t("failures")}</summary>
            <ul className="mt-2 space-y-1 text-slate-700">
              {watch.failures.map((attempt) => (
                <li key={attempt.id.toString()}>
                  {formatMoment(attempt.createdAt, STAFF_TIME_ZONE, locale)} · {attempt.email || t("emptyEmail")} · {attempt.ip}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </div>
  );
}
