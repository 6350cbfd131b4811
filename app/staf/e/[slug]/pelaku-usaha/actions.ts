"use server";
// The registration desk's changes. The mission comes from the form's slug but is only found within the
// caller's own; businesses are then looked up within that mission.
import { z } from "zod";
import { checkIn, checkInInput, undoCheckIn, undoCheckInInput } from "@/lib/businesses/check-in";
import { registerWalkIn, walkInInput } from "@/lib/businesses/register-walk-in";
import { revokeRepresentativeAccess } from "@/lib/businesses/representative-access";
import { eventAction } from "@/lib/kernel/action";
import { formText } from "@/lib/kernel/form";

export const registerWalkInAction = eventAction({ need: "STAFF", input: walkInInput }, ({ event, actor, input }) => registerWalkIn(event.id, input, actor));

export const checkInAction = eventAction({ need: "STAFF", input: checkInInput }, ({ event, actor, input }) => checkIn(event, input, actor));

export const undoCheckInAction = eventAction({ need: "STAFF", input: undoCheckInInput }, ({ event, actor, input }) => undoCheckIn(event.id, input, actor));

/** Organizers only: the badge's link stops opening the business's letters (a new badge is printed). */
export const revokeBadgeLinkAction = eventAction({ need: "ADMIN", input: z.object({ businessId: formText(64) }) }, ({ event, actor, input }) =>
  revokeRepresentativeAccess(event, input.businessId, actor),
);
