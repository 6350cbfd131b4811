import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { commitment, DESK, DESK_HOME, expect, practiceParties, PRACTICE, registerWalkIn, sign, signIn, test } from "./support";
import { startApp, stopApp } from "./own-servers";

test("the public board moves the moment a deal is signed at the desk, without a reload", async ({ page, browser }) => {
  // The audience's screen: no sign-in, a 16:9 projector.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/e/latihan-meja/board");
  await expect(page.getByTestId("board")).toBeVisible();
  // Other tests may sign on this practice mission too: count from what the board shows now.
  const rupiah = (text: string | null) => BigInt((text ?? "").replace(/\D/g, "") || "0");
  const totalBefore = rupiah(await page.getByTestId("board-total").textContent());
  const commitmentsBefore = Number(await page.getByTestId("board-commitments").textContent());
  const fits = await page.evaluate(
    () => document.documentElement.scrollHeight <= window.innerHeight + 1 && document.documentElement.scrollWidth <= window.innerWidth,
  );
  expect(fits).toBe(true);

  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await signIn(desk, DESK);
  await registerWalkIn(desk, "Jatim (Jawa Timur)", "Batik Papan Live", "0813 6000 2001", "Kota Surabaya");
  await registerWalkIn(desk, "Kaltim (Kalimantan Timur)", "Amplang Papan Live", "0813 6000 2002", "Kota Balikpapan");
  await desk.goto(`${DESK_HOME}/komitmen/baru`);
  await desk.getByLabel("Cari pelaku usaha Jatim").fill("batik papan live");
  await desk.getByLabel("Cari pelaku usaha Jatim").press("Enter");
  await desk.getByLabel("Cari pelaku usaha Kaltim").fill("amplang papan live");
  await desk.getByLabel("Cari pelaku usaha Kaltim").press("Enter");
  await desk.getByLabel("Jatim menjual").check();
  await desk.getByLabel("Komoditas").fill("Batik tulis");
  await desk.getByLabel("Sektor").selectOption("Fesyen");
  await desk.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill("1,2 miliar");
  await desk.getByLabel("Nama penanda tangan Jatim").fill("Sri");
  await sign(desk, "pad-visitingSignature");
  await desk.getByLabel("Nama penanda tangan Kaltim").fill("Yusuf");
  await sign(desk, "pad-hostSignature");
  await desk.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await desk.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  await expect(desk.getByTestId("signing-done")).toBeVisible();
  const [visiting, host] = await practiceParties(desk);

  // Pushed, not reloaded: within a second the board shows the new count, then the total counts up
  // (1.5 s) to exactly the totals API's figure.
  await expect(page.getByTestId("board-commitments")).toHaveText(String(commitmentsBefore + 1), { timeout: 1_000 });
  const api = (await (await page.request.get("/api/events/latihan-meja/totals")).json()) as { total: string };
  const expected = totalBefore + 1_200_000_000n;
  expect(api.total).toBe(expected.toString());
  await expect(page.getByTestId("board-total")).toHaveText(`Rp${expected.toLocaleString("id-ID")}`, { timeout: 3_000 });
  await expect(page.getByTestId("board-ticker")).toContainText("Batik Papan Live — Amplang Papan Live");

  // A burst of signings from two desks at once reaches the board as changes to the figure it shows:
  // afterwards it shows exactly the API's count, total and latest signing, without a reload.
  const values = ["1 juta", "2,5 juta", "30 juta", "4 miliar", "55 juta", "600 ribu"];
  const signed = await Promise.all(
    values.map((value) =>
      desk.request.post("/api/events/latihan-meja/commitments", {
        data: JSON.stringify(commitment(visiting, host, { value })),
        headers: { "content-type": "application/json", origin: new URL(desk.url()).origin },
      }),
    ),
  );
  expect(signed.map((r) => r.status())).toEqual(values.map(() => 201));
  await deskContext.close();
  await expect(page.getByTestId("board-commitments")).toHaveText(String(commitmentsBefore + 1 + values.length), { timeout: 2_000 });
  const after = (await (await page.request.get("/api/events/latihan-meja/totals")).json()) as { total: string; commitments: number };
  expect(after.commitments).toBe(commitmentsBefore + 1 + values.length);
  await expect(page.getByTestId("board-total")).toHaveText(`Rp${BigInt(after.total).toLocaleString("id-ID")}`, { timeout: 3_000 });
  expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
  // The two phone numbers, however written; not any "0813" (a build's hashed ids can hold those digits).
  expect(await page.content()).not.toMatch(/0813[ -]?6000[ -]?200[12]|\+62813[ -]?6000[ -]?200[12]|81360002001|81360002002/);
});

