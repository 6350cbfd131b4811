import { useTranslations } from "next-intl";

/** A password shown to the organizer exactly once, to pass on to the staff member. */
export function OneTimePassword({ email, password }: { email: string; password: string }) {
  const t = useTranslations("users");
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="one-time-password">
      <p className="text-sm text-amber-900">{t("oneTimeHelp", { email })}</p>
      <p className="mt-2 font-mono text-2xl font-semibold tracking-wider text-slate-900 select-all" data-testid="password-value">
        {password}
      </p>
    </div>
  );
}
