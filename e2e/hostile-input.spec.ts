// Hostile input against the production build: each file, picture and burst is refused with its own
// message (or, within its budget, done in a worker thread), while another client asking for the
// totals is answered within half a second the whole time.
import { connect } from "node:net";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { commitment, DESK_HOME, expect, ORGANIZER, practiceParties, PRACTICE, signIn, test } from "./support";
import { AUTH_FORM_MAX_BYTES } from "../lib/auth/auth-form";
import { cell, drawnSignature, pngClaiming, scannedPdf, sheet, xlsx } from "../tests/support/hostile";

const TOTALS = "/api/events/jatim-kaltim-2025/totals";
const INNOCENT_BUDGET_MS = 500;

/** Runs `work` while another client asks for the totals, one request after another: the slowest answer. */
async function whileAnotherClientAsks<T>(innocent: APIRequestContext, work: () => Promise<T>): Promise<{ result: T; slowestMs: number; asked: number }> {
  let working = true;
  let slowestMs = 0;
  let asked = 0;
  const asking = (async () => {
    while (working) {
      const started = performance.now();
      const response = await innocent.get(TOTALS);
      expect(response.ok()).toBe(true);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      asked++;
    }
  })();
  try {
    const result = await work();
    return { result, slowestMs, asked };
  } finally {
    working = false;
    await asking;
  }
}

async function refusal(response: APIResponse, status: number) {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };
}

