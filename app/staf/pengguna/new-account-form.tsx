"use client";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { createStaffAccount } from "./actions";
import { EventCheckboxes } from "./event-checkboxes";
import { OneTimePassword } from "./one-time-password";

export function NewAccountForm({ events }: { events: { id: string; name: string }[] }) {
  const t = useTranslations("users");
  const { state, pending, formProps } = useActionForm(createStaffAccount);
  return (
    <form {...formProps} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="new-name" className={labelClass}>
            {t("name")}
          </label>
          <input id="new-name" name="name" required className={inputClass} />
          <FieldErrors state={state} name="name" />
        </div>
        <div>
          <label htmlFor="new-email" className={labelClass}>
            {t("email")}
          </label>
          <input id="new-email" name="email" type="email" required className={inputClass} />
          <FieldErrors state={state} name="email" />
        </div>
      </div>
      <div>
        <label htmlFor="new-role" className={labelClass}>
          {t("role")}
        </label>
        <select id="new-role" name="role" defaultValue="DESK" className={inputClass}>
          <option value="DESK">{t("roleDesk")}</option>
          <option value="ADMIN">{t("roleAdmin")}</option>
        </select>
        <FieldErrors state={state} name="role" />
      </div>
      <EventCheckboxes events={events} />
      <FieldErrors state={state} name="eventIds" />
      <FormMessage state={state} />
      {state?.ok && <OneTimePassword email={state.data.email} password={state.data.password} />}
      <SubmitButton pending={pending} pendingText={t("creating")}>
        {t("createAccount")}
      </SubmitButton>
    </form>
  );
}
