"use server";
// The registration desk's changes. The event comes from the form's slug but is only found within the
// events the signed-in staff member may work on; businesses are then looked up within that event.
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { text } from "@/lib/actions/form-data";
import { afterEventChange } from "@/lib/actions/revalidate";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { checkIn, undoCheckIn, type CheckInOutcome } from "@/lib/businesses/check-in";
import { registerWalkIn, type RegisteredBusiness, type WalkInRefusal } from "@/lib/businesses/register-walk-in";
import { revokeRepresentativeAccess } from "@/lib/businesses/representative-access";

type WalkInResult = ActionResult<RegisteredBusiness> & { refusal?: WalkInRefusal };

export async function registerWalkInAction(_prev: WalkInResult | null, formData: FormData): Promise<WalkInResult> {
  const access = await authorizeForEvent(text(formData, "slug"), "STAFF");
  if (!access.ok) return access;
  const result = await registerWalkIn(
    access.event.id,
    {
      sideCode: text(formData, "sideCode"),
      name: text(formData, "name"),
      representative: text(formData, "representative"),
      phone: text(formData, "phone"),
      sector: text(formData, "sector"),
      regency: text(formData, "regency"),
      nib: text(formData, "nib"),
      confirmDuplicate: text(formData, "confirmDuplicate") === "1",
      overrideReason: text(formData, "overrideReason"),
    },
    access.actor,
  );
  return afterEventChange(access.event.slug, result);
}

export async function checkInAction(_prev: ActionState<CheckInOutcome>, formData: FormData): Promise<ActionResult<CheckInOutcome>> {
  const access = await authorizeForEvent(text(formData, "slug"), "STAFF");
  if (!access.ok) return access;
  const result = await checkIn(
    access.event,
    { code: text(formData, "code"), businessId: text(formData, "businessId"), desk: text(formData, "desk") },
    access.actor,
  );
  return afterEventChange(access.event.slug, result);
}

export async function undoCheckInAction(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const access = await authorizeForEvent(text(formData, "slug"), "STAFF");
  if (!access.ok) return access;
  const result = await undoCheckIn(access.event.id, { businessId: text(formData, "businessId"), reason: text(formData, "reason") }, access.actor);
  return afterEventChange(access.event.slug, result);
}

/** Organizers only: the badge's link stops opening the business's letters (a new badge is printed). */
export async function revokeBadgeLinkAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorizeForEvent(text(formData, "slug"), "ADMIN");
  if (!access.ok) return access;
  const result = await revokeRepresentativeAccess(access.event, text(formData, "businessId"), access.actor);
  return afterEventChange(access.event.slug, result);
}
