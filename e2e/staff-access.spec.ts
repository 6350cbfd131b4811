import { connect, type Socket } from "node:net";
import type { Browser } from "@playwright/test";
import { AUTH_FORM_MAX_BYTES } from "../lib/auth/auth-form";
import { demoData } from "../lib/demo/demo-event";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "../lib/users/schema";
import {
  DESK,
  DESK_HOME,
  expect,
  ORGANIZER,
  PRACTICE,
  registerWalkIn,
  signIn,
  signOut,
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  test,
  watchForPageErrors,
} from "./support";

test("anonymous visitors are sent to sign-in from staff pages, and come back after it", async ({ page }) => {
  await page.goto("/staf/pengguna");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fstaf%2Fpengguna$/);
  await expect(page.getByRole("heading", { name: "Masuk petugas" })).toBeVisible();
  await signIn(page, ORGANIZER);
  await expect(page).toHaveURL(/\/staf\/pengguna$/);
  // The production session cookie: signed, out of reach of scripts, sent only over secure connections.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ name: "__Secure-next-auth.session-token", httpOnly: true, secure: true, sameSite: "Lax" });
  await expect(page.getByRole("heading", { name: "Pengguna", exact: true })).toBeVisible();
});

test("wrong credentials get one message that does not say whether the e-mail exists", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel("E-mail").fill(DESK.email);
  await page.getByLabel("Kata sandi").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("E-mail atau kata sandi salah.");
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");

  await page.getByLabel("E-mail").fill("tidak-terdaftar@misidagang.test");
  await page.getByLabel("Kata sandi").fill("bukan-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("E-mail atau kata sandi salah.");
  await expect(page).toHaveURL(/\/masuk$/);
});

/** The sign-in page on a touch device of this size, filled in with the desk's e-mail and password. */
async function deskSignInOn(browser: Browser, baseURL: string, viewport: { width: number; height: number }, extraHTTPHeaders: Record<string, string> = {}) {
  const context = await browser.newContext({ baseURL, viewport, hasTouch: true, isMobile: viewport.width < 500, extraHTTPHeaders });
  const page = await context.newPage();
  const problems = watchForPageErrors(page);
  await page.goto("/masuk");
  await page.getByLabel("E-mail").fill(DESK.email);
  await page.getByLabel("Kata sandi").fill(DESK.password);
  return { context, page, problems };
}

for (const [device, viewport] of [
  ["a tablet held upright", TABLET_PORTRAIT],
  ["a phone", { width: 390, height: 844 }],
] as const)
  test(`on ${device}, a sign-in refused because its network holds every place in the queue says to wait, and goes through once they are free`, async ({
    browser,
    baseURL,
  }) => {
    // Behind the test's trusted proxy (TRUSTED_PROXIES=loopback) this browser and the stalled sign-ins
    // share one address of their own, so no other test's sign-in is held up.
    const network = viewport.width < 500 ? "10.88.0.2" : "10.88.0.1";
    const { context, page, problems } = await deskSignInOn(browser, baseURL!, viewport, { "x-forwarded-for": network });

    // Ten sign-ins from the same network that send their headers and never their body: each holds
    // one of the address's ten places (lib/auth/sign-in-queue.ts) until its deadline.
    const { hostname, port } = new URL(baseURL!);
    const stalled: Socket[] = Array.from({ length: 10 }, () => {
      const socket = connect(Number(port), hostname);
      socket.on("error", () => undefined);
      socket.write(
        `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: ${hostname}:${port}\r\nx-forwarded-for: ${network}\r\nContent-Length: 100\r\n\r\nemail=`,
      );
      return socket;
    });
    try {
      // The server has taken all ten places once one more from that network is refused.
      await expect
        .poll(async () =>
          (await page.request.post("/api/auth/callback/credentials", { form: { email: "x" }, headers: { "x-forwarded-for": network } })).status(),
        )
        .toBe(429);
      await page.getByRole("button", { name: "Masuk" }).tap();
      await expect(page.locator("main").getByRole("alert")).toHaveText("Terlalu banyak yang masuk bersamaan. Tunggu beberapa detik, lalu coba lagi.");
      await expect(page.getByLabel("Kata sandi")).toHaveValue("");
      await expect(page).toHaveURL(/\/masuk$/);
      // The message and the button fit the screen: nothing to scroll sideways to.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    } finally {
      for (const socket of stalled) socket.destroy();
    }
    // Their places are free as soon as those connections are gone: the same desk signs in.
    await page.getByLabel("Kata sandi").fill(DESK.password);
    await page.getByRole("button", { name: "Masuk" }).tap();
    await expect(page).toHaveURL(/\/staf$/);
    expect(problems).toEqual([]);
    await context.close();
  });

