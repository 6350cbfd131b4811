import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// The production build started against a database that is down: it must stop at once with a clear
// message and a failing exit code, not serve errors or print a stack trace.
test("the server refuses to start, clearly, when the database is down", async () => {
  const server = spawn("npx", ["next", "start", "-p", "3298", "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: "postgresql://postgres:secret@127.0.0.1:9/misi_dagang" },
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => server.on("exit", resolve));

  expect(code).toBe(1);
  expect(output).toContain("Server tidak dapat dimulai");
  expect(output).toContain("postgresql://postgres:***@127.0.0.1:9/misi_dagang");
  expect(output).not.toContain("secret");
  expect(output).not.toMatch(/^\s+at /m);
});
