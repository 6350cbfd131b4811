import "server-only";
// The one door for route handlers. Each declares who may call it, the zod schemas of its query and
// body, and its body's budget; the kernel refuses a cross-site mutation (403), a body of the wrong
// kind (415) or over budget (413), unreadable JSON or form data (400) and bad fields (422), authorizes
// (401/403/404), runs the handler, and turns a database that cannot be reached into a 503 and a bug
// into a logged 500, always as JSON with a stable code (lib/kernel/outcome.ts has the table).
import { cookies } from "next/headers";
import type { z } from "zod";
import { authorizeForEvent, type Actor, type Need, type ScopedEvent } from "@/lib/auth/authorize";
import { isConnectionError } from "@/lib/db/errors";
import { chosenLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { throughKernel } from "./brand";
import { formObject, parseInput } from "./form";
import { failureResponse, sizeLabel } from "./http";
import { isMutation, isSameOrigin } from "./origin";
import { fail, type Failure } from "./outcome";
import { WorkersBusyError } from "@/lib/workers/run";

/** What Next calls: the path's dynamic segments arrive as `params`, read by the route's own schema. */
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Answer = Response | Failure<unknown>;

interface Body<B extends z.ZodType> {
  /** JSON (application/json) or a form (multipart/form-data, or urlencoded). */
  kind: "json" | "form";
  schema: B;
  /** Refused with 413 before it is read further. */
  maxBytes: number;
}

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** The path's dynamic segments beyond the mission's slug, e.g. z.object({ id: z.string() }). */
  params?: P;
  /** The query string's contract (one value per name). */
  query?: Q;
  body?: Body<B>;
}

type Parsed<X> = X extends z.ZodType ? z.output<X> : undefined;

interface PublicCall<P, Q, B> {
  request: Request;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  locale: Locale;
}

/** A route anyone may call: public figures and pages, and links whose secret is the permission. */
export function publicRoute<P extends z.ZodType = never, Q extends z.ZodType = never, B extends z.ZodType = never>(
  spec: RouteSpec<P, Q, B>,
  run: (call: PublicCall<P, Q, B>) => Promise<Answer>,
): Handler {
  return throughKernel(async (request, context) => {
    const locale = await cookieLocale();
    return respond(request, locale, "publicRoute", async () => {
      const params = await context.params;
      const input = await readInput(request, params, spec);
      if (!input.ok) return input;
      return run({ request, params: input.params, query: input.query, body: input.body, locale });
    });
  });
}

/** A route on one mission (its slug in the path), for its staff: the mission is found only within the caller's own. */
export function eventRoute<P extends z.ZodType = never, Q extends z.ZodType = never, B extends z.ZodType = never>(
  spec: RouteSpec<P, Q, B> & { need: Need },
  run: (call: PublicCall<P, Q, B> & { event: ScopedEvent; actor: Actor }) => Promise<Answer>,
): Handler {
  return throughKernel(async (request, context) => {
    const locale = await cookieLocale();
    return respond(request, locale, "eventRoute", async () => {
      const params = await context.params;
      const access = await authorizeForEvent(typeof params.slug === "string" ? params.slug : "", spec.need);
      if (!access.ok) return access;
      const input = await readInput(request, params, spec);
      if (!input.ok) return input;
      return run({ request, params: input.params, query: input.query, body: input.body, locale, event: access.event, actor: access.actor });
    });
  });
}

async function respond(request: Request, locale: Locale, where: string, work: () => Promise<Answer>): Promise<Response> {
  if (isMutation(request.method) && !isSameOrigin(request.headers)) return failureResponse(fail("BAD_ORIGIN"), locale);
  let answer: Answer;
  try {
    answer = await work();
  } catch (error) {
    console.error(`[${where}]`, error);
    answer = fail(isConnectionError(error) ? "UNAVAILABLE" : error instanceof WorkersBusyError ? "BUSY" : "INTERNAL");
  }
  return answer instanceof Response ? answer : failureResponse(answer, locale);
}

async function cookieLocale(): Promise<Locale> {
  try {
    return chosenLocale(await cookies());
  } catch {
    return DEFAULT_LOCALE; // called outside a request (a test, a script)
  }
}

async function readInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  request: Request,
  rawParams: Record<string, string | string[]>,
  spec: RouteSpec<P, Q, B>,
): Promise<{ ok: true; params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> } | Failure> {
  let params: unknown = undefined;
  if (spec.params) {
    // A path that does not fit (an id of the wrong shape) names nothing there is.
    const parsed = spec.params.safeParse(rawParams);
    if (!parsed.success) return fail("NOT_FOUND", { what: "path" });
    params = parsed.data;
  }
  let query: unknown = undefined;
  if (spec.query) {
    const search = new URL(request.url).searchParams;
    const parsed = parseInput(spec.query, Object.fromEntries([...new Set(search.keys())].map((name) => [name, search.get(name)])));
    if (!parsed.ok) return parsed;
    query = parsed.data;
  }
  let body: unknown = undefined;
  if (spec.body) {
    const read = await readBody(request, spec.body);
    if (!read.ok) return read;
    const parsed = parseInput(spec.body.schema, read.value);
    if (!parsed.ok) return parsed;
    body = parsed.data;
  }
  // Each is its schema's output, or undefined where the route declared none.
  return { ok: true, params: params as Parsed<P>, query: query as Parsed<Q>, body: body as Parsed<B> };
}

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

async function readBody(request: Request, body: Body<z.ZodType>): Promise<{ ok: true; value: unknown } | Failure> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const accepted = body.kind === "json" ? type === "application/json" : FORM_TYPES.includes(type);
  if (!accepted) return fail("UNSUPPORTED_MEDIA_TYPE", { expected: body.kind === "json" ? "application/json" : "multipart/form-data" });
  const read = await bodyWithin(request, body.maxBytes);
  if (!read.ok) return read;
  const { bytes } = read;
  if (body.kind === "json") {
    try {
      return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
    } catch {
      return fail("BAD_JSON");
    }
  }
  try {
    const form = await new Response(bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, value: formObject(form) };
  } catch {
    return fail("BAD_FORM");
  }
}

/** The body as it came, for a route that hands it on unparsed (next-auth's forms); TOO_LARGE past `maxBytes`. */
export async function bodyWithin(request: Request, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | Failure> {
  const bytes = await readLimited(request, maxBytes);
  return bytes ? { ok: true, bytes } : fail("TOO_LARGE", { limit: sizeLabel(maxBytes) });
}

/** The body, or null once it passes maxBytes (declared or counted): nothing more is read. */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
