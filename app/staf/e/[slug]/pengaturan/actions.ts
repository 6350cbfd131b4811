"use server";
import { updateEventSetup, eventSetupForm } from "@/lib/events/setup";
import { eventAction } from "@/lib/kernel/action";

export const saveEventSetup = eventAction({ need: "ADMIN", input: eventSetupForm }, ({ event, actor, input }) => updateEventSetup(event.id, input, actor));
