"use server";
import { archiveForm, createEvent, eventDetailsForm, newEventForm, setEventArchived, updateEventDetails } from "@/lib/events/manage";
import { eventAction, staffAction } from "@/lib/kernel/action";

export const createEventAction = staffAction<typeof newEventForm, { slug: string }>(
  { need: "ADMIN", input: newEventForm, revalidate: ({ data }) => ["/staf/misi", `/staf/e/${data.slug}`, `/e/${data.slug}`, "/"] },
  ({ actor, input }) => createEvent(input, actor),
);

export const saveEventDetailsAction = eventAction({ need: "ADMIN", input: eventDetailsForm }, ({ event, actor, input }) =>
  updateEventDetails(event.id, input, actor),
);

export const archiveEventAction = eventAction({ need: "ADMIN", input: archiveForm }, ({ event, actor, input }) =>
  setEventArchived(event.id, input.intent === "archive", { reason: input.reason }, actor),
);
