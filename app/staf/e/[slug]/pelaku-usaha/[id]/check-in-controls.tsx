"use client";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { checkInAction, undoCheckInAction } from "../actions";

/** Check in from the business's page, or take a mistaken check-in back with a reason (there and at the check-in desk). */
export function CheckInControls({ slug, businessId, checkedIn }: { slug: string; businessId: string; checkedIn: boolean }) {
  const t = useTranslations("business");
  const checkInForm = useActionForm(checkInAction);
  const undoForm = useActionForm(undoCheckInAction);
  if (!checkedIn) {
    return (
      <form {...checkInForm.formProps} className="mt-3 space-y-2">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="businessId" value={businessId} />
        <SubmitButton pending={checkInForm.pending} pendingText={t("processing")}>
          {t("checkInNow")}
        </SubmitButton>
        <FormMessage state={checkInForm.state} />
        <FormMessage state={undoForm.state} />
      </form>
    );
  }
  // Taken back where the page does not reload the business (the check-in desk): say so, and nothing more.
  if (undoForm.state?.ok) return <FormMessage state={undoForm.state} />;
  return (
    <form {...undoForm.formProps} className="mt-3 space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="businessId" value={businessId} />
      <label htmlFor="undo-reason" className="block text-sm text-slate-600">
        {t("undoReason")}
      </label>
      <input id="undo-reason" name="reason" required minLength={5} className={inputClass} />
      <FieldErrors state={undoForm.state} name="reason" />
      <SubmitButton pending={undoForm.pending} tone="plain" pendingText={t("undoing")}>
        {t("undo")}
      </SubmitButton>
      <FormMessage state={checkInForm.state} />
    </form>
  );
}
