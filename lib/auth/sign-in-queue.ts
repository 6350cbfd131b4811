import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit, { type LimitFunction } from "p-limit";
import { DEFAULT_LOCALE } from "@/lib/i18n/locale";
import { RETRY_AFTER_SECONDS } from "@/lib/kernel/http";
import { fail } from "@/lib/kernel/outcome";
import { describeFailure } from "@/lib/kernel/translate";

// A burst of sign-ins (forty guesses from forty addresses at once) each ran next-auth, several queries
// and a slice of the event loop together, and held up every other client's answer by more than half a
// second, though their password hashes already waited their turn (lib/users/password.ts). So the
// production server (server.js) lets a few sign-in requests into Next at a time and parks the rest,
// unread, in the order they came. Per process: a limit on work, not a figure to agree on; the lockout
// counts stay in the database (lib/auth/sign-in.ts).

/** Sign-ins in Next at once (`limit`), and how many may wait for a turn before the next is refused. */
export interface SignInTurns {
  limit: LimitFunction;
  maxWaiting: number;
}

/** Four sign-ins in Next at once keep two password hashes busy; two hundred waiting is a hall's worth of desks. */
export const signInTurns: SignInTurns = { limit: pLimit(4), maxWaiting: 200 };

const SIGN_IN_PATH = /^\/api\/auth\/callback\/credentials(?:\?.*)?$/;

/**
 * `POST /api/auth/callback/credentials` goes on to Next (`passOn`) in its turn; anything else at once.
 * A request whose visitor left while it waited is dropped when its turn comes (at no cost: the turn
 * passes on at once); past the queue's length, a 429 to retry.
 */
export function queueSignIn(request: IncomingMessage, response: ServerResponse, passOn: () => void, turns: SignInTurns = signInTurns): void {
  if (request.method !== "POST" || !SIGN_IN_PATH.test(request.url ?? "")) return passOn();
  if (turns.limit.pendingCount >= turns.maxWaiting) return refuse(request, response);
  void turns.limit(
    () =>
      new Promise<void>((turnEnds) => {
        if (response.closed) return turnEnds();
        response.once("close", () => turnEnds());
        passOn();
      }),
  );
}

/** In next-auth's own shape too: the sign-in form reads the refusal from `url`. */
function refuse(request: IncomingMessage, response: ServerResponse): void {
  // "BUSY" is worded "wait a few seconds" (app/masuk/sign-in-form.tsx), as for a burst from one address.
  const url = `http://${request.headers.host ?? "localhost"}/masuk?error=BUSY`;
  const body = JSON.stringify({ ...describeFailure(fail("RATE_LIMITED"), DEFAULT_LOCALE), url });
  response.writeHead(429, { "Content-Type": "application/json", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" }).end(body);
}
