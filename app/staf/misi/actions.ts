"use server";
import { text } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { afterEventChange } from "@/lib/actions/revalidate";
import { authorize, authorizeForEvent } from "@/lib/auth/authorize";
import { createEvent, setEventArchived, updateEventDetails } from "@/lib/events/manage";

const details = (form: FormData) => ({
  name: text(form, "name"),
  venue: text(form, "venue"),
  city: text(form, "city"),
  timeZone: text(form, "timeZone"),
  startsAt: text(form, "startsAt"),
  endsAt: text(form, "endsAt"),
  targetAmount: text(form, "targetAmount"),
  valueCeiling: text(form, "valueCeiling"),
});
const side = (form: FormData, prefix: "visiting" | "host") => ({
  code: text(form, `${prefix}.code`),
  province: text(form, `${prefix}.province`),
  shortName: text(form, `${prefix}.shortName`),
  quota: text(form, `${prefix}.quota`),
  regencies: text(form, `${prefix}.regencies`),
});

export async function createMission(_prev: ActionState<{ slug: string }>, form: FormData): Promise<ActionResult<{ slug: string }>> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  const result = await createEvent(
    { ...details(form), slug: text(form, "slug"), sectors: text(form, "sectors"), visiting: side(form, "visiting"), host: side(form, "host") },
    access.actor,
  );
  return result.ok ? afterEventChange(result.data.slug, result) : result;
}

export async function saveMissionDetails(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const access = await authorizeForEvent(text(form, "slug"), "ADMIN");
  if (!access.ok) return access;
  return afterEventChange(access.event.slug, await updateEventDetails(access.event.id, { ...details(form), status: text(form, "status") }, access.actor));
}

export async function archiveMission(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const access = await authorizeForEvent(text(form, "slug"), "ADMIN");
  if (!access.ok) return access;
  return afterEventChange(
    access.event.slug,
    await setEventArchived(access.event.id, text(form, "intent") !== "restore", { reason: text(form, "reason") }, access.actor),
  );
}
