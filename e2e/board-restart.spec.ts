import type { APIRequestContext, Page } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Buffer } from "node:buffer";
import { DEMO_ACCOUNTS } from "../lib/demo/demo-event";
import { csv, HEADERS } from "../tests/support/spreadsheets";
import { signingRequest } from "../tests/support/signing-request";
import { keptAliveThroughStop, startApp, stopApp, ThrowawayPostgres } from "./own-servers";
import { expect, test } from "./support";

// The board must come back by itself, with the right total and without a reload, whatever restarts.

const PRACTICE_TOTALS = "/api/events/latihan-meja/totals";

/**
 * An organizer's session on the app at baseURL, signing commitments on the practice mission (the
 * one that is open) through the app's JSON endpoint, between two businesses it first imports.
 */
async function signer(api: APIRequestContext) {
  const organizer = DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!;
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: organizer.email, password: organizer.password, json: "true" } });
  const origin = new URL((await api.get("/api/auth/csrf")).url()).origin;
  const stamp = Date.now() % 1_000_000;
  const find = async (side: string, name: string, phone: string, regency: string) => {
    const row = ["1", name, "Pemilik", phone, "", "Kuliner", regency];
    const imported = await api.post("/api/events/latihan-meja/businesses/import", {
      multipart: { file: { name: "peserta.csv", mimeType: "text/csv", buffer: Buffer.from(csv(HEADERS, [row])) }, side, mode: "commit" },
      headers: { origin },
    });
    expect(await imported.text()).toContain('"imported":1');
    return (await (await api.get(`/api/events/latihan-meja/businesses/search?side=${side}&q=${encodeURIComponent(name)}`)).json()).results[0].id as string;
  };
  const visiting = await find("JATIM", `Kopi Pulih Jatim ${stamp}`, `0812${String(stamp).padStart(8, "0")}`, "Kota Surabaya");
  const host = await find("KALTIM", `Kopi Pulih Kaltim ${stamp}`, `0813${String(stamp).padStart(8, "0")}`, "Kota Balikpapan");
  return async () => {
    const response = await api.post("/api/events/latihan-meja/commitments", {
      data: signingRequest({ visiting: { id: visiting }, host: { id: host } }, { commodity: "Kopi", value: "5 juta" }),
      headers: { origin },
    });
    expect(response.status()).toBe(201);
  };
}

/** Opens the board, signs once and sees it; after each restart (something taken down and back up), one more signing must reach the same page. */
async function boardSurvives(page: Page, baseURL: string, api: APIRequestContext, ...restarts: (() => Promise<void>)[]) {
  const sign = await signer(api);
  await page.goto(`${baseURL}/e/latihan-meja/board`);
  const count = page.getByTestId("board-commitments");
  let expected = Number(await count.textContent()) + 1;
  await sign();
  await expect(count).toHaveText(String(expected), { timeout: 2_000 });

  for (const restart of restarts) {
    await restart();
    await sign();
    expected++;
    await expect(count).toHaveText(String(expected), { timeout: 15_000 });
  }
  const totals = await (await api.get(PRACTICE_TOTALS)).json();
  expect(totals.commitments).toBe(expected);
}

test("the board recovers by itself when the app server is stopped and started, or crashes; a stopping server takes no request on an open connection", async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  const port = 3297;
  // No DATABASE_URL: the embedded database (loaded with the demo) in a folder of its own, kept
  // across the restart, with the session secret it keeps beside it.
  const { DATABASE_URL, NEXTAUTH_SECRET, ...inherited } = process.env;
  const env = { ...inherited, PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), "misi-restart-")), "pglite") };
  let server = await startApp(port, env);
  const baseURL = `http://127.0.0.1:${port}`;
  const api = await playwright.request.newContext({ baseURL });
  try {
    const restart = (how: "graceful" | "crash") => async () => {
      await stopApp(server, how);
      server = await startApp(port, env);
    };
    // A deploy's stop while a desk's connection is busy: the request being received is answered and
    // its connection closed; the one sent behind it on that connection is not taken (nothing written).
    const stopUnderLoad = async () => {
      const answered = await keptAliveThroughStop(port, server);
      expect(answered[0]).toMatch(/^[2-4]\d\d$/);
      expect(answered.slice(1).filter((status) => status !== "503")).toEqual([]);
      await stopApp(server, "graceful");
      server = await startApp(port, env);
    };
    await boardSurvives(page, baseURL, api, restart("graceful"), stopUnderLoad, restart("crash"));
  } finally {
    await api.dispose();
    await stopApp(server);
  }
});

test("the board recovers by itself when PostgreSQL restarts", async ({ page, playwright }) => {
  test.setTimeout(180_000);
  const port = 3298;
  const database = ThrowawayPostgres.create(55439);
  let server: Awaited<ReturnType<typeof startApp>> | undefined;
  const baseURL = `http://127.0.0.1:${port}`;
  const api = await playwright.request.newContext({ baseURL });
  try {
    server = await startApp(port, { ...process.env, DATABASE_URL: database.url }, { freshDatabase: true });
    await boardSurvives(page, baseURL, api, async () => database.restart());
  } finally {
    await api.dispose();
    if (server) await stopApp(server);
    database.destroy();
  }
});
