import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/_components/action-button";
import { requireStaffPage } from "@/lib/auth/page-access";
import { listEventChoices } from "@/lib/events/queries";
import { staffMember } from "@/lib/users/queries";
import { disableAccount, enableAccount } from "../actions";
import { AssignmentsForm } from "./assignments-form";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("accountTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function StaffMemberPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage("ADMIN", `/staf/pengguna/${id}`);
  const [user, events] = await Promise.all([staffMember(id), listEventChoices()]);
  if (!user) notFound();
  const t = await getTranslations("users");
  return (
    <div className="space-y-6">
      <div>
        <Link href="/staf/pengguna" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{user.name}</h1>
        <p className="text-slate-600">
          {user.email} · {user.role === "ADMIN" ? t("organizer") : t("desk")} · {user.disabledAt ? t("disabled") : t("active")}
        </p>
      </div>

      {user.role === "DESK" && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="assign-heading">
          <h2 id="assign-heading" className="text-lg font-semibold">
            {t("assignments")}
          </h2>
          <AssignmentsForm userId={user.id} events={events} assigned={user.assignments.map((a) => a.eventId)} />
        </section>
      )}

      <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="reset-heading">
        <h2 id="reset-heading" className="text-lg font-semibold">
          {t("reset")}
        </h2>
        <p className="text-sm text-slate-600">{t("resetHelp")}</p>
        <ResetPasswordForm userId={user.id} />
      </section>

      {user.id !== actor.id && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="status-heading">
          <h2 id="status-heading" className="text-lg font-semibold">
            {t("accountStatus")}
          </h2>
          {user.disabledAt ? (
            <ActionButton action={enableAccount} fields={{ userId: user.id }} pendingText={t("enabling")} tone="primary">
              {t("enable")}
            </ActionButton>
          ) : (
            <>
              <p className="text-sm text-slate-600">{t("disableHelp")}</p>
              <ActionButton
                action={disableAccount}
                fields={{ userId: user.id }}
                pendingText={t("disabling")}
                tone="danger"
                confirmText={t("disableConfirm", { email: user.email })}
              >
                {t("disable")}
              </ActionButton>
            </>
          )}
        </section>
      )}
    </div>
  );
}
