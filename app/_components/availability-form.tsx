"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatEventTime } from "@/lib/format/datetime";
import type { ActionResult, ActionState } from "@/lib/kernel/outcome";
import { FieldErrors, FormMessage, SubmitButton, useActionForm } from "./form";

/** The business matching's rounds a business cannot make, ticked: the scheduler leaves them free. */
export function AvailabilityForm({
  rounds,
  timeZone,
  unavailable,
  fields,
  action,
}: {
  rounds: { number: number; startsAt: Date }[];
  /** The mission's, for the rounds' times. */
  timeZone: string;
  unavailable: number[];
  fields: Record<string, string>;
  action: (previous: ActionState, formData: FormData) => Promise<ActionResult>;
}) {
  const t = useTranslations("matching");
  const locale = useLocale();
  const { state, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend className="text-sm text-slate-700">{t("unavailableHelp")}</legend>
        <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {rounds.map((round) => (
            <label key={round.number} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="unavailableRounds" value={round.number} defaultChecked={unavailable.includes(round.number)} className="size-5" />
              {t("roundNumber", { number: round.number })}, {formatEventTime(round.startsAt, timeZone, locale)}
            </label>
          ))}
        </div>
        <FieldErrors state={state} name="unavailableRounds" />
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton tone="plain" pendingText={t("saving")}>
        {t("saveAvailability")}
      </SubmitButton>
    </form>
  );
}
