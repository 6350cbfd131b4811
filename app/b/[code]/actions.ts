"use server";
// What a business's representative does through their badge's link, before the day and on it: keep
// their offers and needs, say which rounds they cannot make, ask suggested partners to meet, and
// answer partners who asked. The badge's code and secret in each form are the permission.
import { availabilityInput, setUnavailableRounds } from "@/lib/matching/availability";
import { answerRequest, answerRequestInput, requestMeeting, requestMeetingInput } from "@/lib/matching/requests";
import { removeLineInput, removeTradeLine, saveTradeLine, tradeLineInput } from "@/lib/matching/trade-lines";
import { badgeAction } from "@/lib/kernel/action";

export const saveOwnLineAction = badgeAction({ input: tradeLineInput }, ({ business, by, input }) =>
  saveTradeLine(business.event, business.id, input, { ...by, via: "badge" }),
);

export const removeOwnLineAction = badgeAction({ input: removeLineInput }, ({ business, by, input }) =>
  removeTradeLine(business.event, business.id, input.lineId, { ...by, via: "badge" }),
);

export const saveOwnAvailabilityAction = badgeAction({ input: availabilityInput }, ({ business, by, input }) =>
  setUnavailableRounds(business.event, business.id, input.unavailableRounds, { ...by, via: "badge" }),
);

export const requestMeetingAction = badgeAction({ input: requestMeetingInput }, ({ business, by, input }) => requestMeeting(business, input.partnerId, by));

export const answerRequestAction = badgeAction({ input: answerRequestInput }, ({ business, by, input }) => answerRequest(business, input, by));