test("spreadsheets: a full list is read in a worker, the far-corner sheet, the zip bomb and an oversized file are refused, and nobody else waits", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ORGANIZER);
  const innocent = await playwright.request.newContext({ baseURL });
  const origin = new URL(baseURL!).origin;
  const importFile = (name: string, bytes: Uint8Array | Buffer, mimeType = "application/octet-stream") =>
    page.request.post(`/api/events/${PRACTICE}/businesses/import`, {
      multipart: { file: { name, mimeType, buffer: Buffer.from(bytes) }, side: "JATIM", mode: "preview" },
      headers: { origin },
    });

  // 20,000 rows, the budget's edge: exceljs takes seconds over it, in its worker thread.
  const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, `Usaha ${i}`)}${cell(`B${i + 2}`, "Kuliner")}</row>`);
  const full = await xlsx(sheet("A1:B20001", `<row r="1">${cell("A1", "Nama Usaha")}${cell("B1", "Sektor")}</row>${rows.join("")}`));
  const read = await whileAnotherClientAsks(innocent, () => importFile("penuh.xlsx", full));
  expect(read.result.status(), await read.result.text()).toBe(200);
  expect(((await read.result.json()) as { data: { rows: unknown[] } }).data.rows).toHaveLength(20_000);
  expect(read.asked).toBeGreaterThan(2);
  expect(read.slowestMs).toBeLessThan(INNOCENT_BUDGET_MS);

  const corners = await xlsx(
    sheet("A1:XFD1048576", `<row r="1">${cell("A1", "Nama Usaha")}${cell("XFD1", "x")}</row><row r="1048576">${cell("A1048576", "y")}</row>`),
  );
  const cornersRefused = await whileAnotherClientAsks(innocent, () => importFile("kecil.xlsx", corners));
  expect((await refusal(cornersRefused.result, 422)).fieldErrors?.file).toEqual([
    "Lebih dari 60 kolom. Hapus kolom yang tidak dipakai, atau pakai templatnya.",
  ]);
  expect(cornersRefused.slowestMs).toBeLessThan(INNOCENT_BUDGET_MS);

  const bomb = await xlsx(new Uint8Array(80 * 1024 * 1024).fill(0x20));
  const bombRefused = await whileAnotherClientAsks(innocent, () => importFile("bom.xlsx", bomb));
  expect((await refusal(bombRefused.result, 422)).fieldErrors?.file?.[0]).toMatch(/^Berkas ini membengkak lebih dari 64 MB saat dibuka/);
  expect(bombRefused.slowestMs).toBeLessThan(INNOCENT_BUDGET_MS);

  // Over the file limit but within the request limit: the app's own message, not a body cut short on the way.
  const oversized = new Uint8Array(10 * 1024 * 1024 + 512 * 1024).fill(0x41);
  expect((await refusal(await importFile("besar.csv", oversized, "text/csv"), 422)).fieldErrors?.file).toEqual([
    "Berkas lebih dari 10 MB. Bagi menjadi beberapa berkas.",
  ]);
  await innocent.dispose();
});

test("signatures: a picture that decodes to a gigabyte is refused, one at the pad's largest is stored small, and its letter is drawn off the main thread", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ORGANIZER);
  const innocent = await playwright.request.newContext({ baseURL });
  const [visiting, host] = await practiceParties(page);
  const record = (body: unknown) =>
    page.request.post(`/api/events/${PRACTICE}/commitments`, {
      data: JSON.stringify(body),
      headers: { "content-type": "application/json", origin: new URL(baseURL!).origin },
    });

  const bomb = pngClaiming(16_000, 16_000);
  const refused = await whileAnotherClientAsks(innocent, () => record(commitment(visiting, host, { hostSignature: bomb })));
  expect((await refusal(refused.result, 422)).fieldErrors?.hostSignature).toEqual(["Gambar tanda tangan terlalu besar."]);
  expect(refused.slowestMs).toBeLessThan(INNOCENT_BUDGET_MS);

  const largest = await drawnSignature(4_000, 1_000);
  const recorded = await whileAnotherClientAsks(innocent, () => record(commitment(visiting, host, { visitingSignature: largest, hostSignature: largest })));
  expect(recorded.result.status(), await recorded.result.text()).toBe(201);
  expect(recorded.slowestMs).toBeLessThan(INNOCENT_BUDGET_MS);
  const { data } = (await recorded.result.json()) as { data: { id: string } };

  // The commitment's page shows the signature as stored: redrawn at 600 × 200, whatever the pad sent.
  await page.goto(`${DESK_HOME}/komitmen/${data.id}`);
  const stored = page.getByRole("img", { name: /^Tanda tangan/ }).first();
  await expect(stored).toBeVisible();
  expect(await stored.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([600, 200]);

  const letter = await whileAnotherClientAsks(innocent, () => page.request.get(`/api/events/${PRACTICE}/commitments/${data.id}/letter`));
  expect(letter.result.status()).toBe(200);
  expect((await letter.result.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(letter.slowestMs).toBeLessThan(INNOCENT_BUDGET_MS);
  await innocent.dispose();
});

test("agreements: a PDF that runs JavaScript is refused with its message, and a file over 10 MB is stopped in the form before it is sent", async ({ page }) => {
  await signIn(page, ORGANIZER);
  await page.goto(`${DESK_HOME}/kerja-sama`);
  const document = page.getByLabel("Dokumen pindaian (PDF, maks. 10 MB, bila ada)");

  await document.setInputFiles({ name: "besar.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25) });
  expect(await document.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe("Berkas lebih dari 10 MB.");

  await page.getByLabel("Pihak Jawa Timur").selectOption({ index: 1 });
  await page.getByLabel("Pihak Kalimantan Timur").selectOption({ index: 1 });
  await page.getByLabel("Judul kerja sama").fill("Kerja Sama Uji Berkas Berbahaya");
  await page.getByLabel("Tanggal penandatanganan").fill("2026-12-10");
  await page.getByLabel("Penanda tangan Jatim (nama/jabatan)").fill("Kepala Dinas Satu");
  await page.getByLabel("Penanda tangan Kaltim (nama/jabatan)").fill("Kepala Dinas Dua");
  await document.setInputFiles({ name: "aktif.pdf", mimeType: "application/pdf", buffer: Buffer.from(await scannedPdf({ script: "app.alert(1)" })) });
  await page.getByRole("button", { name: "Catat kerja sama" }).click();
  await expect(page.getByText("PDF ini berisi JavaScript")).toBeVisible();
});

test("40 sign-ins at once, each a wrong guess from another address, hold up nobody else's request by half a second", async ({ playwright, baseURL }) => {
  const innocent = await playwright.request.newContext({ baseURL });
  const guessers = await Promise.all(Array.from({ length: 40 }, () => playwright.request.newContext({ baseURL })));
  const tokens = await Promise.all(guessers.map(async (api) => ((await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken));
  const guess = (i: number, email: string) =>
    guessers[i].post("/api/auth/callback/credentials", {
      form: { csrfToken: tokens[i], email, password: "salah", json: "true" },
      // Behind the test's trusted proxy (TRUSTED_PROXIES=loopback): forty visitors, forty addresses.
      headers: { "x-forwarded-for": `10.77.${i}.1` },
      maxRedirects: 0,
    });
  // The server has checked a sign-in before, as on the day: a process's first one also prepares its queries.
  await guess(0, "pemanasan@contoh.test");
  const burst = await whileAnotherClientAsks(innocent, () => Promise.all(guessers.map((_, i) => guess(i, `tebak${i}@contoh.test`))));
  for (const response of burst.result) expect(new URL(((await response.json()) as { url: string }).url).searchParams.get("error")).toBe("INVALID");
  expect(burst.slowestMs).toBeLessThan(INNOCENT_BUDGET_MS);
  await Promise.all([innocent, ...guessers].map((api) => api.dispose()));
});

test(`a sign-in form over its ${AUTH_FORM_MAX_BYTES / 1024} KB budget is refused in the form's own shape, whether its length is declared or only counted`, async ({
  baseURL,
}) => {
  const signInUrl = new URL("/api/auth/callback/credentials", baseURL);
  // Declared: answered at once by the server's sign-in queue, the body unread.
  const declared = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(signInUrl.port), signInUrl.hostname);
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    socket.write(
      `POST ${signInUrl.pathname} HTTP/1.1\r\nHost: ${signInUrl.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: 1000000\r\nConnection: close\r\n\r\ncsrfToken=x&password=`,
    );
  });
  expect(declared.split("\r\n")[0]).toBe("HTTP/1.1 413 Payload Too Large");
  expect(JSON.parse(declared.slice(declared.indexOf("\r\n\r\n") + 4))).toMatchObject({ code: "TOO_LARGE", url: expect.stringContaining("error=TOO_LARGE") });

  // Counted: sent in pieces without a length, it passes the queue and the route counts it.
  const form = new TextEncoder().encode(`csrfToken=x&email=a%40b.c&json=true&password=${"x".repeat(AUTH_FORM_MAX_BYTES)}`);
  const streamed = await fetch(signInUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new ReadableStream({
      start(controller) {
        for (let at = 0; at < form.length; at += 1024) controller.enqueue(form.slice(at, at + 1024));
        controller.close();
      },
    }),
    duplex: "half",
  } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(new URL(((await streamed.json()) as { url: string }).url).searchParams.get("error")).toBe("TOO_LARGE");
  // How the sign-in form words it, on a tablet and a phone: e2e/staff-access.spec.ts.
});
