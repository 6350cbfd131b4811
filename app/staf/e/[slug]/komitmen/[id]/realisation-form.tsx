"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextareaField, TextField, useActionForm } from "@/app/_components/form";
import { recordRealisationAction } from "../actions";

/** The organizer records a realisation: when (from the signing day to today, on the mission's clock), how much (typed as people say it), and a note. */
export function RealisationForm({ slug, commitmentId, signedOn, today }: { slug: string; commitmentId: string; signedOn: string; today: string }) {
  const t = useTranslations("commitment");
  const { state, formProps } = useActionForm(recordRealisationAction);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField state={state} name="realisedOn" label={t("realisedOn")} type="date" min={signedOn} max={today} required />
        <TextField state={state} name="amount" label={t("amount")} required />
      </div>
      <TextareaField state={state} name="note" label={t("note")} rows={2} maxLength={500} />
      <FormMessage state={state} />
      <SubmitButton pendingText={t("recording")}>{t("recordRealisation")}</SubmitButton>
    </form>
  );
}
