import "server-only";
// The one door for server actions (public endpoints: anyone can post to them). Each declares who may
// call it and the zod schema of its form; the kernel authorizes (role, the mission within the caller's
// own, the one-time-password rule), parses the form, runs the operation, refreshes the pages that
// show what changed, and answers in the caller's language. Next checks the Origin of every action.
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { authorize, authorizeForEvent, type Actor, type AuthorizeOptions, type Need, type ScopedEvent } from "@/lib/auth/authorize";
import { requestContext } from "@/lib/auth/request";
import type { AuditActor } from "@/lib/audit/record";
import { representativeAccess, type RepresentativeAccess } from "@/lib/businesses/representative-access";
import { isConnectionError } from "@/lib/db/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { throughKernel } from "./brand";
import { formObject, parseInput } from "./form";
import { fail, type ActionResult, type ActionState, type Outcome } from "./outcome";
import { describe } from "./translate";
import { WorkersBusyError } from "@/lib/workers/run";

type FormAction<T, D> = (previous: ActionState<T, D>, formData: FormData) => Promise<ActionResult<T, D>>;

interface Spec<S extends z.ZodType> extends AuthorizeOptions {
  need: Need;
  /** The form's contract. */
  input: S;
}

interface StaffSpec<S extends z.ZodType, T> extends Spec<S> {
  /** Pages (with everything under them) that show what a success changed. */
  revalidate?: (done: { input: z.output<S>; data: NoInfer<T> }) => string[];
}

/** An action on one mission, named by the form's `slug` field: its staff and public pages refresh after a success. */
export function eventAction<S extends z.ZodType, T = undefined, D = never>(
  spec: Spec<S>,
  run: (call: { event: ScopedEvent; actor: Actor; input: z.output<S> }) => Promise<Outcome<T, D>>,
): FormAction<T, D> {
  return throughKernel(async (_previous, formData) =>
    answer(async () => {
      const slug = formData.get("slug");
      const access = await authorizeForEvent(typeof slug === "string" ? slug : "", spec.need, spec);
      if (!access.ok) return access;
      const parsed = parseInput(spec.input, formObject(formData));
      if (!parsed.ok) return parsed;
      const outcome = await run({ event: access.event, actor: access.actor, input: parsed.data });
      if (outcome.ok) refresh([`/staf/e/${access.event.slug}`, `/e/${access.event.slug}`]);
      return outcome;
    }, "eventAction"),
  );
}

/** An action of a staff member that belongs to no one mission (accounts, missions, their own password). */
export function staffAction<S extends z.ZodType, T = undefined, D = never>(
  spec: StaffSpec<S, T>,
  run: (call: { actor: Actor; input: z.output<S> }) => Promise<Outcome<T, D>>,
): FormAction<T, D> {
  return throughKernel(async (_previous, formData) =>
    answer(async () => {
      const access = await authorize(spec.need, spec);
      if (!access.ok) return access;
      const parsed = parseInput(spec.input, formObject(formData));
      if (!parsed.ok) return parsed;
      const outcome = await run({ actor: access.actor, input: parsed.data });
      if (outcome.ok && spec.revalidate) refresh(spec.revalidate({ input: parsed.data, data: outcome.data }));
      return outcome;
    }, "staffAction"),
  );
}

/**
 * An action of a business's representative through their badge's link (/b/{code}?k=…), with no
 * account: the badge's code and secret, sent with the form as `badge` and `k`, are the permission.
 * The audit rows carry the caller's address and browser, and name the badge.
 */
export function badgeAction<S extends z.ZodType, T = undefined, D = never>(
  spec: { input: S },
  run: (call: { business: RepresentativeAccess; by: AuditActor; input: z.output<S> }) => Promise<Outcome<T, D>>,
): FormAction<T, D> {
  return throughKernel(async (_previous, formData) =>
    answer(async () => {
      const [code, secret] = [formData.get("badge"), formData.get("k")];
      const business = await representativeAccess(typeof code === "string" ? code.trim().toUpperCase() : "", typeof secret === "string" ? secret : "");
      if (!business) return fail("NOT_FOUND", { what: "badge" });
      const parsed = parseInput(spec.input, formObject(formData));
      if (!parsed.ok) return parsed;
      const { ip, userAgent } = await requestContext();
      const outcome = await run({ business, by: { id: null, ip, userAgent }, input: parsed.data });
      if (outcome.ok) refresh([`/b/${business.badgeCode}`, `/staf/e/${business.event.slug}`, `/e/${business.event.slug}`]);
      return outcome;
    }, "badgeAction"),
  );
}

/** An action anyone may call (the language switch): it must change nothing recorded but the caller's own choices. */
export function publicAction<S extends z.ZodType, T = undefined, D = never>(
  spec: { input: S },
  run: (call: { input: z.output<S> }) => Promise<Outcome<T, D>>,
): FormAction<T, D> {
  return throughKernel(async (_previous, formData) =>
    answer(async () => {
      const parsed = parseInput(spec.input, formObject(formData));
      if (!parsed.ok) return parsed;
      return run({ input: parsed.data });
    }, "publicAction"),
  );
}

function refresh(paths: string[]) {
  for (const path of paths) revalidatePath(path, "layout");
}

async function answer<T, D>(work: () => Promise<Outcome<T, D>>, where: string): Promise<ActionResult<T, D>> {
  let outcome: Outcome<T, D>;
  try {
    outcome = await work();
  } catch (error) {
    unstable_rethrow(error); // Next's own redirect(), notFound() and the like pass through
    console.error(`[${where}]`, error);
    outcome = fail(isConnectionError(error) ? "UNAVAILABLE" : error instanceof WorkersBusyError ? "BUSY" : "INTERNAL");
  }
  return describe(outcome, await callerLocale());
}

async function callerLocale(): Promise<Locale> {
  try {
    return (await requestContext()).locale;
  } catch {
    return DEFAULT_LOCALE; // the request could not even be read: answer in the default language
  }
}
