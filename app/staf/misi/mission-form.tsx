"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { createMission, saveMissionDetails } from "./actions";

export interface MissionValues {
  slug: string;
  name: string;
  venue: string;
  city: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  targetAmount: string;
  valueCeiling: string;
  status: string;
}

const ZONES = [
  ["Asia/Jakarta", "WIB (Asia/Jakarta)"],
  ["Asia/Makassar", "WITA (Asia/Makassar)"],
  ["Asia/Jayapura", "WIT (Asia/Jayapura)"],
] as const;

/** A mission's details: the whole new mission (with its two sides and sectors), or an existing one's details. */
export function MissionForm({ mission }: { mission?: MissionValues }) {
  const t = useTranslations("missions");
  const router = useRouter();
  const creating = !mission;
  const create = useActionForm(createMission);
  const edit = useActionForm(saveMissionDetails);
  const { state, formProps } = creating ? create : edit;
  // A new mission opens on its own page.
  const created = create.state?.ok ? create.state.data.slug : null;
  useEffect(() => {
    if (created) router.push(`/staf/misi/${created}`);
  }, [created, router]);
  const v = mission;
  return (
    <form {...formProps} className="space-y-5">
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("details")}</legend>
        <div className="sm:col-span-2">
          <TextField state={state} name="name" label={t("name")} defaultValue={v?.name} required />
        </div>
        {creating ? <TextField state={state} name="slug" label={t("slug")} required pattern="[a-z0-9]+(-[a-z0-9]+)*" /> : <input type="hidden" name="slug" value={v?.slug} />}
        <TextField state={state} name="venue" label={t("venue")} defaultValue={v?.venue} required />
        <TextField state={state} name="city" label={t("city")} defaultValue={v?.city} required />
        <div>
          <label htmlFor="timeZone" className={labelClass}>
            {t("timeZone")}
          </label>
          <select id="timeZone" name="timeZone" defaultValue={v?.timeZone ?? "Asia/Jakarta"} className={inputClass}>
            {ZONES.map(([zone, label]) => (
              <option key={zone} value={zone}>
                {label}
              </option>
            ))}
          </select>
          <FieldErrors state={state} name="timeZone" />
        </div>
        <TextField state={state} name="startsAt" label={t("startsAt")} type="datetime-local" defaultValue={v?.startsAt} required />
        <TextField state={state} name="endsAt" label={t("endsAt")} type="datetime-local" defaultValue={v?.endsAt} required />
        <TextField state={state} name="targetAmount" label={t("target")} defaultValue={v?.targetAmount} inputMode="text" />
        <TextField state={state} name="valueCeiling" label={t("ceiling")} defaultValue={v?.valueCeiling} inputMode="text" />
        {!creating && (
          <div>
            <label htmlFor="status" className={labelClass}>
              {t("status")}
            </label>
            <select id="status" name="status" defaultValue={v?.status} className={inputClass}>
              {(["PLANNED", "LIVE", "CLOSED"] as const).map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </select>
            <FieldErrors state={state} name="status" />
          </div>
        )}
      </fieldset>
      {creating && (
        <>
          <div className="grid gap-5 lg:grid-cols-2">
            {(["visiting", "host"] as const).map((side) => (
              <fieldset key={side} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
                <legend className="px-1 font-semibold">{t(side)}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField state={state} name={`${side}.province`} label={t("province")} required />
                  <TextField state={state} name={`${side}.shortName`} label={t("shortName")} required />
                  <TextField state={state} name={`${side}.code`} label={t("code")} required />
                  <TextField state={state} name={`${side}.quota`} label={t("quota")} type="number" min={1} required />
                </div>
                <div>
                  <label htmlFor={`${side}.regencies`} className={labelClass}>
                    {t("regencies")}
                  </label>
                  <textarea id={`${side}.regencies`} name={`${side}.regencies`} rows={5} className={inputClass} />
                  <FieldErrors state={state} name={`${side}.regencies`} />
                </div>
              </fieldset>
            ))}
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-5">
            <label htmlFor="sectors" className={labelClass}>
              {t("sectors")}
            </label>
            <textarea id="sectors" name="sectors" rows={5} className={inputClass} />
            <FieldErrors state={state} name="sectors" />
          </div>
        </>
      )}
      <FormMessage state={state} />
      <SubmitButton pendingText={creating ? t("creating") : t("saving")}>{creating ? t("create") : t("save")}</SubmitButton>
    </form>
  );
}
