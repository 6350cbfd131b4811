"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { chooseLanguage } from "@/app/actions";

/** One button to the other language; the choice is kept on this browser (lib/i18n/request.ts). */
export function LanguageSwitch() {
  const t = useTranslations("layout");
  const locale = useLocale();
  const [, action, pending] = useActionState(chooseLanguage, null);
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale === "id" ? "en" : "id"} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("switchToLabel")}
        lang={locale === "id" ? "en" : "id"}
        className="rounded-full border border-slate-300 px-3 py-1 text-sm font-medium text-slate-600 hover:border-brand-600 hover:text-brand-700 disabled:opacity-60"
        data-testid="language-switch"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
