"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { archiveEventAction } from "../actions";

/** Archive a mission (or bring it back), with the reason the audit trail keeps. */
export function ArchiveForm({ slug, archived }: { slug: string; archived: boolean }) {
  const t = useTranslations("missions");
  const { state, formProps } = useActionForm(archiveEventAction);
  return (
    <form {...formProps} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <h2 className="font-semibold">{archived ? t("restoreTitle") : t("archiveTitle")}</h2>
      {!archived && <p className="text-sm text-slate-600">{t("archiveHelp")}</p>}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="intent" value={archived ? "restore" : "archive"} />
      <TextField state={state} name="reason" label={t("reason")} required minLength={5} />
      <FormMessage state={state} />
      <SubmitButton tone={archived ? "primary" : "danger"} pendingText={archived ? t("restoring") : t("archiving")}>
        {archived ? t("restore") : t("archive")}
      </SubmitButton>
    </form>
  );
}
