import { z } from "zod";

/**
 * A half-filled signing form kept in the tab's sessionStorage, so a reload or an accidental back on
 * the desk tablet does not make two representatives sign again. sessionStorage, not localStorage:
 * the draft holds signatures (personal data), so it lives only as long as the tab, is removed when
 * the commitment is recorded or the desk discards it, and on sign-out.
 */
const PREFIX = "misi-dagang:signing:";

const point = z.object({ x: z.number(), y: z.number(), pressure: z.number(), time: z.number() });
const stroke = z.object({
  penColor: z.string(),
  dotSize: z.number(),
  minWidth: z.number(),
  maxWidth: z.number(),
  velocityFilterWeight: z.number(),
  compositeOperation: z.string(),
  points: z.array(point),
});
/** A pad's strokes, the box (CSS pixels) they were drawn in, and the picture the form last held. */
const padDrawing = z.object({ width: z.number().positive(), height: z.number().positive(), strokes: z.array(stroke), picture: z.string() });
export type PadDrawing = z.infer<typeof padDrawing>;

const picked = z.object({ id: z.string(), name: z.string(), representative: z.string() });

const signingDraft = z.object({
  idempotencyKey: z.string(),
  savedAt: z.number(),
  fields: z.record(z.string(), z.string()),
  visiting: picked.nullable(),
  host: picked.nullable(),
  visitingSignature: padDrawing.nullable(),
  hostSignature: padDrawing.nullable(),
});
export type SigningDraft = z.infer<typeof signingDraft>;

/** One draft per form: a new commitment of a mission, or the completion / replacement of one. */
export function draftScope(slug: string, commitmentId?: string): string {
  return `${PREFIX}${slug}:${commitmentId ?? "new"}`;
}

export function loadSigningDraft(scope: string): SigningDraft | null {
  try {
    const stored = sessionStorage.getItem(scope);
    if (!stored) return null;
    const parsed = signingDraft.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSigningDraft(scope: string, draft: SigningDraft): void {
  try {
    sessionStorage.setItem(scope, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the form still works, it just will not survive a reload.
  }
}

export function discardSigningDraft(scope: string): void {
  try {
    sessionStorage.removeItem(scope);
  } catch {
    // Nothing was stored.
  }
}

/** On sign-out: the next person at this tablet must not find the last one's signatures. */
export function discardAllSigningDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Nothing was stored.
  }
}
