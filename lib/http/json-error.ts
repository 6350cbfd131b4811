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
