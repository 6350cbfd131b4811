"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, useActionForm } from "@/app/_components/form";
import { voidAgreementAction } from "./actions";

export function VoidAgreementForm({ slug, agreementId }: { slug: string; agreementId: string }) {
  const t = useTranslations("agreements");
  const { state, pending, formProps } = useActionForm(voidAgreementAction, { confirm: t("voidConfirm") });
  return (
    <form {...formProps} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input
        name="reason"
        aria-label={t("voidReason")}
        placeholder={t("voidReasonPlaceholder")}
        required
        minLength={5}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      <SubmitButton pending={pending} tone="plain" pendingText="…">
        {t("void")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
