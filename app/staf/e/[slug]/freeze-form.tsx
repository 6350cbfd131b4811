"use client";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { freezeOfficialFigureAction } from "./actions";

export function FreezeForm({ slug, total }: { slug: string; total: string }) {
  const t = useTranslations("desk");
  const { state, pending, formProps } = useActionForm(freezeOfficialFigureAction, { confirm: t("freezeConfirm", { total }) });
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
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
