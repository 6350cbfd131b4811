"use client";
import { useTranslations } from "next-intl";

// Shown instead of a stack trace when a page fails, e.g. while the database is unreachable.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="rounded-xl border border-amber-300 bg-amber-50 p-8 text-center">
      <h1 className="text-2xl font-semibold">{t("failedTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("failedText")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("retry")}
      </button>
    </div>
  );
}
