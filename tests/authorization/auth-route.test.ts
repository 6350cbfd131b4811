// next-auth's POST as the kernel serves it (app/api/auth/[...nextauth]/route.ts): a form over its
// budget is refused in the shape the sign-in form reads, before next-auth or the password's worker
// sees it; a form within it reaches next-auth with the bytes that were counted.
import type { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { AUTH_FORM_MAX_BYTES } from "@/lib/auth/auth-form";

// next-auth itself is checked elsewhere (tests/authorization/auth-options.test.ts, the browser tests);
// here it stands in to say what it was handed.
const handedOn = vi.hoisted(() => [] as { form: string; path: string }[]);
vi.mock("next-auth", () => ({
  default: () => async (request: NextRequest) => {
    handedOn.push({ form: await request.text(), path: request.nextUrl.pathname });
    return Response.json({ url: "http://misi.example/staf" });
  },
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

beforeEach(() => {
  handedOn.length = 0;
});

const ORIGIN = "http://misi.example";
const params = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };

/** A sign-in form sent as a stream: no Content-Length, so only counting its bytes finds its size. */
function streamedSignIn(password: string): { request: Request; form: string } {
  const text = new URLSearchParams({ csrfToken: "t", email: "ani@misidagang.test", password, json: "true" }).toString();
  const form = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // In small pieces, as a slow client sends them.
      for (let at = 0; at < form.length; at += 512) controller.enqueue(form.slice(at, at + 512));
      controller.close();
    },
  });
  const request = new Request(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    body,
    duplex: "half",
    headers: { host: "misi.example", origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
  } as RequestInit);
  return { request, form: text };
}

describe("next-auth's POST through the kernel", () => {
  it(`refuses a form over ${AUTH_FORM_MAX_BYTES / 1024} KB with a 413 the sign-in form words, before next-auth checks anything`, async () => {
    const response = await POST(streamedSignIn("x".repeat(AUTH_FORM_MAX_BYTES)).request, params);
    expect(response.status).toBe(413);
    const refusal = (await response.json()) as { code: string; message: string; url: string };
    expect(refusal).toMatchObject({ ok: false, code: "TOO_LARGE", message: "Kiriman lebih dari 8 KB. Bagi menjadi beberapa bagian." });
    expect(new URL(refusal.url).searchParams.get("error")).toBe("TOO_LARGE");
    expect(handedOn).toEqual([]);
  });

  it("hands a form within the budget to next-auth as it came, with the path it reads its action from", async () => {
    // A form just inside the budget: the limit is on bytes, not on the password's length.
    const padding = AUTH_FORM_MAX_BYTES - streamedSignIn("").form.length;
    const signIn = streamedSignIn("x".repeat(padding));
    expect(new TextEncoder().encode(signIn.form).length).toBe(AUTH_FORM_MAX_BYTES);
    const response = await POST(signIn.request, params);
    expect(response.status).toBe(200);
    expect(handedOn).toEqual([{ form: signIn.form, path: "/api/auth/callback/credentials" }]);
  });

  it("refuses a form posted from another site before reading it", async () => {
    const { request } = streamedSignIn("salah");
    request.headers.set("origin", "https://jahat.example");
    const response = await POST(request, params);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "BAD_ORIGIN" });
    expect(handedOn).toEqual([]);
  });
});
