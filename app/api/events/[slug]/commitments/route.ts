import { authorizeForEvent } from "@/lib/auth/authorize";
import { recordCommitment, type RecordInput } from "@/lib/commitments/record-commitment";
import { deniedResponse, jsonError, unexpectedError } from "@/lib/http/json-error";

/**
 * Records (and, with both signatures, signs) a commitment from a JSON body: the same write path as the
 * signing desk's form, for a tablet app, a retry queue or the board benchmark. Exactly once per
 * idempotencyKey. The answer says when it was committed, by the server's clock.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await authorizeForEvent((await params).slug, "STAFF");
  if (!access.ok) return deniedResponse(access);
  let input: RecordInput;
  try {
    input = (await request.json()) as RecordInput;
    if (typeof input !== "object" || input === null) throw new Error("not an object");
  } catch {
    return jsonError(400, "invalid_json", "Kirim komitmen sebagai objek JSON.");
  }
  try {
    const result = await recordCommitment(access.event, { ...input, value: String(input.value ?? "") }, access.actor);
    const committedAt = Date.now();
    if (!result.ok) return Response.json(result, { status: result.code === "INVALID" ? 422 : 409 });
    return Response.json({ ...result, committedAt }, { status: result.data.repeated ? 200 : 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return unexpectedError(error, "POST /api/events/[slug]/commitments");
  }
}