for (const [device, viewport] of [
  ["a tablet", TABLET_LANDSCAPE],
  ["a phone", { width: 390, height: 844 }],
] as const)
  test(`on ${device}, the sign-in fields stop at an account's longest, and a form past the server's budget says it is too long`, async ({
    browser,
    baseURL,
  }) => {
    const { context, page, problems } = await deskSignInOn(browser, baseURL!, viewport);
    const password = page.getByLabel("Kata sandi");
    await expect(password).toHaveAttribute("maxlength", String(PASSWORD_MAX_LENGTH));
    await expect(page.getByLabel("E-mail")).toHaveAttribute("maxlength", String(EMAIL_MAX_LENGTH));
    // Someone who lifts the field's limit and pastes more than the form's budget (lib/auth/auth-form.ts).
    await password.evaluate((input) => input.removeAttribute("maxlength"));
    await password.fill("x".repeat(AUTH_FORM_MAX_BYTES + 1));
    await page.getByRole("button", { name: "Masuk" }).tap();
    await expect(page.locator("main").getByRole("alert")).toHaveText("E-mail atau kata sandi terlalu panjang. Periksa isian lalu coba lagi.");
    await expect(password).toHaveValue("");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    // Nothing was counted against the account: the right password signs in at once.
    await password.fill(DESK.password);
    await page.getByRole("button", { name: "Masuk" }).tap();
    await expect(page).toHaveURL(/\/staf$/);
    expect(problems).toEqual([]);
    await context.close();
  });

