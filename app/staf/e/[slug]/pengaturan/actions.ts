"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { text } from "@/lib/actions/form-data";
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
  const result = await updateEventSetup(access.event.id, { sectors: text(formData, "sectors"), sides }, access.actor);
  if (result.ok) revalidatePath(`/staf/e/${access.event.slug}`, "layout");
  return result;
}
