"use client";
import { FormMessage, SubmitButton, useActionForm } from "@/app/_components/form";
import { voidAgreementAction } from "./actions";

export function VoidAgreementForm({ slug, agreementId }: { slug: string; agreementId: string }) {
  const { state, pending, formProps } = useActionForm(voidAgreementAction, { confirm: "Batalkan kerja sama ini?" });
  return (
    <form {...formProps} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="agreementId" value={agreementId} />
      <input name="reason" aria-label="Alasan pembatalan kerja sama" placeholder="Alasan pembatalan" required minLength={5} className="rounded-md border border-slate-300 px-2 py-1 text-sm" />
      <SubmitButton pending={pending} tone="plain" pendingText="…">
        Batalkan
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
