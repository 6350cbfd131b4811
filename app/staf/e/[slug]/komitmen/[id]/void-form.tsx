"use client";
import { FieldErrors, FormMessage, inputClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { voidCommitmentAction } from "../actions";

export function VoidForm({ slug, commitmentId }: { slug: string; commitmentId: string }) {
  const { state, pending, formProps } = useActionForm(voidCommitmentAction, { confirm: "Batalkan komitmen ini? Total akan berkurang." });
  return (
    <form {...formProps} className="mt-2 space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <label htmlFor="void-reason" className="block text-sm">
        Alasan pembatalan
      </label>
      <input id="void-reason" name="reason" required minLength={5} className={inputClass} />
      <FieldErrors state={state} name="reason" />
      <FormMessage state={state} />
      <SubmitButton pending={pending} tone="danger" pendingText="Membatalkan…">
        Batalkan komitmen
      </SubmitButton>
    </form>
  );
}
