"use client";
import { FormMessage, inputClass, labelClass, FieldErrors, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { recordRealisationAction } from "../actions";

/** The organizer records a realisation: when, how much (typed as people say it), and a note. */
export function RealisationForm({ slug, commitmentId, today }: { slug: string; commitmentId: string; today: string }) {
  const { state, formProps } = useActionForm(recordRealisationAction);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField state={state} name="realisedOn" label="Tanggal realisasi" type="date" max={today} required />
        <TextField state={state} name="amount" label="Nilai (mis. 250 juta)" required />
      </div>
      <div>
        <label htmlFor="note" className={labelClass}>
          Catatan (boleh kosong)
        </label>
        <textarea id="note" name="note" rows={2} maxLength={500} className={inputClass} />
        <FieldErrors state={state} name="note" />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingText="Mencatat…">Catat realisasi</SubmitButton>
    </form>
  );
}
