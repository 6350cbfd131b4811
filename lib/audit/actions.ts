// Every change the audit trail records, by its stable name: one typed list, so a misspelt action
// cannot be written and the trail's filter offers exactly these. Plain module.
export const AUDIT_ACTIONS = [
  "agreement.recorded",
  "agreement.voided",
  "auth.locked_out",
  "auth.lockout_lifted",
  "business.access_revoked",
  "business.check_in_undone",
  "business.checked_in",
  "business.registered_walk_in",
  "businesses.imported",
  "commitment.draft_updated",
  "commitment.drafted",
  "commitment.signed",
  "commitment.voided",
  "event.archived",
  "event.created",
  "event.demo_seeded",
  "event.restored",
  "event.setup_changed",
  "event.updated",
  "official_figure.frozen",
  "realisation.recorded",
  "user.assignments_changed",
  "user.created",
  "user.disabled",
  "user.enabled",
  "user.language_changed",
  "user.password_changed",
  "user.password_reset",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
