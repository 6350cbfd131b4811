"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, useActionForm } from "@/app/_components/form";
import { resetAccountPassword } from "../actions";
import { OneTimePassword } from "../one-time-password";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations("users");
  const { state, pending, formProps } = useActionForm(resetAccountPassword);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      {state?.ok && <OneTimePassword email={state.data.email} password={state.data.password} />}
      <SubmitButton pending={pending} tone="plain" pendingText={t("making")}>
        {t("makePassword")}
      </SubmitButton>
    </form>
  );
}
