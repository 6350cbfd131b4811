"use server";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { text } from "@/lib/actions/form-data";
import { afterEventChange } from "@/lib/actions/revalidate";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { updateEventSetup } from "@/lib/events/setup";

export async function saveEventSetup(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const access = await authorizeForEvent(text(formData, "slug"), "ADMIN");
  if (!access.ok) return access;
  const sides = [0, 1].map((i) => ({
    code: text(formData, `sides.${i}.code`),
    province: text(formData, `sides.${i}.province`),
    shortName: text(formData, `sides.${i}.shortName`),
    quota: text(formData, `sides.${i}.quota`),
    regencies: text(formData, `sides.${i}.regencies`),
  }));
  return afterEventChange(access.event.slug, await updateEventSetup(access.event.id, { sectors: text(formData, "sectors"), sides }, access.actor));
}
