// What every server action returns: the outcome a form shows, never a thrown error for the expected.
// Shared with client components (no server imports here).

export type DeniedCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
export type FailureCode = DeniedCode | "INVALID" | "CONFLICT";

export type ActionResult<T = undefined> =
  { ok: true; message: string; data: T } | { ok: false; code: FailureCode; message: string; fieldErrors?: Record<string, string[] | undefined> };

/** useActionState's state before the first submission. */
export type ActionState<T = undefined> = ActionResult<T> | null;

export function success<T>(message: string, data: T): ActionResult<T> {
  return { ok: true, message, data };
}

export function failure(
  code: FailureCode,
  message: string,
  fieldErrors?: Record<string, string[] | undefined>,
): { ok: false; code: FailureCode; message: string; fieldErrors?: Record<string, string[] | undefined> } {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export const INVALID_INPUT = "Periksa kembali isian yang ditandai.";
