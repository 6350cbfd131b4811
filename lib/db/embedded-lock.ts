import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

// PGlite has no lock of its own: a second process opening the same folder sees other rows and can
// lose writes. A pid file next to the data folder refuses the second process with a clear message.
export function lockEmbeddedDatabase(dataDir: string): void {
  const lockFile = `${dataDir}.pid`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Database bawaan ${dataDir} sedang dipakai oleh proses lain (pid ${pid}). Hentikan proses itu dulu (mis. server "npm start"), lalu ulangi.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  process.once("exit", () => {
    if (existsSync(lockFile) && readFileSync(lockFile, "utf8") === String(process.pid)) rmSync(lockFile);
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
