"use client";
// Sends the outbox, oldest first, one item at a time. One tab sends at a time (a Web Lock), so two tabs
// never race one check-in into a false "already checked in". A signing carries its idempotency key: if
// an answer is lost and it is sent again, the server answers with the commitment it recorded the first
// time. What the server refuses stays in the outbox with its reason; nothing is dropped unsaid.
import { useSyncExternalStore } from "react";
import { firstWaiting, updateItem } from "./outbox";
import type { OutboxItem } from "./store";

/**
 * idle: nothing to send or all sent; sending; offline: the server could not be reached; signIn: the
 * session ended (items wait for a staff member to sign in on this tablet); later: the server was busy.
 */
export type SendPhase = "idle" | "sending" | "offline" | "signIn" | "later";

let phase: SendPhase = "idle";
const phaseListeners = new Set<() => void>();
function setPhase(next: SendPhase) {
  phase = next;
  phaseListeners.forEach((l) => l());
}

export function useSendPhase(): SendPhase {
  return useSyncExternalStore(
    (onChange) => {
      phaseListeners.add(onChange);
      return () => phaseListeners.delete(onChange);
    },
    () => phase,
    () => "idle" as const,
  );
}

const ROUTE: Record<OutboxItem["kind"], string> = { commitment: "commitments", checkIn: "check-ins" };

type Sent = { stop: SendPhase } | { settled: Partial<OutboxItem> };

async function sendOne(item: OutboxItem): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(`/api/events/${encodeURIComponent(item.slug)}/${ROUTE[item.kind]}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(item.body),
      cache: "no-store",
    });
  } catch {
    return { stop: "offline" };
  }
  if (response.status === 401) return { stop: "signIn" };
  if (response.status >= 500 || response.status === 429 || response.status === 408) return { stop: "later" };
  const answer = (await response.json().catch(() => null)) as {
    ok?: boolean;
    code?: string;
    message?: string;
    fieldErrors?: Record<string, string[]>;
    data?: { id?: string; verificationCode?: string; status?: string };
  } | null;
  const settledAt = Date.now();
  if (response.ok && answer?.ok) {
    const message = answer.message;
    // A check-in's body (the business and the desk) holds nothing personal, and the desk list still reads it.
    if (item.kind === "checkIn") return { settled: { state: answer.data?.status === "CHECKED_IN" ? "recorded" : "already", message, settledAt } };
    const { id = "", verificationCode = "", status = "" } = answer.data ?? {};
    return { settled: { state: "recorded", message, body: null, commitment: { id, verificationCode, status }, settledAt } };
  }
  return {
    settled: { state: "refused", code: answer?.code ?? String(response.status), message: answer?.message, fieldErrors: answer?.fieldErrors, settledAt },
  };
}

// After a failed send while the browser says it is online (an answer lost, a busy server): try again
// soon, then less and less often while nothing gets through, so one lost answer holds nothing up.
let failures = 0;

async function drain(): Promise<void> {
  // Read again after each item: one queued while sending goes out in the same round, in its turn.
  for (;;) {
    const next = await firstWaiting();
    if (!next) return setPhase("idle");
    setPhase("sending");
    let sent = await sendOne(next);
    // Failed on a network the browser says is up (an answer lost on its way back): sent again at once,
    // once; the key makes the repeat harmless. Past that, the backoff below.
    if ("stop" in sent && sent.stop === "offline" && navigator.onLine) sent = await sendOne(next);
    if ("stop" in sent) return setPhase(sent.stop);
    await updateItem(next.key, sent.settled);
    failures = 0;
  }
}

let running: Promise<void> | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;

/** Sends what waits, unless this tab or another is sending already. */
export function sendWaiting(): Promise<void> {
  running ??= (async () => {
    try {
      if (navigator.locks) await navigator.locks.request("misi-dagang-outbox", { ifAvailable: true }, (lock) => (lock ? drain() : undefined));
      else await drain();
    } catch {
      setPhase("later");
    } finally {
      running = null;
    }
    clearTimeout(retry);
    if ((phase === "offline" || phase === "later") && navigator.onLine) retry = setTimeout(() => void sendWaiting(), Math.min(15_000, 500 * 2 ** failures++));
    else failures = 0;
  })();
  return running;
}
