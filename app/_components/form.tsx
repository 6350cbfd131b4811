"use client";
import { buttonClass, type ButtonTone } from "./button";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { withOfflineFallback } from "@/app/_offline/network";
import type { ActionResult, ActionState } from "@/lib/kernel/outcome";

/** The plain pieces of every staff form: errors under a field, a submit button that shows it is busy. */

/**
 * useActionState for a form that keeps what was typed when the server says something is wrong (React
 * would otherwise reset the fields after every submission) and clears it once the action succeeds.
 * `action` stays on the form, so it still submits before the page's script has loaded.
 */
export function useActionForm<R extends ActionResult<unknown, unknown>>(
  action: (prev: R | null, formData: FormData) => Promise<R>,
  options: {
    confirm?: string;
    /** What to do without a network (keep it on the tablet); by default the form says it needs the network. */
    whenOffline?: (prev: R | null, formData: FormData) => Promise<R | null>;
  } = {},
) {
  const failures = useTranslations("failures");
  const needsNetwork = async (): Promise<R> => ({ ok: false, code: "OFFLINE", message: failures("OFFLINE") }) as R;
  const [state, dispatch, pending] = useActionState<R | null, FormData>(withOfflineFallback(action, options.whenOffline ?? needsNetwork), null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (options.confirm && !window.confirm(options.confirm)) return;
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  }
  return { state, pending, formProps: { ref, action: dispatch, onSubmit } };
}

export function FieldErrors({ state, name }: { state: ActionState<unknown, unknown>; name: string }) {
  const errors = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  if (!errors?.length) return null;
  return (
    <ul id={`${name}-error`} className="mt-1 space-y-0.5 text-sm text-red-700" aria-live="polite">
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

export function FormMessage({ state }: { state: ActionState<unknown, unknown> }) {
  if (!state) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}
    >
      {state.message}
    </p>
  );
}

export function SubmitButton({
  children,
  pendingText,
  pending: pendingProp,
  tone = "primary",
}: {
  children: React.ReactNode;
  pendingText: string;
  pending?: boolean;
  tone?: ButtonTone;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(tone)}>
      {pending ? pendingText : children}
    </button>
  );
}

/** A labelled text input with its errors under it: the most common field of every staff form. */
export function TextField({
  state,
  name,
  label,
  id = name,
  ...input
}: { state: ActionState<unknown, unknown>; name: string; label: React.ReactNode; id?: string } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "name" | "id"
>) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} className={inputClass} aria-describedby={`${name}-error`} {...input} />
      <FieldErrors state={state} name={name} />
    </div>
  );
}

/** A labelled textarea with its errors under it (lists typed one per line, notes). */
export function TextareaField({
  state,
  name,
  label,
  id = name,
  ...area
}: { state: ActionState<unknown, unknown>; name: string; label: React.ReactNode; id?: string } & Omit<
  React.TextareaHTMLAttributes<HTMLTextAreaElement>,
  "name" | "id"
>) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea id={id} name={name} className={inputClass} aria-describedby={`${name}-error`} {...area} />
      <FieldErrors state={state} name={name} />
    </div>
  );
}

/** A labelled select with its errors under it; `placeholder` adds a first choice that cannot be picked. */
export function SelectField({
  state,
  name,
  label,
  id = name,
  placeholder,
  options,
  ...select
}: {
  state: ActionState<unknown, unknown>;
  name: string;
  label: React.ReactNode;
  id?: string;
  placeholder?: string;
  options: readonly (string | { value: string; label: string })[];
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "children">) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className={inputClass}
        aria-describedby={`${name}-error`}
        {...(placeholder !== undefined && select.defaultValue === undefined && select.value === undefined ? { defaultValue: "" } : {})}
        {...select}
      >
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((option) => {
          const { value, label } = typeof option === "string" ? { value: option, label: option } : option;
          return (
            <option key={value} value={value}>
              {label}
            </option>
          );
        })}
      </select>
      <FieldErrors state={state} name={name} />
    </div>
  );
}

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";
export const labelClass = "block text-sm font-medium text-slate-700";