test("on a phone, a sign-in whose form does not reach the server in time says to check the network", async ({ browser, baseURL }) => {
  const { context, page, problems } = await deskSignInOn(browser, baseURL!, { width: 390, height: 844 });
  // The browser's sign-in goes to the server as a bad network would send it: headers and the first
  // bytes of the form, the rest never. What the server answers (after its deadline) is what the page gets.
  const { hostname, port } = new URL(baseURL!);
  let serverSaid = "";
  await page.route("**/api/auth/callback/credentials", async (route) => {
    const body = route.request().postDataBuffer() ?? Buffer.alloc(0);
    const headers = Object.entries(await route.request().allHeaders())
      .filter(([name]) => !name.startsWith(":") && !["host", "content-length", "connection"].includes(name))
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("");
    const answer = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = connect(Number(port), hostname);
      socket.on("data", (chunk) => chunks.push(chunk));
      socket.on("error", reject);
      socket.on("close", () => resolve(Buffer.concat(chunks)));
      socket.write(
        `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: ${hostname}:${port}\r\n${headers}Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(body.subarray(0, 6));
    });
    const [head, ...rest] = answer.toString("utf8").split("\r\n\r\n");
    const [statusLine, ...lines] = head.split("\r\n");
    serverSaid = statusLine;
    await route.fulfill({
      status: Number(statusLine.split(" ")[1]),
      headers: Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()])),
      body: rest.join("\r\n\r\n"),
    });
  });
  await page.getByRole("button", { name: "Masuk" }).tap();
  // The server waits five seconds for the rest of a form.
  await expect(page.locator("main").getByRole("alert")).toHaveText("Tidak dapat menghubungi server. Periksa jaringan lalu coba lagi.", { timeout: 15_000 });
  expect(serverSaid).toBe("HTTP/1.1 408 Request Timeout");
  // The server's refusal read as one (a failed fetch would keep the password).
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  await expect(page).toHaveURL(/\/masuk$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // On a network that delivers the form, the same desk signs in.
  await page.unroute("**/api/auth/callback/credentials");
  await page.getByLabel("Kata sandi").fill(DESK.password);
  await page.getByRole("button", { name: "Masuk" }).tap();
  await expect(page).toHaveURL(/\/staf$/);
  expect(problems).toEqual([]);
  await context.close();
});

test("desk staff sign in, reach their desk, and cannot reach user management", async ({ page }) => {
  await signIn(page, DESK);
  await expect(page).toHaveURL(/\/staf$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Petugas Meja 1 (demo) · Petugas meja");
  await expect(page.getByRole("link", { name: "Pengguna" })).toHaveCount(0);

  await page.getByRole("link", { name: /Misi Dagang Jawa Timur – Kalimantan Timur/ }).click();
  await expect(page).toHaveURL(/\/staf\/e\/jatim-kaltim-2025$/);
  await expect(page.getByText("Meja petugas", { exact: true })).toBeVisible();
  await expect(page.getByTestId("counter-JATIM")).toContainText("kuota 72");

  for (const path of ["/staf/pengguna", "/staf/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Anda tidak berwenang membuka halaman ini" })).toBeVisible();
  }

  await page.goto("/staf");
  await signOut(page);
  await page.goto("/staf");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fstaf$/);
});

test("the public pages work without signing in and show no contact data; every response carries the security headers", async ({ page, request }) => {
  const contactData = demoData()
    .businesses.flatMap((b) => [b.phone, b.email, b.nib])
    .filter((v): v is string => Boolean(v));
  for (const path of ["/", "/e/jatim-kaltim-2025", "/api/events/jatim-kaltim-2025/totals", "/masuk"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    for (const value of contactData) expect(body, `${path} shows ${value}`).not.toContain(value);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  }
  expect((await request.get("/e/jatim-kaltim-2025")).headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect((await request.get("/masuk")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  await page.goto("/e/jatim-kaltim-2025");
  await expect(page.getByTestId("grand-total")).toHaveText("Rp1.053.146.943.500");
});

test("a server action posted from another site is refused", async ({ page, request }) => {
  await signIn(page, ORGANIZER);
  await page.goto("/staf/kata-sandi");
  // Capture a real server-action request (held back from the server), then send it as another site would.
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/staf/kata-sandi", async (route) => {
    const headers = route.request().headers();
    if (route.request().method() !== "POST" || !headers["next-action"]) return route.continue();
    captured = { headers, body: route.request().postDataBuffer()! };
    await route.abort();
  });
  await page.getByLabel("Kata sandi saat ini").fill(ORGANIZER.password);
  await page.getByLabel("Kata sandi baru (minimal 10 karakter)").fill("diambil-alih-123");
  await page.getByLabel("Ulangi kata sandi baru").fill("diambil-alih-123");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect.poll(() => captured).not.toBeNull();

  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const { headers, body } = captured!;
  const forged = await request.post("/staf/kata-sandi", {
    headers: {
      "next-action": headers["next-action"],
      "content-type": headers["content-type"],
      accept: "text/x-component",
      origin: "https://evil.example",
      cookie: cookies,
    },
    data: body,
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);

  // The same request from this site's own origin goes through, so the refusal above was the origin check.
  const own = await request.post("/staf/kata-sandi", {
    headers: {
      "next-action": headers["next-action"],
      "content-type": headers["content-type"],
      accept: "text/x-component",
      origin: new URL(page.url()).origin,
      cookie: cookies,
    },
    data: body,
    maxRedirects: 0,
  });
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain("Kata sandi Anda diganti.");

  // The password changed elsewhere, so this browser's session has ended: sign in again with the new
  // one, and put the demo password back for the other tests.
  await page.unroute("**/staf/kata-sandi");
  await page.goto("/staf/kata-sandi");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=/);
  await signIn(page, { email: ORGANIZER.email, password: "diambil-alih-123" });
  await page.goto("/staf/kata-sandi");
  await page.getByLabel("Kata sandi saat ini").fill("diambil-alih-123");
  await page.getByLabel("Kata sandi baru (minimal 10 karakter)").fill(ORGANIZER.password);
  await page.getByLabel("Ulangi kata sandi baru").fill(ORGANIZER.password);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Kata sandi Anda diganti.");
});

test("after signing in, a crafted callback link never leaves this site", async ({ page, baseURL }) => {
  await signIn(page, DESK);
  for (const crafted of [
    "%2F%09%2Fevil.example%2Fx",
    "%2F%09%5Cevil.example",
    "%2F%0A%2Fevil.example",
    "https%3A%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "%2F%5Cevil.example",
  ]) {
    const response = await page.goto(`/masuk?callbackUrl=${crafted}`);
    expect(response?.status(), crafted).toBeLessThan(400);
    await expect(page, crafted).toHaveURL(`${baseURL}/staf`);
  }
});

test("a business's page shows its contact data to organizers, and none of it to desk staff", async ({ browser }) => {
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, DESK);
  const stamp = String(Date.now() % 100_000_000).padStart(8, "0");
  await registerWalkIn(desk, "Jatim (Jawa Timur)", `Kontak Usaha ${stamp}`, `0857${stamp}`, "Kota Malang");
  const found = await desk.request.get(`/api/events/${PRACTICE}/businesses/search?q=${stamp}&side=JATIM`);
  const [business] = ((await found.json()) as { results: { id: string }[] }).results;
  await desk.goto(`${DESK_HOME}/pelaku-usaha/${business.id}`);
  await expect(desk.getByRole("heading", { name: `Kontak Usaha ${stamp}` })).toBeVisible();
  await expect(desk.locator("dd", { hasText: `Wakil Kontak Usaha ${stamp}` })).toBeVisible();
  // Neither shown nor sent: the page's whole response (its RSC payload too) holds no trace of the number.
  expect(await (await desk.request.get(desk.url())).text()).not.toContain(`857${stamp}`);
  await expect(desk.locator("dt", { hasText: "No. HP/WA" })).toHaveCount(0);

  const organizer = await (await browser.newContext()).newPage();
  await signIn(organizer, ORGANIZER);
  await organizer.goto(desk.url());
  await expect(organizer.locator("dt", { hasText: "No. HP/WA" })).toBeVisible();
  await expect(organizer.locator("dd", { hasText: `857${stamp}` })).toBeVisible();
  await Promise.all([desk.context().close(), organizer.context().close()]);
});
