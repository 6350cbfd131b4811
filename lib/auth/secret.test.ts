import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureAuthSecret, MissingAuthSecretError } from "./secret";

const postgres = { kind: "postgres", url: "postgresql://db/misi" } as const;

describe("ensureAuthSecret", () => {
  it("uses the configured secret as it is", () => {
    const env = { NODE_ENV: "production", NEXTAUTH_SECRET: "configured-secret" } as NodeJS.ProcessEnv;
    expect(ensureAuthSecret(postgres, env)).toBe("configured");
    expect(env.NEXTAUTH_SECRET).toBe("configured-secret");
  });

  it("refuses to run in production on PostgreSQL without one, saying how to make one", () => {
    const env = { NODE_ENV: "production", NEXTAUTH_SECRET: "  " } as NodeJS.ProcessEnv;
    expect(() => ensureAuthSecret(postgres, env)).toThrow(MissingAuthSecretError);
    expect(() => ensureAuthSecret(postgres, env)).toThrow(/openssl rand -base64 32/);
    expect(() => ensureAuthSecret(postgres, env)).toThrow(
      expect.objectContaining({ name: "MissingAuthSecretError", message: expect.stringMatching(/^NEXTAUTH_SECRET belum diisi\./) }),
    );
  });

  it("takes AUTH_SECRET (next-auth's other name for it) as configured", () => {
    const env = { NODE_ENV: "production", AUTH_SECRET: "other-name" } as NodeJS.ProcessEnv;
    expect(ensureAuthSecret(postgres, env)).toBe("configured");
  });

  it("keeps one secret beside an embedded database folder, so sessions survive a restart", () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "misi-secret-")), "data", "pglite");
    const first = { NODE_ENV: "production" } as NodeJS.ProcessEnv;
    const second = { NODE_ENV: "production" } as NodeJS.ProcessEnv;
    expect(ensureAuthSecret({ kind: "embedded", dataDir }, first)).toBe("kept-with-embedded-data");
    expect(ensureAuthSecret({ kind: "embedded", dataDir }, second)).toBe("kept-with-embedded-data");
    expect(first.NEXTAUTH_SECRET).toHaveLength(43);
    expect(second.NEXTAUTH_SECRET).toBe(first.NEXTAUTH_SECRET);
    const file = `${dataDir}.auth-secret`;
    expect(readFileSync(file, "utf8")).toBe(first.NEXTAUTH_SECRET);
    expect(statSync(file).mode & 0o077).toBe(0);
    // A secret someone put there by hand, with a newline after it, is read without the newline.
    writeFileSync(file, "secret-written-by-hand\n");
    const third = { NODE_ENV: "production" } as NodeJS.ProcessEnv;
    ensureAuthSecret({ kind: "embedded", dataDir }, third);
    expect(third.NEXTAUTH_SECRET).toBe("secret-written-by-hand");
  });

  it("makes a throwaway secret in development and for in-memory databases", () => {
    const dev = { NODE_ENV: "development" } as NodeJS.ProcessEnv;
    expect(ensureAuthSecret(postgres, dev)).toBe("generated-for-development");
    expect(dev.NEXTAUTH_SECRET).toBeTruthy();
    const memory = { NODE_ENV: "production" } as NodeJS.ProcessEnv;
    expect(ensureAuthSecret({ kind: "embedded", dataDir: "memory://" }, memory)).toBe("generated-for-development");
    expect(memory.NEXTAUTH_SECRET).toHaveLength(43);
    expect(ensureAuthSecret({ kind: "embedded", dataDir: "memory://other" }, { NODE_ENV: "production" } as NodeJS.ProcessEnv)).toBe(
      "generated-for-development",
    );
  });
});
