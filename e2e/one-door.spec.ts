// Every route handler answers through the kernel: a cross-site mutation, a body of the wrong kind or
// size, unreadable JSON, a bad field, a missing session, an unknown mission and a key of another
// mission each get their own status and a JSON body with a stable code, against the production build.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { commitment, DESK, DESK_HOME, expect, practiceParties, PRACTICE, signIn, test } from "./support";
import { ThrowawayPostgres, startApp, stopApp } from "./own-servers";

const DEMO = "jatim-kaltim-2025";

async function failure(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body).toMatchObject({ ok: false, code, message: expect.any(String) });
  return body as { message: string; fieldErrors?: Record<string, string[]> };
}

const signedCount = async (request: APIRequestContext, slug: string) =>
  ((await (await request.get(`/api/events/${slug}/totals`)).json()) as { commitments: number }).commitments;

test("route handlers refuse cross-site writes and answer every failure with its status and a JSON code", async ({ page, playwright, baseURL }) => {
  await signIn(page, DESK);
  const [visiting, host] = await practiceParties(page);
  const url = `/api/events/${PRACTICE}/commitments`;
  const own = new URL(baseURL!).origin;
  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    data: JSON.stringify(body),
    headers: { "content-type": "application/json", origin: own, ...headers },
  });
  const before = await signedCount(page.request, PRACTICE);

  // Another site, another port of this host, or a browser that says cross-site: refused before anything is read.
  await failure(
    await page.request.post(url, {
      data: JSON.stringify(commitment(visiting, host)),
      headers: { "content-type": "text/plain", origin: "http://evil.example" },
    }),
    403,
    "BAD_ORIGIN",
  );
  await failure(await page.request.post(url, json(commitment(visiting, host), { origin: "http://127.0.0.1:9" })), 403, "BAD_ORIGIN");
  await failure(
    await page.request.post(url, {
      data: JSON.stringify(commitment(visiting, host)),
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
    }),
    403,
    "BAD_ORIGIN",
  );
  await failure(
    await page.request.post(`/api/events/${PRACTICE}/businesses/import`, {
      multipart: { side: "JATIM", mode: "commit" },
      headers: { origin: "http://evil.example" },
    }),
    403,
    "BAD_ORIGIN",
  );
  expect(await signedCount(page.request, PRACTICE)).toBe(before);

  // This site, but not JSON / not readable / too large / with bad fields.
  await failure(
    await page.request.post(url, { data: JSON.stringify(commitment(visiting, host)), headers: { "content-type": "text/plain", origin: own } }),
    415,
    "UNSUPPORTED_MEDIA_TYPE",
  );
  await failure(
    await page.request.post(url, { data: Buffer.from("{ not json"), headers: { "content-type": "application/json", origin: own } }),
    400,
    "BAD_JSON",
  );
  const tooLarge = await failure(await page.request.post(url, json(commitment(visiting, host, { commodity: "x".repeat(1_100_000) }))), 413, "TOO_LARGE");
  expect(tooLarge.message).toContain("1 MB");
  const bad = await failure(
    await page.request.post(url, json(commitment(visiting, host, { intent: "later", commodity: { a: 1 }, value: "1,2,3 miliar" }))),
    422,
    "INVALID",
  );
  expect(Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(["intent", "commodity"]));
  const amount = await failure(await page.request.post(url, json(commitment(visiting, host, { value: "1,2,3 miliar" }))), 422, "INVALID");
  expect(amount.fieldErrors?.value).toEqual(["Gunakan titik sebagai pemisah ribuan dan koma untuk desimal, misalnya 1.250.000,50."]);
  expect(await signedCount(page.request, PRACTICE)).toBe(before);

  // Who and where: no session, a mission that does not exist.
  const anonymous = await playwright.request.newContext({ baseURL });
  await failure(await anonymous.post(url, json(commitment(visiting, host))), 401, "UNAUTHENTICATED");
  // Signing in or out is a write too: next-auth's endpoints sit behind the same door.
  await failure(
    await anonymous.post("/api/auth/callback/credentials", {
      form: { email: DESK.email, password: DESK.password },
      headers: { origin: "http://evil.example" },
    }),
    403,
    "BAD_ORIGIN",
  );
  await failure(await page.request.post("/api/auth/signout", { form: {}, headers: { origin: "http://evil.example" } }), 403, "BAD_ORIGIN");
  await anonymous.dispose();
  await failure(await page.request.post("/api/events/tidak-ada/commitments", json(commitment(visiting, host))), 404, "EVENT_NOT_FOUND");

  // Recorded once (201), the same again (200), and its key refused on another mission (409).
  const once = commitment(visiting, host);
  expect((await page.request.post(url, json(once))).status()).toBe(201);
  const again = await page.request.post(url, json(once));
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ ok: true, data: { repeated: true, status: "SIGNED", value: "2500000" } });
  await failure(await page.request.post(`/api/events/${DEMO}/commitments`, json(once)), 409, "KEY_OF_OTHER_EVENT");
  expect(await signedCount(page.request, PRACTICE)).toBe(before + 1);

  // The same refusal in English for someone who chose English.
  await page.context().addCookies([{ name: "misi_lang", value: "en", url: baseURL! }]);
  const english = await failure(await page.request.post(url, json(commitment(visiting, host, { value: "1,2,3 miliar" }))), 422, "INVALID");
  expect(english.message).toBe("Check the highlighted fields.");
  expect(english.fieldErrors?.value).toEqual(["Use a dot between thousands and a comma for decimals, for example 1.250.000,50."]);
});

