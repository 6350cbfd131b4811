"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SelectField, SubmitButton, TextField, useActionForm } from "@/app/_components/form";
import { EVENT_TIME_ZONES, zoneLabel } from "@/lib/format/datetime";
import { SectorsField, SideFields } from "../e/[slug]/pengaturan/side-fields";
import { createEventAction, saveEventDetailsAction } from "./actions";

export interface EventValues {
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

const ZONES = EVENT_TIME_ZONES.map((zone) => ({ value: zone, label: `${zoneLabel(zone)} (${zone})` }));

/** A mission's details: the whole new mission (with its two sides and sectors), or an existing one's details. */
export function EventForm({ event }: { event?: EventValues }) {
  const t = useTranslations("missions");
  const router = useRouter();
  const creating = !event;
  const create = useActionForm(createEventAction);
  const edit = useActionForm(saveEventDetailsAction);
  const { state, formProps } = creating ? create : edit;
  // A new mission opens on its own page.
  const created = create.state?.ok ? create.state.data.slug : null;
  useEffect(() => {
    if (created) router.push(`/staf/misi/${created}`);
  }, [created, router]);
  const v = event;
  return (
    <form {...formProps} className="space-y-5">
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t("details")}</legend>
        <div className="sm:col-span-2">
          <TextField state={state} name="name" label={t("name")} defaultValue={v?.name} required />
        </div>
        {creating ? (
          <TextField state={state} name="slug" label={t("slug")} required pattern="[a-z0-9]+(-[a-z0-9]+)*" />
        ) : (
          <input type="hidden" name="slug" value={v?.slug} />
        )}
        <TextField state={state} name="venue" label={t("venue")} defaultValue={v?.venue} required />
        <TextField state={state} name="city" label={t("city")} defaultValue={v?.city} required />
        <SelectField state={state} name="timeZone" label={t("timeZone")} defaultValue={v?.timeZone ?? "Asia/Jakarta"} options={ZONES} />
        <TextField state={state} name="startsAt" label={t("startsAt")} type="datetime-local" defaultValue={v?.startsAt} required />
        <TextField state={state} name="endsAt" label={t("endsAt")} type="datetime-local" defaultValue={v?.endsAt} required />
        <TextField state={state} name="targetAmount" label={t("target")} defaultValue={v?.targetAmount} inputMode="text" />
        <TextField
          state={state}
          name="valueCeiling"
          label={t("ceiling")}
          // A new mission starts with a ceiling: a single commitment above it (a unit slip, mostly) asks for confirmation.
          defaultValue={v ? v.valueCeiling : "1 triliun"}
          inputMode="text"
        />
        {!creating && (
          <SelectField
            state={state}
            name="status"
            label={t("status")}
            defaultValue={v?.status}
            options={(["PLANNED", "LIVE", "CLOSED"] as const).map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          />
        )}
        {v?.status === "CLOSED" && <TextField state={state} name="statusReason" label={t("statusReason")} />}
      </fieldset>
      {creating && (
        <>
          <div className="grid gap-5 lg:grid-cols-2">
            <SideFields state={state} prefix="visiting" role="VISITING" />
            <SideFields state={state} prefix="host" role="HOST" />
          </div>
          <SectorsField state={state} />
        </>
      )}
      <FormMessage state={state} />
      <SubmitButton pendingText={creating ? t("creating") : t("saving")}>{creating ? t("create") : t("save")}</SubmitButton>
    </form>
  );
}
