import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/auth/authorize";
import { OutboxStatus } from "@/app/_offline/outbox-status";
import { SignOutButton } from "./sign-out-button";

// The staff menu. It only decides what to show: each page below checks access itself.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const access = await authorize("STAFF", { pendingPasswordChange: "allow" });
  const actor = access.ok ? access.actor : null;
  const t = await getTranslations("staff");
  return (
    <div className="space-y-6">
      {actor && (
        <nav
          aria-label={t("menu")}
          className="flex flex-wrap items-center gap-x-5 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm print:hidden"
        >
          <Link href="/staf" className="font-medium text-slate-700 hover:text-brand-700">
            {t("desk")}
          </Link>
          {actor.role === "ADMIN" && (
            <>
              <Link href="/staf/misi" className="font-medium text-slate-700 hover:text-brand-700">
                {t("events")}
              </Link>
              <Link href="/staf/pengguna" className="font-medium text-slate-700 hover:text-brand-700">
                {t("users")}
              </Link>
              <Link href="/staf/audit" className="font-medium text-slate-700 hover:text-brand-700">
                {t("audit")}
              </Link>
            </>
          )}
          <span className="ml-auto">
            <OutboxStatus />
          </span>
          <span className="text-slate-600" data-testid="signed-in-as">
            {actor.name} · {actor.role === "ADMIN" ? t("organizer") : t("deskStaff")}
          </span>
          <Link href="/staf/kata-sandi" className="text-slate-600 hover:text-brand-700">
            {t("changePassword")}
          </Link>
          <SignOutButton />
        </nav>
      )}
      {children}
    </div>
  );
}
