"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { MEETING_OUTCOMES } from "@/lib/matching/meeting-outcomes";
import { recordOutcomeAction } from "../actions";

/** What came of a held meeting, months later: chosen from three, with a note. */
export function OutcomeForm({ slug, meetingId, outcome, note }: { slug: string; meetingId: string; outcome: string | null; note: string | null }) {
  const t = useTranslations("matching");
  const { state, formProps } = useActionForm(recordOutcomeAction);
  return (
    <form {...formProps} className="min-w-56 space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField
        state={state}
        id={`outcome-${meetingId}`}
        name="outcome"
        label={t("outcome")}
        placeholder={t("chooseOutcome")}
        options={MEETING_OUTCOMES.map((value) => ({ value, label: t("outcomes", { outcome: value }) }))}
        defaultValue={outcome ?? ""}
      />
      <TextField state={state} id={`note-${meetingId}`} name="note" label={t("outcomeNote")} defaultValue={note ?? ""} maxLength={500} />
      <SubmitButton tone="plain" pendingText={t("saving")}>
        {t("saveOutcome")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
