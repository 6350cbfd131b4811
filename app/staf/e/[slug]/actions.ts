"use server";
import { eventAction } from "@/lib/kernel/action";
import { freezeInput, freezeOfficialFigure } from "@/lib/official/freeze";

/** Organizers only: freeze the official figure at the announced time. */
export const freezeOfficialFigureAction = eventAction({ need: "ADMIN", input: freezeInput }, ({ event, actor, input }) =>
  freezeOfficialFigure(event, input, actor),
);
