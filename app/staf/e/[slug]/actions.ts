"use server";
import { eventAction } from "@/lib/kernel/action";
import { freezeInput, freezeOfficialFigure } from "@/lib/official/freeze";
import { interimInput, publishInterimFigure } from "@/lib/official/interim";

/** Organizers only: freeze the official figure at the announced time. */
export const freezeOfficialFigureAction = eventAction({ need: "ADMIN", input: freezeInput }, ({ event, actor, input }) =>
  freezeOfficialFigure(event, input, actor),
);

/** Organizers only: announce an interim figure, the ledger as it stood at a moment ("hingga pukul 12.00"). */
export const publishInterimFigureAction = eventAction({ need: "ADMIN", input: interimInput }, ({ event, actor, input }) =>
  publishInterimFigure(event, input, actor),
);
