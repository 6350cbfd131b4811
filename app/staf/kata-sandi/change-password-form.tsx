"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { changePassword } from "./actions";

const FIELDS = [
  { name: "current", autoComplete: "current-password" },
  { name: "next", autoComplete: "new-password" },
  { name: "confirm", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm() {
  const t = useTranslations("password");
  const { state, pending, formProps } = useActionForm(changePassword);
  return (
    <form {...formProps} className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className={labelClass}>
            {t(field.name)}
          </label>
          <input
            id={field.name}
            name={field.name}
            type="password"
            required
            autoComplete={field.autoComplete}
            className={inputClass}
            aria-describedby={`${field.name}-error`}
          />
          <FieldErrors state={state} name={field.name} />
        </div>
      ))}
      <FormMessage state={state} />
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending} pendingText={t("saving")}>
          {t("save")}
        </SubmitButton>
        {state?.ok && (
          <Link href="/staf" className="text-sm font-medium text-brand-700 underline">
            {t("continue")}
          </Link>
        )}
      </div>
    </form>
  );
}
