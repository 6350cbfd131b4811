// More than one instance: two production servers on one PostgreSQL behind nginx, configured by the
// README's own file (deploy/nginx.conf, its ports changed: scripts/lib/nginx.ts). A board through the proxy sees every
// signing made on either instance, pushed through the proxy unbuffered; the proxy is trusted for the
// visitor's address, and only the proxy.
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { startProxy } from "../scripts/lib/nginx";
import { commitment, DESK, expect, practiceParties, PRACTICE, signIn, test } from "./support";
import { DEMO_TOTALS, startApp, stopApp, ThrowawayPostgres } from "./own-servers";

const [FIRST, SECOND, PROXY] = [3311, 3312, 3313];

test("two instances behind nginx: a board through the proxy shows every signing made on either, and the proxy alone is trusted for addresses", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const database = ThrowawayPostgres.create(55441);
  const servers: ChildProcess[] = [];
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  try {
    const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "scale-out-test-secret-0123456789abcdef", TRUSTED_PROXIES: "127.0.0.2" };
    // The first makes the database (the demo, the demo accounts); the second joins it.
    servers.push(await startApp(FIRST, env, { freshDatabase: true }));
    const shared = database.url.replace(/\/postgres$/, "/postgres_e2e");
    servers.push(await startApp(SECOND, { ...env, DATABASE_URL: shared }));
    // The proxy reaches the instances from 127.0.0.2, the only address they trust: a visitor on 127.0.0.1 is not a proxy.
    proxy = await startProxy({ listen: PROXY, instances: [FIRST, SECOND], from: "127.0.0.2" }, DEMO_TOTALS);
    const through = `http://127.0.0.1:${PROXY}`;

    const board = await (await browser.newContext({ baseURL: through, viewport: { width: 1280, height: 720 } })).newPage();
    await board.goto(`/e/${PRACTICE}/board`);
    await expect(board.getByTestId("board")).toBeVisible();
    const before = Number(await board.getByTestId("board-commitments").textContent());

    // The desk signs in through the proxy; its session is good on either instance.
    const desk = await (await browser.newContext({ baseURL: through })).newPage();
    await signIn(desk, DESK);
    const [visiting, host] = await practiceParties(desk);
    const signAt = async (base: string, value: string, headers: Record<string, string> = {}) => {
      const response = await desk.request.post(`${base}/api/events/${PRACTICE}/commitments`, {
        data: JSON.stringify(commitment(visiting, host, { value })),
        headers: { "content-type": "application/json", origin: base, ...headers },
      });
      expect(response.status(), await response.text()).toBe(201);
      return ((await response.json()) as { data: { id: string } }).data.id;
    };
    // Straight to each instance, and through the proxy (which takes turns).
    await signAt(`http://127.0.0.1:${FIRST}`, "11 juta");
    await signAt(`http://127.0.0.1:${SECOND}`, "12 juta");
    await signAt(through, "13 juta");
    // A visitor cannot choose its address through the proxy, neither by X-Forwarded-For nor by the app's own header.
    const spoofed = await signAt(through, "14 juta", { "x-forwarded-for": "203.0.113.9", "x-misi-client-address": "198.51.100.1" });

    // Pushed through the proxy as it happened: the board shows all four, and exactly the API's figure.
    await expect(board.getByTestId("board-commitments")).toHaveText(String(before + 4), { timeout: 5_000 });
    const totals = (await (await desk.request.get(`${through}/api/events/${PRACTICE}/totals`)).json()) as { total: string; commitments: number };
    expect(totals.commitments).toBe(before + 4);
    await expect(board.getByTestId("board-total")).toHaveText(`Rp${BigInt(totals.total).toLocaleString("id-ID")}`, { timeout: 3_000 });
    expect(await board.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);

    // The audit row names the visitor (127.0.0.1, read from the trusted proxy's X-Forwarded-For), not
    // the proxy (127.0.0.2) and not what the visitor wrote.
    const client = new pg.Client({ connectionString: shared });
    await client.connect();
    try {
      const { rows } = await client.query<{ ip: string }>(`SELECT ip FROM "AuditEvent" WHERE action = 'commitment.signed' AND "targetId" = $1`, [spoofed]);
      expect(rows).toEqual([{ ip: "127.0.0.1" }]);
    } finally {
      await client.end();
    }
    await Promise.all([board.context().close(), desk.context().close()]);
  } finally {
    proxy?.stop();
    for (const server of servers) await stopApp(server);
    database.destroy();
  }
});