test("in English, the desk reads the server's refusals in English: a closed mission, a wrong amount", async ({ page, baseURL }) => {
  await signIn(page, DESK);
  // This browser only: the account's own language stays Indonesian for the other tests.
  await page.context().addCookies([{ name: "misi_lang", value: "en", url: baseURL! }]);

  // The Balikpapan mission is closed: a walk-in there is refused, in English, and nothing is written.
  await page.goto(`/staf/e/${DEMO}/pelaku-usaha/baru`);
  await page.getByLabel("Jatim (Jawa Timur)").check();
  await page.getByLabel("Business name").fill("Kerupuk Udang Sidoarjo Baru");
  await page.getByLabel("Representative's name").fill("Pak Hadi");
  await page.getByLabel("Phone/WhatsApp").fill("0819 7766 5544");
  await page.getByLabel("Sector").selectOption({ index: 1 });
  await page.getByLabel("Regency/city").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByTestId("mission-state")).toContainText("This mission is closed: registration, check-in and signing are closed.");
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "This mission is closed: registration is not open. An organizer can change the mission's status in its settings.",
  );

  // A mistyped amount on the signing form is explained in English before it is sent.
  await page.goto(`${DESK_HOME}/komitmen/baru`);
  await page.getByLabel(/^Value/).fill("1,2,3 miliar");
  await expect(page.getByText("Use a dot between thousands and a comma for decimals, for example 1.250.000,50.")).toBeVisible();
});

test("a write while PostgreSQL is down is a 503 with Retry-After and a JSON body, a sign-in says the server could not check it, and the same write goes through once it is back", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const port = 3297;
  const database = ThrowawayPostgres.create(55438);
  let server: Awaited<ReturnType<typeof startApp>> | undefined;
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    server = await startApp(port, { ...process.env, DATABASE_URL: database.url }, { freshDatabase: true });
    await page.goto(`${baseURL}/masuk`);
    await signIn(page, DESK);
    const url = `${baseURL}/api/events/${PRACTICE}/commitments`;
    const body = { data: JSON.stringify(commitment("x", "y")), headers: { "content-type": "application/json", origin: baseURL } };

    // Another desk's sign-in page, open before the database stops.
    const other = await (await browser.newContext({ baseURL })).newPage();
    await other.goto("/masuk");

    database.stop();
    await other.getByLabel("E-mail").fill(DESK.email);
    await other.getByLabel("Kata sandi").fill(DESK.password);
    await other.getByRole("button", { name: "Masuk" }).click();
    // The server's failure, not the person's: never "wrong e-mail or password".
    await expect(other.getByText("Server belum dapat memeriksa kata sandi. Tunggu beberapa detik, lalu coba lagi.")).toBeVisible();
    await expect(other.getByText("E-mail atau kata sandi salah.")).toHaveCount(0);
    await other.context().close();

    // Discovered while authorizing (the account is read first): still a 503, never an empty 500.
    const down = await page.request.post(url, body);
    expect(down.status(), await down.text()).toBe(503);
    expect(down.headers()["retry-after"]).toBe("5");
    expect(await down.json()).toMatchObject({ ok: false, code: "UNAVAILABLE" });

    database.start();
    // Back: the same request is now judged on its content (businesses "x" and "y" do not exist).
    await expect.poll(async () => (await page.request.post(url, body)).status(), { timeout: 30_000 }).toBe(422);
  } finally {
    if (server) await stopApp(server);
    database.destroy();
  }
});
