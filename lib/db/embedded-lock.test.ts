import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockEmbeddedDatabase } from "./embedded-lock";

describe("lockEmbeddedDatabase", () => {
  const dataDir = () => path.join(mkdtempSync(path.join(tmpdir(), "misi-lock-")), "pglite");

  it("refuses a folder that another live process holds", () => {
    const dir = dataDir();
    writeFileSync(`${dir}.pid`, String(process.ppid));
    expect(() => lockEmbeddedDatabase(dir)).toThrow(`sedang dipakai oleh proses lain (pid ${process.ppid})`);
  });

  it("takes over a lock left by a process that has died", () => {
    const dir = dataDir();
    writeFileSync(`${dir}.pid`, "999999999");
    lockEmbeddedDatabase(dir);
    expect(readFileSync(`${dir}.pid`, "utf8")).toBe(String(process.pid));
  });
});
