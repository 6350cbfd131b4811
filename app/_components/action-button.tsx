"use client";
import type { ActionResult, ActionState } from "@/lib/kernel/outcome";
import { FormMessage, SubmitButton, useActionForm } from "./form";

/** A one-button form for a server action on one record (disable, enable, lift a lockout, …). */
export function ActionButton<T>({
  action,
  fields,
  children,
  pendingText,
  tone = "plain",
  confirmText,
}: {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  fields: Record<string, string>;
  children: React.ReactNode;
  pendingText: string;
  tone?: "primary" | "danger" | "plain";
  confirmText?: string;
}) {
  const { state, pending, formProps } = useActionForm(action, { confirm: confirmText });
  return (
    <form {...formProps} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} tone={tone} pendingText={pendingText}>
        {children}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
