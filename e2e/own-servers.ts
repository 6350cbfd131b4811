// Servers a browser test owns, so it can stop and start them under a board that stays open: the app
// (production build) on a port of its own, and a throwaway PostgreSQL cluster.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "./support";

export const DEMO_TOTALS = "/api/events/jatim-kaltim-2025/totals";

/**
 * Starts the app on `port` and waits until it serves the demo totals. `freshDatabase` goes through
 * scripts/e2e-server.ts (a new demo database "<name>_e2e" on DATABASE_URL's server, with the demo
 * accounts); otherwise the production server (server.js) on whatever database `env` names.
 */
export async function startApp(port: number, env: NodeJS.ProcessEnv, options: { freshDatabase?: boolean } = {}): Promise<ChildProcess> {
  const [command, args] = options.freshDatabase
    ? ["./node_modules/.bin/tsx", ["--conditions=react-server", "scripts/e2e-server.ts", String(port)]]
    : ["node", ["server.js", "-p", String(port), "-H", "127.0.0.1"]];
  const server = spawn(command, args, { env: { ...env, NODE_ENV: "production" }, stdio: "ignore", detached: true });
  await expect
    .poll(
      async () => {
        if (server.exitCode !== null) throw new Error(`the app server exited with ${server.exitCode}`);
        return fetch(`http://127.0.0.1:${port}${DEMO_TOTALS}`).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe(200);
  return server;
}

/**
 * Stops the app. "crash" kills it outright with its children, as a crash or a container's kill would.
 * "graceful" sends SIGTERM, as a deploy does, and requires it to be gone within 5 s with exit code 143,
 * boards watching or not: server.js ends their streams instead of waiting for them.
 */
export async function stopApp(server: ChildProcess, how: "crash" | "graceful" = "crash"): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  if (how === "graceful") {
    server.kill("SIGTERM");
    await expect.poll(() => server.exitCode, { timeout: 5_000, message: "the app server did not stop within 5 s of SIGTERM" }).toBe(143);
    return;
  }
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid!, "SIGKILL");
  await exited;
}

/**
 * Sends SIGTERM while a request is being received on a kept-alive connection (its body still on the
 * way), waits until the server takes no new connections, then finishes that request with a second
 * one pipelined behind it: what the server answered on that connection, status lines in order.
 */
export async function keptAliveThroughStop(port: number, server: ChildProcess): Promise<string[]> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let received = "";
  socket.on("data", (chunk) => (received += chunk.toString("latin1")));
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  const host = `Host: 127.0.0.1:${port}\r\n`;
  const body = "email=x%40y.z&password=x";
  socket.write(
    `POST /api/auth/callback/credentials HTTP/1.1\r\n${host}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  server.kill("SIGTERM");
  await expect
    .poll(
      () =>
        new Promise<boolean>((resolve) => {
          const probe = connect(port, "127.0.0.1");
          probe.once("connect", () => (probe.destroy(), resolve(false))).once("error", () => resolve(true));
        }),
      { timeout: 5_000, message: "the server still took new connections after SIGTERM" },
    )
    .toBe(true);
  socket.write(`${body}GET /api/events/latihan-meja/totals HTTP/1.1\r\n${host}\r\n`);
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  socket.destroy();
  return [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => m[1]);
}

/** A PostgreSQL cluster in a temporary folder, from the machine's own binaries (CI installs them). */
export class ThrowawayPostgres {
  readonly url: string;
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {
    this.url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  }

  static create(port: number): ThrowawayPostgres {
    const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a)) : [];
    if (versions.length === 0) throw new Error("PostgreSQL's server binaries are not installed (/usr/lib/postgresql/<version>/bin)");
    const dir = mkdtempSync(path.join(tmpdir(), "misi-pg-"));
    const cluster = new ThrowawayPostgres(`/usr/lib/postgresql/${versions[0]}/bin`, dir, port);
    // PostgreSQL refuses to run as root: the cluster belongs to the postgres account then.
    if (process.getuid?.() === 0) chownSync(dir, Number(cluster.run("id", ["-u", "postgres"], false)), Number(cluster.run("id", ["-g", "postgres"], false)));
    cluster.run(`${cluster.bin}/initdb`, ["-D", path.join(dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync"]);
    cluster.start();
    return cluster;
  }

  start() {
    this.pgCtl("start");
  }

  /** Stops the server (fast: open connections are cut) until start(). */
  stop() {
    this.pgCtl("stop", "-m", "fast");
  }

  /** A fast restart: every connection, the app's listener included, is cut. */
  restart() {
    this.pgCtl("restart", "-m", "fast");
  }

  destroy() {
    this.pgCtl("stop", "-m", "immediate");
    rmSync(this.dir, { recursive: true, force: true });
  }

  private pgCtl(...args: string[]) {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off`;
    this.run(`${this.bin}/pg_ctl`, ["-D", path.join(this.dir, "data"), "-l", path.join(this.dir, "log"), "-o", options, "-w", ...args]);
  }

  private run(command: string, args: string[], asPostgres = true): string {
    const [file, argv] = asPostgres && process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
    return result.stdout.trim();
  }
}
