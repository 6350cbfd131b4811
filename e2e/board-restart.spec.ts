import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { demoData, DEMO_ACCOUNTS } from "../lib/demo/demo-event";
import { SIGNATURE } from "../tests/support/signature";
import { expect, test } from "./support";

// An app server of its own (embedded database in a fresh folder), so it can be stopped and started again.
const PORT = 3297;
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "misi-restart-")), "pglite");

async function startServer(): Promise<ChildProcess> {
  // No DATABASE_URL: the embedded database, with the session secret it keeps beside its folder.
  const { DATABASE_URL, NEXTAUTH_SECRET, ...inherited } = process.env;
  const env = { ...inherited, PGLITE_DIR: dataDir, NODE_ENV: "production" as const };
  const server = spawn("./node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  await expect.poll(async () => fetch(`${BASE}/api/events/jatim-kaltim-2025/totals`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [250] }).toBe(200);
  return server;
}

// Killed outright, as a crash or a container restart would: a graceful stop would wait for the
// board's open stream.
async function stop(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGKILL");
  await exited;
}

test("the board recovers by itself when the app server restarts", async ({ page, playwright }) => {
  test.setTimeout(180_000);
  let server = await startServer();
  try {
    // A desk session and two businesses of the mission, through the app's JSON endpoints.
    const desk = DEMO_ACCOUNTS.find((a) => a.role === "DESK")!;
    const api = await playwright.request.newContext({ baseURL: BASE });
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: desk.email, password: desk.password, json: "true" } });
    const find = async (side: string, name: string) => ((await (await api.get(`/api/events/jatim-kaltim-2025/businesses/search?side=${side}&q=${encodeURIComponent(name)}`)).json()).results[0].id as string);
    const { businesses } = demoData();
    const visiting = await find("JATIM", businesses.find((b) => b.side === "JATIM")!.name);
    const host = await find("KALTIM", businesses.find((b) => b.side === "KALTIM")!.name);
    const sign = async () => {
      const response = await api.post("/api/events/jatim-kaltim-2025/commitments", {
        data: { idempotencyKey: `restart-${Date.now()}-${Math.random()}`, intent: "sign", visitingBusinessId: visiting, hostBusinessId: host, category: "SELL", commodity: "Kopi", sector: "Kuliner", instrument: "MOU", value: "5 juta", visitingSignerName: "Satu", visitingSignature: SIGNATURE, hostSignerName: "Dua", hostSignature: SIGNATURE, deskConfirmed: true },
      });
      expect(response.status()).toBe(201);
    };

    await page.goto(`${BASE}/e/jatim-kaltim-2025/board`);
    const count = page.getByTestId("board-commitments");
    const before = Number(await count.textContent());
    await sign();
    await expect(count).toHaveText(String(before + 1), { timeout: 2_000 });

    // The server goes down and comes back; the board page is never reloaded.
    await stop(server);
    server = await startServer();
    await sign();
    await expect(count).toHaveText(String(before + 2), { timeout: 15_000 });
    const totals = await (await api.get("/api/events/jatim-kaltim-2025/totals")).json();
    expect(totals.commitments).toBe(before + 2);
    await api.dispose();
  } finally {
    await stop(server);
  }
});
