import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CHANGE_PASSWORD_PATH, requireStaffPage } from "@/lib/auth/page-access";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("password"))("title") };
}

export default async function ChangePasswordPage() {
  const actor = await requireStaffPage("STAFF", CHANGE_PASSWORD_PATH);
  const t = await getTranslations("password");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {actor.mustChangePassword && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("oneTime")}
        </p>
      )}
      <ChangePasswordForm />
    </div>
  );
}
