"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, useActionForm } from "@/app/_components/form";
import { saveAssignments } from "../actions";
import { EventCheckboxes } from "../event-checkboxes";

export function AssignmentsForm({ userId, events, assigned }: { userId: string; events: { id: string; name: string }[]; assigned: string[] }) {
  const t = useTranslations("users");
  const { state, pending, formProps } = useActionForm(saveAssignments);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <EventCheckboxes events={events} checked={assigned} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("saving")}>
        {t("saveAssignments")}
      </SubmitButton>
    </form>
  );
}
