"use client";
import { FieldErrors, FormMessage, inputClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { freezeOfficialFigureAction } from "./actions";

export function FreezeForm({ slug, total }: { slug: string; total: string }) {
  const { state, pending, formProps } = useActionForm(freezeOfficialFigureAction, { confirm: `Bekukan ${total} sebagai angka resmi? Angka resmi tidak dapat diubah; pembekuan baru hanya dapat menggantikannya.` });
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <label htmlFor="freeze-note" className="block text-sm">
        Catatan (mis. &quot;Total transaksi final, diumumkan pukul 17.00&quot;)
      </label>
      <input id="freeze-note" name="note" maxLength={300} className={inputClass} />
      <FieldErrors state={state} name="note" />
      <FormMessage state={state} />
      <SubmitButton pending={pending} tone="danger" pendingText="Membekukan…">
        Bekukan angka resmi sekarang
      </SubmitButton>
    </form>
  );
}
