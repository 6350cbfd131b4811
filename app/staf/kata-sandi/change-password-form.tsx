"use client";
import Link from "next/link";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { changePassword } from "./actions";

const FIELDS = [
  { name: "current", label: "Kata sandi saat ini", autoComplete: "current-password" },
  { name: "next", label: "Kata sandi baru (minimal 10 karakter)", autoComplete: "new-password" },
  { name: "confirm", label: "Ulangi kata sandi baru", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm() {
  const { state, pending, formProps } = useActionForm(changePassword);
  return (
    <form {...formProps} className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className={labelClass}>
            {field.label}
          </label>
          <input id={field.name} name={field.name} type="password" required autoComplete={field.autoComplete} className={inputClass} aria-describedby={`${field.name}-error`} />
          <FieldErrors state={state} name={field.name} />
        </div>
      ))}
      <FormMessage state={state} />
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending} pendingText="Menyimpan…">Simpan kata sandi</SubmitButton>
        {state?.ok && (
          <Link href="/staf" className="text-sm font-medium text-brand-700 underline">
            Lanjut bertugas
          </Link>
        )}
      </div>
    </form>
  );
}
