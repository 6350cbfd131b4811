"use client";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { voidCommitmentAction } from "../actions";

export function VoidForm({ slug, commitmentId }: { slug: string; commitmentId: string }) {
  const t = useTranslations("signing");
  const { state, pending, formProps } = useActionForm(voidCommitmentAction, { confirm: t("voidConfirm") });
  return (
    <form {...formProps} className="mt-2 space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <label htmlFor="void-reason" className="block text-sm">
        {t("voidReason")}
      </label>
      <input id="void-reason" name="reason" required minLength={5} className={inputClass} />
      <FieldErrors state={state} name="reason" />
      <FormMessage state={state} />
      <SubmitButton pending={pending} tone="danger" pendingText={t("voiding")}>
        {t("void")}
      </SubmitButton>
    </form>
  );
}
