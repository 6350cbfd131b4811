"use client";
import { useTranslations } from "next-intl";
import { TextareaField, TextField } from "@/app/_components/form";
import type { ActionState } from "@/lib/kernel/outcome";

// The pieces of a mission's set-up that both the settings form and the new-mission form ask for.

export interface SideValues {
  province: string;
  shortName: string;
  quota: number;
  regencies: string[];
}

/**
 * One side of a mission: province, how it is called, quota, kabupaten/kota. An existing side keeps its
 * code (`code` given, sent hidden); a new one types it.
 */
export function SideFields({
  state,
  prefix,
  role,
  code,
  values,
}: {
  state: ActionState<unknown>;
  prefix: string;
  role: "VISITING" | "HOST";
  code?: string;
  values?: SideValues;
}) {
  const t = useTranslations("setup");
  return (
    <fieldset className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
      <legend className="px-1 font-semibold">{role === "VISITING" ? t("visiting") : t("host")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField state={state} name={`${prefix}.province`} label={t("province")} defaultValue={values?.province} required />
        <TextField state={state} name={`${prefix}.shortName`} label={t("shortName")} defaultValue={values?.shortName} required />
        {code === undefined ? (
          <TextField state={state} name={`${prefix}.code`} label={t("code")} required />
        ) : (
          <input type="hidden" name={`${prefix}.code`} value={code} />
        )}
        <TextField state={state} name={`${prefix}.quota`} label={t("quota")} type="number" min={1} defaultValue={values?.quota} required />
      </div>
      <TextareaField state={state} name={`${prefix}.regencies`} label={t("regencies")} defaultValue={values?.regencies.join("\n")} rows={6} />
    </fieldset>
  );
}

/** The sectors offered at the mission, one per line. */
export function SectorsField({ state, sectors }: { state: ActionState<unknown>; sectors?: string[] }) {
  const t = useTranslations("setup");
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5">
      <TextareaField state={state} name="sectors" label={t("sectors")} defaultValue={sectors?.join("\n")} rows={6} />
    </div>
  );
}
