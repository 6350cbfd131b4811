import "server-only";
import type { ServerResponse } from "node:http";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { FAILURE_STATUS, type Failure } from "./outcome";
import { describeFailure } from "./translate";

/** Seconds a client should wait before retrying a 429 or a 503. */
export const RETRY_AFTER_SECONDS = 5;

function failureHeaders(status: number): Record<string, string> {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 429 || status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return headers;
}

/** A failure as a route handler's answer: always JSON, with a stable code and the status the table gives it; `more` adds fields to the body. */
export function failureResponse(failure: Failure<unknown>, locale: Locale, { more = {} }: { more?: Record<string, string> } = {}): Response {
  const status = FAILURE_STATUS[failure.code];
  return Response.json({ ...describeFailure(failure, locale), ...more }, { status, headers: failureHeaders(status) });
}

/** A byte budget as people read it in a refusal: "10 MB", "4 KB". */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.floor(bytes / (1024 * 1024))} MB`;
  return bytes >= 1024 ? `${Math.floor(bytes / 1024)} KB` : `${bytes} B`;
}

/**
 * The same answer written to a Node response, for what server.js answers before Next (in the default
 * language: no cookie is read there). `more` adds fields to the body, `headers` to the headers.
 */
export function writeFailure(
  response: ServerResponse,
  failure: Failure<unknown>,
  { more = {}, headers = {} }: { more?: Record<string, string>; headers?: Record<string, string> } = {},
): void {
  const status = FAILURE_STATUS[failure.code];
  const body = JSON.stringify({ ...describeFailure(failure, DEFAULT_LOCALE), ...more });
  response
    .writeHead(status, { ...failureHeaders(status), "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), ...headers })
    .end(body);
}
