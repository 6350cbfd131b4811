"use client";
import { PrintButton } from "@/app/_components/print-button";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, inputClass, labelClass, SubmitButton, useActionForm } from "@/app/_components/form";
import { createDeskTeamAccounts } from "./actions";

/** Accounts for a whole desk team at once, ending in a sheet to print and cut into slips. */
export function DeskTeamForm({ events }: { events: { id: string; name: string }[] }) {
  const t = useTranslations("users");
  const { state, pending, formProps } = useActionForm(createDeskTeamAccounts);
  return (
    <div className="space-y-4">
      <form {...formProps} className="space-y-4">
        <div>
          <label htmlFor="team-event" className={labelClass}>
            {t("mission")}
          </label>
          <select id="team-event" name="eventId" className={inputClass}>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.name}
              </option>
            ))}
          </select>
          <FieldErrors state={state} name="eventId" />
        </div>
        <div>
          <label htmlFor="team-lines" className={labelClass}>
            {t("teamLines")} <span className="font-normal">{t("teamLinesFormat")}</span>
          </label>
          <textarea
            id="team-lines"
            name="lines"
            rows={6}
            placeholder={"Andi Wijaya, andi@disperindag.jatimprov.go.id\nSiti Rahma, siti@dpmptsp.kaltimprov.go.id"}
            className={`${inputClass} font-mono text-sm`}
          />
          <FieldErrors state={state} name="lines" />
        </div>
        <FormMessage state={state} />
        <SubmitButton pending={pending} pendingText={t("creating")}>
          {t("createTeam")}
        </SubmitButton>
      </form>
      {state?.ok && (
        <div className="print-sheet space-y-3 rounded-lg border border-slate-300 bg-white p-4" data-testid="team-sheet">
          <div className="flex items-start justify-between gap-4">
            <div>
              <h3 className="text-lg font-semibold">{t("sheetTitle", { event: state.data.event.name })}</h3>
              <p className="text-sm text-slate-600">{t("sheetHelp", { origin: typeof window === "undefined" ? "" : window.location.origin })}</p>
            </div>
            <PrintButton label={t("printSheet")} />
          </div>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-1 pr-4">{t("name")}</th>
                <th className="py-1 pr-4">{t("email")}</th>
                <th className="py-1">{t("oneTimePassword")}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.accounts.map((account) => (
                <tr key={account.email} className="border-b border-dashed border-slate-300">
                  <td className="py-2 pr-4">{account.name}</td>
                  <td className="py-2 pr-4">{account.email}</td>
                  <td className="py-2 font-mono text-base font-semibold tracking-wider">{account.password}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
