"use client";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { saveEventSetup } from "./actions";

interface Side {
  code: string;
  role: "VISITING" | "HOST";
  province: string;
  shortName: string;
  quota: number;
  regencies: string[];
}

/** The two sides (province, how it is called, quota, kabupaten/kota) and the sectors offered. */
export function SetupForm({ slug, sectors, sides }: { slug: string; sectors: string[]; sides: Side[] }) {
  const t = useTranslations("setup");
  const { state, pending, formProps } = useActionForm(saveEventSetup);
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-5 lg:grid-cols-2">
        {sides.map((side, i) => (
          <fieldset key={side.code} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
            <legend className="px-1 font-semibold">{side.role === "VISITING" ? t("visiting") : t("host")}</legend>
            <input type="hidden" name={`sides.${i}.code`} value={side.code} />
            <div className="grid gap-3 sm:grid-cols-3">
              <div className="sm:col-span-2">
                <label htmlFor={`province-${i}`} className={labelClass}>
                  {t("province")}
                </label>
                <input id={`province-${i}`} name={`sides.${i}.province`} defaultValue={side.province} required className={inputClass} />
                <FieldErrors state={state} name={`sides.${i}.province`} />
              </div>
              <div>
                <label htmlFor={`short-${i}`} className={labelClass}>
                  {t("shortName")}
                </label>
                <input id={`short-${i}`} name={`sides.${i}.shortName`} defaultValue={side.shortName} required className={inputClass} />
                <FieldErrors state={state} name={`sides.${i}.shortName`} />
              </div>
            </div>
            <div>
              <label htmlFor={`quota-${i}`} className={labelClass}>
                {t("quota")}
              </label>
              <input id={`quota-${i}`} name={`sides.${i}.quota`} type="number" min={1} defaultValue={side.quota} required className={inputClass} />
              <FieldErrors state={state} name={`sides.${i}.quota`} />
            </div>
            <div>
              <label htmlFor={`regencies-${i}`} className={labelClass}>
                {t("regencies")}
              </label>
              <textarea id={`regencies-${i}`} name={`sides.${i}.regencies`} defaultValue={side.regencies.join("\n")} rows={8} className={inputClass} />
              <FieldErrors state={state} name={`sides.${i}.regencies`} />
            </div>
          </fieldset>
        ))}
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <label htmlFor="sectors" className={labelClass}>
          {t("sectors")}
        </label>
        <textarea id="sectors" name="sectors" defaultValue={sectors.join("\n")} rows={6} className={inputClass} />
        <FieldErrors state={state} name="sectors" />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
