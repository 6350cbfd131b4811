import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
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

/** First come, first served: at most `atOnce` running, at most `maxWaiting` waiting. */
export class TurnQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly atOnce: number,
    readonly maxWaiting: number,
  ) {}

  /**
   * Starts `work` now, or when one running ends; null (and `work` never runs) when the queue is full.
   * `work` is handed the function that ends its turn, which it calls once it is done (more calls do
   * nothing). The function returned takes a waiting `work` out of the queue (after it started, nothing).
   */
  enter(work: (done: () => void) => void): (() => void) | null {
    if (this.running < this.atOnce) {
      this.run(work);
      return () => undefined;
    }
    if (this.waiting.length >= this.maxWaiting) return null;
    const start = () => this.run(work);
    this.waiting.push(start);
    return () => {
      const at = this.waiting.indexOf(start);
      if (at >= 0) this.waiting.splice(at, 1);
    };
  }

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private run(work: (done: () => void) => void) {
    this.running++;
    let ended = false;
    work(() => {
      if (ended) return;
      ended = true;
      this.running--;
      this.waiting.shift()?.();
    });
  }
}

const SIGN_IN_PATH = /^\/api\/auth\/callback\/credentials(?:\?.*)?$/;

/** Four sign-ins in Next at once keep two password hashes busy; two hundred waiting is a hall's worth of desks. */
export const signInTurns = new TurnQueue(4, 200);

/**
 * `POST /api/auth/callback/credentials` goes on to Next (`passOn`) in its turn; anything else at once.
 * A request whose visitor left while it waited is dropped; past the queue's length, a 429 to retry.
 */
export function queueSignIn(request: IncomingMessage, response: ServerResponse, passOn: () => void, queue: TurnQueue = signInTurns): void {
  if (request.method !== "POST" || !SIGN_IN_PATH.test(request.url ?? "")) return passOn();
  const leave = queue.enter((done) => {
    response.once("close", done);
    passOn();
  });
  // A visitor who leaves while waiting gives up their place: departed visitors never fill the queue.
  if (leave) return void response.once("close", leave);
  // In next-auth's own shape too: the sign-in form reads the refusal from `url` and words "BUSY" as
  // "wait a few seconds" (app/masuk/sign-in-form.tsx), as it does for a burst from one address.
  const url = `http://${request.headers.host ?? "localhost"}/masuk?error=BUSY`;
  const body = JSON.stringify({ ...describeFailure(fail("RATE_LIMITED"), DEFAULT_LOCALE), url });
  response.writeHead(429, { "Content-Type": "application/json", "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" }).end(body);
}