test("the board fits a 4K projector and a phone", async ({ page }) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto("/e/jatim-kaltim-2025/board");
  await expect(page.getByTestId("board-total")).toHaveText("Rp1.053.146.943.500");
  await expect(page.getByTestId("board-abbreviation")).toHaveText("Rp1,05 triliun");
  // The milestones, quietly: when the Rp650 miliar target was passed, and the highest of the missions here.
  const { milestones } = (await (await page.request.get("/api/events/jatim-kaltim-2025/totals")).json()) as {
    milestones: { targetPassedAt: string; rank: { position: number; of: number } };
  };
  const passedAt = new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Makassar" }).format(
    new Date(milestones.targetPassedAt),
  );
  await expect(page.getByTestId("board-target-passed")).toHaveText(` · target terlampaui pukul ${passedAt} WITA`);
  expect(milestones.rank.position).toBe(1);
  await expect(page.getByTestId("board-rank")).toHaveText(`Tertinggi dari ${milestones.rank.of} misi dagang`);
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  const size = await page.getByTestId("board-total").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThan(150);

  // Phones held upright: the headline's own text fits its box, and nothing on the page scrolls sideways.
  for (const [width, height] of [
    [390, 844],
    [360, 740],
  ]) {
    await page.setViewportSize({ width, height });
    await page.reload();
    await expect(page.getByTestId("board-total")).toHaveText("Rp1.053.146.943.500");
    expect(await page.getByTestId("board-total").evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test("a board whose stream the server refuses (its address is full) polls the totals instead, and still moves", async ({ browser }) => {
  test.setTimeout(180_000);
  const port = 3296;
  const dataDir = mkdtempSync(path.join(tmpdir(), "misi-board-full-"));
  // One stream per address: the test's own stream takes it, so the board's is refused with a 429.
  const server = await startApp(port, {
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DIR: path.join(dataDir, "pglite"),
    NEXTAUTH_SECRET: "board-fallback-test-secret-0123456789",
    BOARD_STREAMS_PER_ADDRESS: "1",
  });
  const base = `http://127.0.0.1:${port}`;
  const holder = new AbortController();
  try {
    const held = await fetch(`${base}/api/events/${PRACTICE}/stream`, { signal: holder.signal });
    expect(held.status).toBe(200);
    expect((await fetch(`${base}/api/events/${PRACTICE}/stream`)).status).toBe(429);

    const board = await (await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 720 } })).newPage();
    const refused = board.waitForResponse((r) => r.url().endsWith(`/api/events/${PRACTICE}/stream`) && r.status() === 429);
    await board.goto(`/e/${PRACTICE}/board`);
    await refused;
    const before = Number(await board.getByTestId("board-commitments").textContent());
    const polled = board.waitForRequest((r) => r.url().endsWith(`/api/events/${PRACTICE}/totals`));

    const desk = await (await browser.newContext({ baseURL: base })).newPage();
    await signIn(desk, DESK);
    const [visiting, host] = await practiceParties(desk);
    const signed = await desk.request.post(`/api/events/${PRACTICE}/commitments`, {
      data: JSON.stringify(commitment(visiting, host)),
      headers: { "content-type": "application/json", origin: base },
    });
    expect(signed.status()).toBe(201);

    await polled;
    await expect(board.getByTestId("board-commitments")).toHaveText(String(before + 1), { timeout: 15_000 });
    await Promise.all([board.context().close(), desk.context().close()]);
  } finally {
    holder.abort();
    await stopApp(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
