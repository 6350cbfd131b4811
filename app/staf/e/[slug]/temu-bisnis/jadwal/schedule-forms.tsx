"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, TextareaField, TextField, useActionForm } from "@/app/_components/form";
import { runScheduleAction, saveScheduleSetupAction } from "../actions";

export interface SetupValues {
  tables: number;
  tableNames: string;
  date: string;
  start: string;
  minutes: number;
  rounds: number;
  gap: number;
  breaks: string;
}

/** The tables and the rounds of the day: how many, from when, how long, and the breaks no round runs into. */
export function ScheduleSetupForm({ slug, values }: { slug: string; values: SetupValues }) {
  const t = useTranslations("matching");
  const { state, formProps } = useActionForm(saveScheduleSetupAction);
  return (
    <form {...formProps} className="space-y-4" aria-label={t("setupHeading")}>
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField state={state} name="tables" label={t("tableCount")} type="number" min={1} max={500} defaultValue={values.tables} required />
        <TextField state={state} name="date" label={t("date")} type="date" defaultValue={values.date} required />
        <TextField state={state} name="start" label={t("firstRound")} defaultValue={values.start} placeholder="09.00" required inputMode="numeric" />
        <TextField state={state} name="minutes" label={t("roundMinutes")} type="number" min={5} max={240} defaultValue={values.minutes} required />
        <TextField state={state} name="rounds" label={t("roundCount")} type="number" min={1} max={100} defaultValue={values.rounds} required />
        <TextField state={state} name="gap" label={t("gapMinutes")} type="number" min={0} max={120} defaultValue={values.gap} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextareaField state={state} name="breaks" label={t("breaks")} rows={3} defaultValue={values.breaks} placeholder="12.00-13.00" />
        <TextareaField state={state} name="tableNames" label={t("tableNames")} rows={3} defaultValue={values.tableNames} placeholder={t("tableNamesHint")} />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingText={t("saving")}>{t("saveSetup")}</SubmitButton>
    </form>
  );
}

/** Runs the scheduler: accepted meetings get a table and a round; what it cannot place is listed below with the reason. */
export function RunScheduleForm({ slug }: { slug: string }) {
  const t = useTranslations("matching");
  const { state, formProps } = useActionForm(runScheduleAction);
  return (
    <form {...formProps} className="space-y-3" aria-label={t("runHeading")}>
      <input type="hidden" name="slug" value={slug} />
      <label className="flex min-h-11 items-start gap-2">
        <input type="checkbox" name="onlyCheckedIn" value="1" className="mt-0.5 size-5" />
        <span>{t("onlyCheckedIn")}</span>
      </label>
      <label className="flex min-h-11 items-start gap-2">
        <input type="checkbox" name="movePublished" value="1" className="mt-0.5 size-5" />
        <span>{t("movePublished")}</span>
      </label>
      <FormMessage state={state} />
      <SubmitButton pendingText={t("running")}>{t("runScheduler")}</SubmitButton>
    </form>
  );
}
