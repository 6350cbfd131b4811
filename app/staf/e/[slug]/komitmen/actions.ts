"use server";
// The signing desk. Desk staff record and sign commitments and fix drafts; only organizers void or
// replace a signed one. The mission is found within the caller's own, commitments within the mission.
import { completeDraft, completeDraftInput, replaceCommitment, replaceInput, voidCommitment, voidInput } from "@/lib/commitments/corrections";
import { recordCommitment, recordInput } from "@/lib/commitments/record-commitment";
import { realisationForm, recordRealisation } from "@/lib/commitments/record-realisation";
import { eventAction } from "@/lib/kernel/action";

export const recordCommitmentAction = eventAction({ need: "STAFF", input: recordInput }, ({ event, actor, input }) => recordCommitment(event, input, actor));

export const completeDraftAction = eventAction({ need: "STAFF", input: completeDraftInput }, ({ event, actor, input: { commitmentId, ...fields } }) =>
  completeDraft(event, commitmentId, fields, actor),
);

export const voidCommitmentAction = eventAction({ need: "ADMIN", input: voidInput }, ({ event, actor, input }) => voidCommitment(event, input, actor));

export const replaceCommitmentAction = eventAction({ need: "ADMIN", input: replaceInput }, ({ event, actor, input }) => replaceCommitment(event, input, actor));

export const recordRealisationAction = eventAction({ need: "ADMIN", input: realisationForm }, ({ event, actor, input }) =>
  recordRealisation(event, input, actor),
);
