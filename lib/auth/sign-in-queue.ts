import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit, { type LimitFunction } from "p-limit";
import { stampedAddress } from "@/lib/http/client-address";
import { AUTH_FORM_MAX_BYTES, refusalUrl, type EarlyRefusal } from "./auth-form";
import { sizeLabel, writeFailure } from "@/lib/kernel/http";
import { fail, type FailureCode } from "@/lib/kernel/outcome";

// A burst of sign-ins (forty guesses from forty addresses at once) each ran next-auth, several queries
// and a slice of the event loop together, and held up every other client's answer by more than half a
// second, though their password hashes already waited their turn (lib/users/password.ts). So the
// production server (server.js) lets a few sign-in requests into Next at a time and parks the rest,
// unread, in the order they came. A turn is only given to a request whose body has arrived: four
// sign-ins that never finish sending would otherwise hold every turn until Node's own request timeout
// (five minutes). One address holds at most a few places, as the database's burst rule counts
// (lib/auth/sign-in.ts). Per process: a limit on work, not a figure to agree on.

/** How sign-ins take turns; `places` counts each address's requests waiting or in Next. */
export interface SignInTurns {
  /** Sign-ins in Next at once. */
  limit: LimitFunction;
  /** Waiting for a turn, before the next is refused. */
  maxWaiting: number;
  /** Waiting (for their body or their turn) or in Next, from one address. */
  perAddress: number;
  /** From its headers to the end of its body. */
  bodyDeadlineMs: number;
  places: Map<string, number>;
}

/** Sign-in turns: by default four in Next at once (two password hashes busy), 200 waiting (a hall's desks), 10 per address (the database's burst rule), 5 s for a body. */
export function signInTurnsOf({ atOnce = 4, maxWaiting = 200, perAddress = 10, bodyDeadlineMs = 5_000 } = {}): SignInTurns {
  return { limit: pLimit(atOnce), maxWaiting, perAddress, bodyDeadlineMs, places: new Map() };
}

export const signInTurns = signInTurnsOf();

const SIGN_IN_PATH = /^\/api\/auth\/callback\/credentials(?:\?.*)?$/;
// Node says when a body has arrived only to whoever reads it, and waiting requests stay unread.
const BODY_CHECK_MS = 50;

/**
 * `POST /api/auth/callback/credentials` goes on to Next (`passOn`) in its turn; anything else at once.
 * A request whose visitor left while it waited is dropped when its turn comes (at no cost: the turn
 * passes on at once); past the queue's length or an address's places, a 429 to retry; a body that
 * does not arrive in time, a 408; one declared over the form's budget, a 413 (one that only turns out
 * longer is counted by the route, app/api/auth/[...nextauth]/route.ts).
 */
export function queueSignIn(request: IncomingMessage, response: ServerResponse, passOn: () => void, turns: SignInTurns = signInTurns): void {
  if (request.method !== "POST" || !SIGN_IN_PATH.test(request.url ?? "")) return passOn();
  if (Number(request.headers["content-length"] ?? 0) > AUTH_FORM_MAX_BYTES) return refuse(request, response, "TOO_LARGE");
  const address = stampedAddress(request);
  const taken = turns.places.get(address) ?? 0;
  if (taken >= turns.perAddress || turns.limit.pendingCount >= turns.maxWaiting) return refuse(request, response, "RATE_LIMITED");
  turns.places.set(address, taken + 1);
  response.once("close", () => {
    const left = (turns.places.get(address) ?? 1) - 1;
    if (left > 0) turns.places.set(address, left);
    else turns.places.delete(address);
  });
  void bodyArrives(request, turns.bodyDeadlineMs).then((arrived) => {
    if (response.closed) return;
    if (!arrived) return refuse(request, response, "SLOW_REQUEST");
    // Checked again: the queue may have filled while this body was arriving.
    if (turns.limit.pendingCount >= turns.maxWaiting) return refuse(request, response, "RATE_LIMITED");
    void turns.limit(
      () =>
        new Promise<void>((turnEnds) => {
          if (response.closed) return turnEnds();
          response.once("close", () => turnEnds());
          passOn();
        }),
    );
  });
}

/** Whether the request's whole body is in within `deadlineMs` of now (a sign-in's few hundred bytes usually come with its headers). */
function bodyArrives(request: IncomingMessage, deadlineMs: number): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  return new Promise((resolve) => {
    // Node hands a request over once its headers are read, before the rest of the same packet: by the
    // next turn of the event loop a body sent with them is in.
    setImmediate(() => {
      if (request.complete || request.destroyed) return resolve(request.complete);
      const check = setInterval(() => {
        if (!request.complete && !request.destroyed && Date.now() < deadline) return;
        clearInterval(check);
        resolve(request.complete);
      }, BODY_CHECK_MS);
    });
  });
}

const EARLY_REFUSAL: Record<Extract<FailureCode, "RATE_LIMITED" | "SLOW_REQUEST" | "TOO_LARGE">, EarlyRefusal> = {
  // Worded "wait a few seconds", as for a burst the database counts.
  RATE_LIMITED: "BUSY",
  // "Check the network".
  SLOW_REQUEST: "SLOW",
  TOO_LARGE: "TOO_LARGE",
};

/** In next-auth's own shape too: the sign-in form reads the refusal from `url` (app/masuk/sign-in-form.tsx). */
function refuse(request: IncomingMessage, response: ServerResponse, code: keyof typeof EARLY_REFUSAL): void {
  const url = refusalUrl(`http://${request.headers.host ?? "localhost"}`, EARLY_REFUSAL[code]);
  const failure = code === "TOO_LARGE" ? fail(code, { limit: sizeLabel(AUTH_FORM_MAX_BYTES) }) : fail(code);
  // The rest of a body that did not come, or is not wanted, is not waited for: the connection ends with the answer.
  writeFailure(response, failure, { more: { url }, headers: code === "RATE_LIMITED" ? {} : { Connection: "close" } });
}
