// The kernel's answers, one per status of the table in lib/kernel/outcome.ts, through a route and an
// action made by it: what a retry queue and a form see.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { requestContext } from "@/lib/auth/request";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { eventAction } from "@/lib/kernel/action";
import { done, fail, type FailureCode } from "@/lib/kernel/outcome";
import { eventRoute, publicRoute } from "@/lib/kernel/route";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { actAs, createFixtures, type Fixtures } from "../support/personas";
import { WorkersBusyError } from "@/lib/workers/run";

vi.mock("@/lib/auth/request", () => ({ requestContext: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

withTestDatabase({ seedDemo: true });

let fixtures: Fixtures;
beforeAllOrFail(async () => {
  fixtures = await createFixtures();
});

const params = (slug = "latihan-meja") => ({ params: Promise.resolve({ slug }) });
const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://misi.example/api/x", { method: "POST", body, headers: { host: "misi.example", ...headers } });

const echo = publicRoute({ body: { kind: "json", schema: z.object({ name: z.string().min(2, "nameTooShort") }), maxBytes: 64 } }, async ({ body }) =>
  Response.json({ hello: body.name }),
);

async function expectFailure(response: Response, status: number, code: FailureCode) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/json");
  const body = await response.json();
  expect(body).toMatchObject({ ok: false, code, message: expect.any(String) });
  return body;
}

describe("a route made by the kernel", () => {
  it("answers a good request, and each kind of bad one with its own status and code", async () => {
    expect(await (await echo(post(JSON.stringify({ name: "Sari" })), params())).json()).toEqual({ hello: "Sari" });
    await expectFailure(await echo(post("{", { "content-type": "application/json" }), params()), 400, "BAD_JSON");
    await expectFailure(await echo(post(JSON.stringify({ name: "Sari" }), { "content-type": "text/plain" }), params()), 415, "UNSUPPORTED_MEDIA_TYPE");
    const large = await expectFailure(await echo(post(JSON.stringify({ name: "x".repeat(100) })), params()), 413, "TOO_LARGE");
    expect(large.message).toBe("Kiriman lebih dari 64 B. Bagi menjadi beberapa bagian.");
    const invalid = await expectFailure(await echo(post(JSON.stringify({ name: "S" })), params()), 422, "INVALID");
    expect(invalid.fieldErrors).toEqual({ name: ["Nama minimal 2 huruf."] });
    const wrongKind = await expectFailure(await echo(post(JSON.stringify({ name: { nested: true } })), params()), 422, "INVALID");
    expect(wrongKind.fieldErrors).toEqual({ name: ["Isian ini tidak sah."] });
    await expectFailure(
      await echo(post(JSON.stringify({ name: "Sari" }), { "content-type": "application/json", origin: "http://evil.example" }), params()),
      403,
      "BAD_ORIGIN",
    );
  });

  it("turns a bug into a logged 500 and an unreachable database into a 503, both with a body; a 429 or 503 says when to retry", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const bug = publicRoute({}, async () => {
      throw new TypeError("undefined is not a function");
    });
    const body = await expectFailure(await bug(new Request("http://misi.example/x"), params()), 500, "INTERNAL");
    expect(JSON.stringify(body)).not.toContain("undefined is not a function");
    expect(errors).toHaveBeenCalled();

    const down = publicRoute({}, async () => {
      throw new DatabaseUnavailableError("Database tidak dapat dipakai");
    });
    const unavailable = await down(new Request("http://misi.example/x"), params());
    await expectFailure(unavailable, 503, "UNAVAILABLE");
    expect(unavailable.headers.get("retry-after")).toBe("5");

    const workersBusy = await publicRoute({}, async () => {
      throw new WorkersBusyError("xlsx");
    })(new Request("http://misi.example/x"), params());
    await expectFailure(workersBusy, 503, "BUSY");
    expect(workersBusy.headers.get("retry-after")).toBe("5");

    const busy = await publicRoute({}, async () => fail("RATE_LIMITED"))(new Request("http://misi.example/x"), params());
    await expectFailure(busy, 429, "RATE_LIMITED");
    expect(busy.headers.get("retry-after")).toBe("5");
    errors.mockRestore();
  });

  it("authorizes before it reads the body: no session is a 401, another's mission a 403, no such mission a 404", async () => {
    const route = eventRoute({ need: "STAFF", body: { kind: "json", schema: z.object({}), maxBytes: 64 } }, async ({ event }) =>
      Response.json({ slug: event.slug }),
    );
    await actAs("anonymous", fixtures, requestContext);
    await expectFailure(await route(post("not even json"), params()), 401, "UNAUTHENTICATED");
    await actAs("deskOfOtherEvent", fixtures, requestContext);
    await expectFailure(await route(post("{}"), params()), 403, "FORBIDDEN");
    await actAs("desk", fixtures, requestContext);
    await expectFailure(await route(post("{}"), params("tidak-ada")), 404, "EVENT_NOT_FOUND");
    expect(await (await route(post("{}"), params())).json()).toEqual({ slug: "latihan-meja" });
  });
});

describe("an action made by the kernel", () => {
  it("answers in the caller's language, refreshes the mission's pages after a success only, and never throws", async () => {
    const { revalidatePath } = await import("next/cache");
    const action = eventAction({ need: "STAFF", input: z.object({ outcome: z.enum(["ok", "quota", "bug"]) }) }, async ({ input }) => {
      if (input.outcome === "bug") throw new Error("boom");
      return input.outcome === "ok" ? done("SETUP_SAVED", undefined) : fail("QUOTA_FULL", { side: "Jatim", registered: 72, quota: 72, organizer: "no" });
    });
    const call = (outcome: string) => {
      const data = new FormData();
      data.append("slug", "latihan-meja");
      data.append("outcome", outcome);
      return action(null, data);
    };
    await actAs("desk", fixtures, requestContext);
    vi.mocked(requestContext).mockResolvedValue({ ...(await requestContext()), locale: "en" });
    expect(await call("quota")).toEqual({
      ok: false,
      code: "QUOTA_FULL",
      message: "The Jatim quota is full (72 of 72). Ask an organizer.",
      params: { side: "Jatim", registered: 72, quota: 72, organizer: "no" },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await call("ok")).toEqual({ ok: true, message: "Trade mission set-up saved.", data: undefined });
    expect(revalidatePath).toHaveBeenCalledWith("/staf/e/latihan-meja", "layout");
    expect(revalidatePath).toHaveBeenCalledWith("/e/latihan-meja", "layout");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await call("bug")).toMatchObject({ ok: false, code: "INTERNAL", message: expect.stringContaining("Something went wrong") });
    errors.mockRestore();
    expect(await call("neither")).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { outcome: ["This value is not valid."] } });
  });
});
