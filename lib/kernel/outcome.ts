// What every domain operation returns: a typed outcome, never a sentence. Words for people are chosen
// at the edge (lib/kernel/translate.ts) from the messages, in the caller's language.
// Plain module: the codes and result types are shared with client components.
import type { Messages } from "@/lib/i18n/messages";

/**
 * Every failure code with the HTTP status a route handler answers for it. A retry queue can act on
 * the status alone: 429 and 503 (with Retry-After) mean "try again later", 409 "already decided",
 * every other 4xx "do not send this again as it is", 500 a bug.
 */
export const FAILURE_STATUS = {
  // The request itself.
  BAD_JSON: 400,
  BAD_FORM: 400,
  BAD_ORIGIN: 403,
  TOO_LARGE: 413,
  // Its body did not arrive in time (a sign-in waiting for its turn: lib/auth/sign-in-queue.ts).
  SLOW_REQUEST: 408,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  BUSY: 503,
  INTERNAL: 500,
  // Never sent by a server: the tablet had no network to reach it (app/_offline/network.ts).
  OFFLINE: 503,
  // Access.
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_FIRST: 403,
  ORGANIZER_ONLY: 403,
  EVENT_NOT_FOUND: 404,
  NOT_FOUND: 404,
  // The domain's refusals.
  FORM_EXPIRED: 422,
  KEY_OF_OTHER_EVENT: 409,
  MISSION_NOT_OPEN: 409,
  IDEMPOTENCY_MISMATCH: 409,
  NOT_A_DRAFT: 409,
  FIGURE_MOVED: 409,
  ALREADY_VOID: 409,
  NOT_SIGNED: 409,
  QUOTA_FULL: 409,
  IMPORT_OVER_QUOTA: 409,
  ALREADY_IMPORTED: 409,
  POSSIBLE_DUPLICATE: 409,
  NIB_TAKEN: 409,
  NIB_JUST_TAKEN: 409,
  NOT_CHECKED_IN: 409,
  SCAN_REQUIRED: 422,
  BADGE_OF_OTHER_EVENT: 404,
  UNKNOWN_BADGE: 404,
  NO_VALID_ROWS: 422,
  UNMAPPED_COLUMNS: 422,
  EMAIL_TAKEN: 409,
  TEAM_NOT_CREATED: 422,
  TEAM_EMAIL_TAKEN: 409,
  OWN_ACCOUNT: 422,
  ORGANIZER_NOT_ASSIGNED: 422,
  SLUG_TAKEN: 409,
  EVENT_ARCHIVED: 409,
  ALREADY_ARCHIVED: 409,
  NOT_ARCHIVED: 409,
  // The business matching's refusals.
  TOO_MANY_LINES: 422,
  NO_PAIRS_ACCEPTED: 409,
  MEETING_DECIDED: 409,
  NOT_SUGGESTED: 409,
  ALREADY_PAIRED: 409,
  SCHEDULE_IN_USE: 409,
  NO_SCHEDULE_SETUP: 409,
  NOTHING_TO_PUBLISH: 409,
  NOT_SCHEDULED: 409,
  MEETING_HAS_DEALS: 409,
  MEETING_NOT_HELD: 409,
  NO_POTENTIAL: 409,
  POTENTIAL_MOVED: 409,
} as const;

export type FailureCode = keyof typeof FAILURE_STATUS;
export type NoticeCode = keyof Messages["notices"];
export type Params = Record<string, string | number>;
/** A key of the messages' "fieldErrors", with what it quotes; an unknown key reads as a generic "not valid". */
export type FieldCode = string | { key: string; params: Params };
/** Per field (named as the form names it), what is wrong with it. */
export type FieldCodes = Record<string, FieldCode[]>;

export type Failure<D = never> = { ok: false; code: FailureCode; params?: Params; fields?: FieldCodes; detail?: D };
export type Done<T> = { ok: true; notice: NoticeCode; params?: Params; data: T };
export type Outcome<T = undefined, D = never> = Done<T> | Failure<D>;

export function done<T>(notice: NoticeCode, data: T, params?: Params): Done<T> {
  return params ? { ok: true, notice, data, params } : { ok: true, notice, data };
}

export function fail<D = never>(code: FailureCode, params?: Params, fields?: FieldCodes, detail?: D): Failure<D> {
  const failure: Failure<D> = { ok: false, code };
  if (params) failure.params = params;
  if (fields) failure.fields = fields;
  if (detail !== undefined) failure.detail = detail;
  return failure;
}

/** A form's field errors: the INVALID failure with the keys of each field's messages. */
export function invalid(fields: FieldCodes, params?: Params): Failure<never> {
  return fail("INVALID", params, fields);
}

/** What a server action hands its form: the outcome in the caller's words. */
export type ActionResult<T = undefined, D = never> =
  | { ok: true; message: string; data: T }
  | { ok: false; code: FailureCode; message: string; fieldErrors?: Record<string, string[]>; params?: Params; detail?: D };

/** useActionState's state before the first submission. */
export type ActionState<T = undefined, D = never> = ActionResult<T, D> | null;
