import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

/** Starts the production build with this environment (and arguments) and waits for it to exit. */
async function startAndExpectExit(env: Record<string, string>, args = ["-p", "3298", "-H", "127.0.0.1"]) {
  const server = spawn("node", ["server.js", ...args], { env: { ...process.env, NEXTAUTH_SECRET: "", AUTH_SECRET: "", ...env } });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => server.on("exit", resolve));
  return { code, output };
}

// The production build started against a database that is down: it must stop at once with a clear
// message and a failing exit code, not serve errors or print a stack trace.
test("the server refuses to start, clearly, when the database is down", async () => {
  const { code, output } = await startAndExpectExit({
    DATABASE_URL: "postgresql://postgres:secret@127.0.0.1:9/misi_dagang",
    NEXTAUTH_SECRET: "a-secret-for-this-test-only-0123456789",
  });

  expect(code).toBe(1);
  expect(output).toContain("Server tidak dapat dimulai");
  expect(output).toContain("postgresql://postgres:***@127.0.0.1:9/misi_dagang");
  expect(output).not.toContain("secret@");
  expect(output).not.toMatch(/^\s+at /m);
});

// A real deployment (PostgreSQL, possibly several instances) must share one session secret.
test("the server refuses to start in production on PostgreSQL without NEXTAUTH_SECRET", async () => {
  const { code, output } = await startAndExpectExit({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" });

  expect(code).toBe(1);
  expect(output).toContain("Server tidak dapat dimulai. NEXTAUTH_SECRET belum diisi.");
  expect(output).toContain("openssl rand -base64 32");
  expect(output).not.toMatch(/^\s+at /m);
});

// A mistyped command line is refused before anything starts, with the usage rather than a stack trace.
test("the server refuses a bad port or an unknown option, clearly", async () => {
  for (const [args, message] of [
    [["-p", "80a"], 'Port tidak sah: "80a"'],
    [["--keepAliveTimeout", "5000"], "Unknown option '--keepAliveTimeout'"],
  ] as const) {
    const { code, output } = await startAndExpectExit({}, [...args]);
    expect(code, args.join(" ")).toBe(1);
    expect(output).toContain(message);
    expect(output).toContain("Pemakaian: node server.js [-p <port>] [-H <hostname>]");
    expect(output).not.toMatch(/^\s+at /m);
  }
});
