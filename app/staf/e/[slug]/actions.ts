"use server";
import type { ActionResult } from "@/lib/actions/result";
import { text } from "@/lib/actions/form-data";
import { afterEventChange } from "@/lib/actions/revalidate";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { freezeOfficialFigure } from "@/lib/official/freeze";

/** Organizers only: freeze the official figure at the announced time. */
export async function freezeOfficialFigureAction(
  _prev: ActionResult<{ id: string; total: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string; total: string }>> {
  const access = await authorizeForEvent(text(formData, "slug"), "ADMIN");
  if (!access.ok) return access;
  return afterEventChange(access.event.slug, await freezeOfficialFigure(access.event, { note: text(formData, "note") }, access.actor));
}
