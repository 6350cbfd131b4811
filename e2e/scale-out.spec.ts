// More than one instance: two production servers on one PostgreSQL behind nginx, configured by the
// README's own file (deploy/nginx.conf, its ports changed). A board through the proxy sees every
// signing made on either instance, pushed through the proxy unbuffered; the proxy is trusted for the
// visitor's address, and only the proxy.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { commitment, DESK, expect, practiceParties, PRACTICE, signIn, test } from "./support";
import { DEMO_TOTALS, startApp, stopApp, ThrowawayPostgres } from "./own-servers";

const [FIRST, SECOND, PROXY] = [3311, 3312, 3313];

/** deploy/nginx.conf with this test's ports; the proxy reaches the instances from 127.0.0.2, the only address they trust. */
function proxyConfiguration(): string {
  const replacements: [string, string][] = [
    ["listen 80;", `listen 127.0.0.1:${PROXY};`],
    ["server 127.0.0.1:3001;", `server 127.0.0.1:${FIRST};`],
    ["server 127.0.0.1:3002;", `server 127.0.0.1:${SECOND};`],
    ["http {", "http {\n  proxy_bind 127.0.0.2;\n  access_log off;"],
  ];
  let configuration = readFileSync("deploy/nginx.conf", "utf8");
  for (const [from, to] of replacements) {
    expect(configuration, `deploy/nginx.conf has "${from}"`).toContain(from);
    configuration = configuration.replace(from, to);
  }
  return configuration;
}

async function startNginx(dir: string): Promise<ChildProcess> {
  writeFileSync(path.join(dir, "nginx.conf"), proxyConfiguration());
  const nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`], {
    stdio: "ignore",
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` },
  });
  await expect
    .poll(
      async () => {
        if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}: ${readFileSync(path.join(dir, "error.log"), "utf8")}`);
        return fetch(`http://127.0.0.1:${PROXY}${DEMO_TOTALS}`).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 30_000, intervals: [250] },
    )
    .toBe(200);
  return nginx;
}

test("two instances behind nginx: a board through the proxy shows every signing made on either, and the proxy alone is trusted for addresses", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const database = ThrowawayPostgres.create(55441);
  const dir = mkdtempSync(path.join(tmpdir(), "misi-nginx-"));
  const servers: ChildProcess[] = [];
  let nginx: ChildProcess | undefined;
  try {
    const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "scale-out-test-secret-0123456789abcdef", TRUSTED_PROXIES: "127.0.0.2" };
    // The first makes the database (the demo, the demo accounts); the second joins it.
    servers.push(await startApp(FIRST, env, { freshDatabase: true }));
    const shared = database.url.replace(/\/postgres$/, "/postgres_e2e");
    servers.push(await startApp(SECOND, { ...env, DATABASE_URL: shared }));
    nginx = await startNginx(dir);
    const proxy = `http://127.0.0.1:${PROXY}`;

    const board = await (await browser.newContext({ baseURL: proxy, viewport: { width: 1280, height: 720 } })).newPage();
    await board.goto(`/e/${PRACTICE}/board`);
    await expect(board.getByTestId("board")).toBeVisible();
    const before = Number(await board.getByTestId("board-commitments").textContent());

    // The desk signs in through the proxy; its session is good on either instance.
    const desk = await (await browser.newContext({ baseURL: proxy })).newPage();
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
    await signAt(proxy, "13 juta");
    // A visitor cannot choose its address through the proxy, neither by X-Forwarded-For nor by the app's own header.
    const spoofed = await signAt(proxy, "14 juta", { "x-forwarded-for": "203.0.113.9", "x-misi-client-address": "198.51.100.1" });

    // Pushed through the proxy as it happened: the board shows all four, and exactly the API's figure.
    await expect(board.getByTestId("board-commitments")).toHaveText(String(before + 4), { timeout: 5_000 });
    const totals = (await (await desk.request.get(`${proxy}/api/events/${PRACTICE}/totals`)).json()) as { total: string; commitments: number };
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
    nginx?.kill("SIGQUIT");
    for (const server of servers) await stopApp(server);
    database.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
