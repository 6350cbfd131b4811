"use client";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SelectField, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { registerWalkInAction } from "../actions";

interface Side {
  code: string;
  shortName: string;
  province: string;
  regencies: string[];
}

export function WalkInForm({ slug, sides, sectors, canOverrideQuota }: { slug: string; sides: Side[]; sectors: string[]; canOverrideQuota: boolean }) {
  const t = useTranslations("walkIn");
  const { state, pending, formProps } = useActionForm(registerWalkInAction);
  const [sideCode, setSideCode] = useState(sides[0]?.code ?? "");
  const side = sides.find((s) => s.code === sideCode);
  const refusal = state && !state.ok ? state.detail : undefined;
  // The side last sent: a full quota refused that one; switching to the other side is a new attempt, not an override.
  const [sentSide, setSentSide] = useState<string | null>(null);
  const overriding = Boolean(refusal?.quotaFull && canOverrideQuota && sentSide === sideCode);

  return (
    <div className="space-y-4">
      {state?.ok && (
        <div className="space-y-2 rounded-xl border-2 border-emerald-300 bg-emerald-50 p-4 text-emerald-900" data-testid="walk-in-registered">
          <p className="font-semibold">{state.message}</p>
          <p>
            {t("badgeCode")}{" "}
            <span className="font-mono tracking-widest" data-testid="walk-in-badge-code">
              {state.data.badgeCode}
            </span>
          </p>
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href={`/staf/e/${slug}/lencana?id=${state.data.id}`} className="font-medium underline">
              {t("printBadge")}
            </Link>
            <Link href={`/staf/e/${slug}/pelaku-usaha/${state.data.id}`} className="font-medium underline">
              {t("view")}
            </Link>
            <Link href={`/staf/e/${slug}/check-in`} className="font-medium underline">
              {t("toCheckIn")}
            </Link>
          </div>
        </div>
      )}
      <form {...formProps} onSubmitCapture={() => setSentSide(sideCode)} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
        <input type="hidden" name="slug" value={slug} />
        <fieldset>
          <legend className={labelClass}>{t("side")}</legend>
          <div className="mt-1 flex gap-4">
            {sides.map((s) => (
              <label key={s.code} className="flex items-center gap-2">
                <input type="radio" name="sideCode" value={s.code} checked={sideCode === s.code} onChange={() => setSideCode(s.code)} className="size-4" />
                {s.shortName} ({s.province})
              </label>
            ))}
          </div>
          <FieldErrors state={state} name="sideCode" />
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField state={state} name="name" label={t("name")} required />
          <TextField state={state} name="representative" label={t("representative")} required />
          <TextField state={state} name="phone" label={t("phone")} type="tel" required />
          <TextField state={state} name="nib" label={t("nib")} inputMode="numeric" />
          <SelectField state={state} name="sector" label={t("sector")} placeholder={t("chooseSector")} options={sectors} required />
          {/* Keyed by side: another side's kabupaten/kota list starts unchosen. */}
          <SelectField
            key={sideCode}
            state={state}
            name="regency"
            label={t("regency")}
            placeholder={t("chooseRegency")}
            options={side?.regencies ?? []}
            required
          />
        </div>

        <FormMessage state={state?.ok ? null : state} />
        {refusal?.duplicates && (
          <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="duplicates">
            <ul className="list-disc pl-5">
              {refusal.duplicates.map((d) => (
                <li key={d.id}>
                  <Link href={`/staf/e/${slug}/pelaku-usaha/${d.id}`} className="underline">
                    {d.name}
                  </Link>{" "}
                  ({d.representative}, {d.side})
                </li>
              ))}
            </ul>
            <button type="submit" name="confirmDuplicate" value="1" className="rounded-md border border-amber-400 bg-white px-3 py-1.5 font-medium">
              {t("registerAnyway")}
            </button>
          </div>
        )}
        {overriding && (
          <div className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <label htmlFor="overrideReason" className="block font-medium">
              {t("overrideReason")}
            </label>
            <input id="overrideReason" name="overrideReason" className={inputClass} minLength={5} required />
            <input type="hidden" name="confirmDuplicate" value="1" />
            <SubmitButton pending={pending} tone="danger" pendingText={t("registering")}>
              {t("overQuota")}
            </SubmitButton>
          </div>
        )}
        {/* Always there (a refusal changes what can be sent, not whether): only an organizer's override replaces it. */}
        {!overriding && (
          <SubmitButton pending={pending} pendingText={t("registering")}>
            {t("register")}
          </SubmitButton>
        )}
      </form>
    </div>
  );
}
