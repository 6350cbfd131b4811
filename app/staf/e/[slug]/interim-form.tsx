"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { publishInterimFigureAction } from "./actions";

/**
 * An interim announcement ("sampai dengan siang"): the organizer names the moment, the server states
 * the ledger as it stood then. `now` is the mission's clock as the page was made (the default moment).
 */
export function InterimForm({ slug, now }: { slug: string; now: string }) {
  const t = useTranslations("desk");
  const { state, pending, formProps } = useActionForm(publishInterimFigureAction, { confirm: t("interimConfirm") });
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField state={state} name="asOf" label={t("interimAsOf")} type="datetime-local" defaultValue={now} required />
        <TextField state={state} name="note" label={t("interimNote")} maxLength={300} />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("publishing")}>
        {t("publishInterim")}
      </SubmitButton>
    </form>
  );
}
