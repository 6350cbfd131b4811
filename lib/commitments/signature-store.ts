import "server-only";
import { runInWorker } from "@/lib/workers/run";

/** Decoding a signature within its budget and redrawing it: well under a second, in a worker thread. */
export const SIGNATURE_WORK = { timeMs: 10_000, memoryMb: 256 };

export type StoredSignature = { ok: true; dataUrl: string } | { ok: false; error: "signatureMissing" | "signatureUnreadable" };

/**
 * A signature as it is kept: cropped to its ink and redrawn within STORED_SIGNATURE, whatever the
 * pad's size (signature-redraw.ts, in a worker thread). Checked against SIGNATURE_BUDGET first (rules.ts). A picture
 * with no ink at all is not a signature.
 */
export async function storedSignature(dataUrl: string): Promise<StoredSignature> {
  const redrawn = await runInWorker<string | null>("signature", dataUrl, SIGNATURE_WORK);
  if (!redrawn.ok) return { ok: false, error: "signatureUnreadable" };
  return redrawn.value ? { ok: true, dataUrl: redrawn.value } : { ok: false, error: "signatureMissing" };
}
