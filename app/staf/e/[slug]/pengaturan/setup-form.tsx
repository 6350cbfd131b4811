"use client";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton, useActionForm } from "@/app/_components/form";
import { saveEventSetup } from "./actions";
import { SectorsField, SideFields, type SideValues } from "./side-fields";

interface Side extends SideValues {
  code: string;
  role: "VISITING" | "HOST";
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
          <SideFields key={side.code} state={state} prefix={`sides.${i}`} role={side.role} code={side.code} values={side} />
        ))}
      </div>
      <SectorsField state={state} sectors={sectors} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
