import "server-only";
import { isConnectionError } from "@/lib/db/errors";

/** A JSON error body every route handler uses: a stable code for programs, a message for people. */
export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: code, message }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The unexpected: logged in full on the server, never a stack trace to the caller. */
export function unexpectedError(error: unknown, where: string): Response {
  console.error(`[${where}]`, error);
  if (isConnectionError(error)) return jsonError(503, "database_unavailable", "Database sedang tidak dapat dihubungi. Coba lagi sebentar lagi.");
  return jsonError(500, "internal_error", "Terjadi kesalahan di server.");
}

const DENIED_STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

/** authorize()'s refusal as a route handler's answer. */
export function deniedResponse(denied: { code: keyof typeof DENIED_STATUS; message: string }): Response {
  return jsonError(DENIED_STATUS[denied.code], denied.code.toLowerCase(), denied.message);
}
