// What came of a held meeting, as the organizer records it months later. Plain module: the form uses it too.
export const MEETING_OUTCOMES = ["NO_FURTHER_CONTACT", "IN_NEGOTIATION", "AGREEMENT_REACHED"] as const;
