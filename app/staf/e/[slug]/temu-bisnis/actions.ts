"use server";
// The business matching (temu bisnis). Staff keep a business's offers and needs and mark meetings at
// the tables; organizers accept pairs, set the schedule, publish it, record what came of the meetings
// and set the target from them. The mission is found within the caller's own, everything else within it.
import { z } from "zod";
import { attendanceInput, markAttendance } from "@/lib/matching/attendance";
import { availabilityInput, setUnavailableRounds } from "@/lib/matching/availability";
import { outcomeInput, recordMeetingOutcome } from "@/lib/matching/outcome";
import { acceptPairs, acceptPairsInput, cancelMeeting, cancelMeetingInput, mustMeetInput, setMustMeet } from "@/lib/matching/pairs";
import { publishSchedule, runSchedule, runScheduleInput } from "@/lib/matching/run-schedule";
import { saveScheduleSetup, scheduleSetupInput } from "@/lib/matching/schedule-setup";
import { setTargetFromMatching, targetInput } from "@/lib/matching/target";
import { removeLineInput, removeTradeLine, saveTradeLine, tradeLineInput } from "@/lib/matching/trade-lines";
import { eventAction } from "@/lib/kernel/action";

const ofBusiness = { businessId: z.string().trim().min(1).max(64) };

export const saveTradeLineAction = eventAction(
  { need: "STAFF", input: tradeLineInput.extend(ofBusiness) },
  ({ event, actor, input: { businessId, ...line } }) => saveTradeLine(event, businessId, line, { ...actor, via: "staff" }),
);

export const removeTradeLineAction = eventAction({ need: "STAFF", input: removeLineInput.extend(ofBusiness) }, ({ event, actor, input }) =>
  removeTradeLine(event, input.businessId, input.lineId, { ...actor, via: "staff" }),
);

export const saveAvailabilityAction = eventAction({ need: "STAFF", input: availabilityInput.extend(ofBusiness) }, ({ event, actor, input }) =>
  setUnavailableRounds(event, input.businessId, input.unavailableRounds, { ...actor, via: "staff" }),
);

export const acceptPairsAction = eventAction({ need: "ADMIN", input: acceptPairsInput }, ({ event, actor, input }) => acceptPairs(event, input, actor));

export const setMustMeetAction = eventAction({ need: "ADMIN", input: mustMeetInput }, ({ event, actor, input }) => setMustMeet(event, input, actor));

export const cancelMeetingAction = eventAction({ need: "ADMIN", input: cancelMeetingInput }, ({ event, actor, input }) => cancelMeeting(event, input, actor));

export const saveScheduleSetupAction = eventAction({ need: "ADMIN", input: scheduleSetupInput }, ({ event, actor, input }) =>
  saveScheduleSetup(event, input, actor),
);

export const runScheduleAction = eventAction({ need: "ADMIN", input: runScheduleInput }, ({ event, actor, input }) => runSchedule(event, input, actor));

export const publishScheduleAction = eventAction({ need: "ADMIN", input: z.object({}) }, ({ event, actor }) => publishSchedule(event, actor));

/** The table host's tap: held, no-show, or taken back. */
export const markAttendanceAction = eventAction({ need: "STAFF", input: attendanceInput }, ({ event, actor, input }) => markAttendance(event, input, actor));

export const recordOutcomeAction = eventAction({ need: "ADMIN", input: outcomeInput }, ({ event, actor, input }) => recordMeetingOutcome(event, input, actor));

export const setTargetFromMatchingAction = eventAction({ need: "ADMIN", input: targetInput }, ({ event, actor, input }) =>
  setTargetFromMatching(event, input, actor),
);
