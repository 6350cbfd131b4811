"use client";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locale";
import { formatRupiah } from "@/lib/money/rupiah";
import { FieldErrors, FormMessage, inputClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { freezeOfficialFigureAction } from "./actions";

/** `seen` is the live figure on screen: the confirmation quotes it and the freeze takes exactly it. */
export function FreezeForm({ slug, seen }: { slug: string; seen: { total: string; commitments: number } }) {
  const t = useTranslations("desk");
  const locale = useLocale() as Locale;
  const { state, pending, formProps } = useActionForm(freezeOfficialFigureAction, {
    confirm: t("freezeConfirm", { total: formatRupiah(BigInt(seen.total), locale), count: seen.commitments }),
  });
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="seenTotal" value={seen.total} />
      <input type="hidden" name="seenCommitments" value={seen.commitments} />
      <label htmlFor="freeze-note" className="block text-sm">
        {t("freezeNote")}
      </label>
      <input id="freeze-note" name="note" maxLength={300} className={inputClass} />
      <FieldErrors state={state} name="note" />
      <FormMessage state={state} />
      <SubmitButton pending={pending} tone="danger" pendingText={t("freezing")}>
        {t("freeze")}
      </SubmitButton>
    </form>
  );
}
