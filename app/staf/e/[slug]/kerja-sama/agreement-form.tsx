"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, TextareaField, TextField, useActionForm } from "@/app/_components/form";
import { MAX_UPLOAD_BYTES } from "@/lib/http/upload-limits";
import { recordAgreementAction } from "./actions";

interface SideOpds {
  role: "VISITING" | "HOST";
  province: string;
  shortName: string;
  opds: { id: string; label: string }[];
}

const NEW = "__baru__";

export function AgreementForm({ slug, sides }: { slug: string; sides: SideOpds[] }) {
  const t = useTranslations("agreements");
  const tField = useTranslations("fieldErrors");
  const { state, pending, formProps } = useActionForm(recordAgreementAction);
  return (
    <form {...formProps} className="space-y-4" encType="multipart/form-data">
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-4 md:grid-cols-2">
        {sides.map((side) => (
          <OpdPicker key={side.role} side={side} prefix={side.role === "VISITING" ? "visitingOpd" : "hostOpd"} state={state} />
        ))}
      </div>
      <TextField state={state} id="agreement-title" name="title" label={t("agreementTitle")} required />
      <TextareaField state={state} id="agreement-scope" name="scope" label={t("scope")} rows={2} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField state={state} id="agreement-number" name="documentNumber" label={t("documentNumber")} />
        <TextField state={state} id="agreement-date" name="signedOn" label={t("signedOn")} type="date" required />
        {sides.map((side) => {
          const name = side.role === "VISITING" ? "visitingSignatory" : "hostSignatory";
          return <TextField key={name} state={state} name={name} label={t("signatory", { side: side.shortName })} required />;
        })}
      </div>
      <div>
        <label htmlFor="agreement-document" className={labelClass}>
          {t("document")}
        </label>
        <input
          id="agreement-document"
          name="document"
          type="file"
          accept="application/pdf,.pdf"
          // Over the limit is said here, and the form is held back, before ten megabytes travel to be refused.
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.setCustomValidity(chosen && chosen.size > MAX_UPLOAD_BYTES ? tField("documentTooLarge") : "");
            e.target.reportValidity();
          }}
          className="mt-1 block text-sm"
        />
        <FieldErrors state={state} name="document" />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText={t("saving")}>
        {t("record")}
      </SubmitButton>
    </form>
  );
}

function OpdPicker({ side, prefix, state }: { side: SideOpds; prefix: string; state: Parameters<typeof FieldErrors>[0]["state"] }) {
  const t = useTranslations("agreements");
  const [choice, setChoice] = useState("");
  return (
    <div className="space-y-2">
      <label htmlFor={`${prefix}-id`} className={labelClass}>
        {t("opdOf", { province: side.province })}
      </label>
      <select id={`${prefix}-id`} value={choice} onChange={(e) => setChoice(e.target.value)} className={inputClass}>
        <option value="">{t("chooseOpd")}</option>
        {side.opds.map((opd) => (
          <option key={opd.id} value={opd.id}>
            {opd.label}
          </option>
        ))}
        <option value={NEW}>{t("otherOpd")}</option>
      </select>
      <input type="hidden" name={`${prefix}.id`} value={choice === NEW ? "" : choice} />
      {choice === NEW && (
        <div className="grid grid-cols-3 gap-2">
          <input
            name={`${prefix}.newName`}
            aria-label={t("opdName", { province: side.province })}
            placeholder={t("opdNamePlaceholder")}
            className={`${inputClass} col-span-2`}
          />
          <input name={`${prefix}.newAcronym`} aria-label={t("opdAcronym", { province: side.province })} placeholder={t("acronym")} className={inputClass} />
        </div>
      )}
      <FieldErrors state={state} name={prefix} />
    </div>
  );
}
