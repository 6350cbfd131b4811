"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, TextareaField, TextField, useActionForm } from "@/app/_components/form";
import { PARTY_KINDS, type PartyKindCode } from "@/lib/agreements/party-kinds";
import { MAX_UPLOAD_BYTES } from "@/lib/http/upload-limits";
import { recordAgreementAction } from "./actions";

interface SideParties {
  role: "VISITING" | "HOST";
  province: string;
  shortName: string;
  /** The register's parties of this province, each with its kind as people say it. */
  parties: { id: string; label: string; kind: string }[];
}

const NEW = "__baru__";

export function AgreementForm({ slug, sides }: { slug: string; sides: SideParties[] }) {
  const t = useTranslations("agreements");
  const tField = useTranslations("fieldErrors");
  const { state, pending, formProps } = useActionForm(recordAgreementAction);
  return (
    <form {...formProps} className="space-y-4" encType="multipart/form-data">
      <input type="hidden" name="slug" value={slug} />
      <div className="grid gap-4 md:grid-cols-2">
        {sides.map((side) => (
          <PartyPicker key={side.role} side={side} prefix={side.role === "VISITING" ? "visitingParty" : "hostParty"} state={state} />
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

function PartyPicker({ side, prefix, state }: { side: SideParties; prefix: string; state: Parameters<typeof FieldErrors>[0]["state"] }) {
  const t = useTranslations("agreements");
  const kinds = useTranslations("partyKinds");
  const [choice, setChoice] = useState("");
  const [kind, setKind] = useState<PartyKindCode>("PERANGKAT_DAERAH");
  return (
    <div className="space-y-2">
      <label htmlFor={`${prefix}-id`} className={labelClass}>
        {t("partyOf", { province: side.province })}
      </label>
      <select id={`${prefix}-id`} value={choice} onChange={(e) => setChoice(e.target.value)} className={inputClass}>
        <option value="">{t("chooseParty")}</option>
        {side.parties.map((party) => (
          <option key={party.id} value={party.id}>
            {party.label} · {party.kind}
          </option>
        ))}
        <option value={NEW}>{t("otherParty")}</option>
      </select>
      <input type="hidden" name={`${prefix}.id`} value={choice === NEW ? "" : choice} />
      {choice === NEW && (
        <div className="grid grid-cols-3 gap-2">
          <select
            name={`${prefix}.newKind`}
            aria-label={t("partyKind", { province: side.province })}
            value={kind}
            onChange={(e) => setKind(e.target.value as PartyKindCode)}
            className={`${inputClass} col-span-3`}
          >
            {PARTY_KINDS.map((code) => (
              <option key={code} value={code}>
                {kinds(code)}
              </option>
            ))}
          </select>
          {kind === "LAINNYA" && (
            <input
              name={`${prefix}.newKindName`}
              aria-label={t("partyKindName", { province: side.province })}
              placeholder={t("partyKindNamePlaceholder")}
              className={`${inputClass} col-span-3`}
            />
          )}
          <input
            name={`${prefix}.newName`}
            aria-label={t("partyName", { province: side.province })}
            placeholder={t("partyNamePlaceholder")}
            className={`${inputClass} col-span-2`}
          />
          <input name={`${prefix}.newAcronym`} aria-label={t("partyAcronym", { province: side.province })} placeholder={t("acronym")} className={inputClass} />
        </div>
      )}
      <FieldErrors state={state} name={prefix} />
    </div>
  );
}
