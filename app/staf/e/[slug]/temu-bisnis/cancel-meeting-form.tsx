"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { cancelMeetingAction } from "./actions";

/** Cancelling a meeting not yet held takes a reason, kept in the audit trail. */
export function CancelMeetingForm({ slug, meetingId }: { slug: string; meetingId: string }) {
  const t = useTranslations("matching");
  const { state, formProps } = useActionForm(cancelMeetingAction);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-700 underline">{t("cancelMeeting")}</summary>
      <form {...formProps} className="mt-2 space-y-2">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="meetingId" value={meetingId} />
        <TextField state={state} id={`cancel-${meetingId}`} name="reason" label={t("cancelReason")} required minLength={5} />
        <FormMessage state={state} />
        <SubmitButton tone="danger" pendingText={t("saving")}>
          {t("cancelMeeting")}
        </SubmitButton>
      </form>
    </details>
  );
}
