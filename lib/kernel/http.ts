import "server-only";
import type { Locale } from "@/lib/i18n/locale";
import { FAILURE_STATUS, type Failure } from "./outcome";
import { describeFailure } from "./translate";

/** Seconds a client should wait before retrying a 429 or a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** A failure as a route handler's answer: always JSON, with a stable code and the status the table gives it. */
export function failureResponse(failure: Failure<unknown>, locale: Locale): Response {
  const status = FAILURE_STATUS[failure.code];
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 429 || status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json(describeFailure(failure, locale), { status, headers });
}
