// deploy/nginx.conf run for a test or a benchmark: the same file with its ports changed, nginx in the
// foreground with its files in a folder of its own. e2e/scale-out.spec.ts and bench:board (INSTANCES=2).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ProxyPorts {
  /** Where nginx listens (on 127.0.0.1). */
  listen: number;
  /** The two app instances, in place of deploy/nginx.conf's 3001 and 3002. */
  instances: [number, number];
  /** The address nginx connects to the instances from (the one TRUSTED_PROXIES names), if not 127.0.0.1. */
  from?: string;
}

/** deploy/nginx.conf with these ports; throws if the file no longer has what is replaced. */
export function proxyConfiguration({ listen, instances, from }: ProxyPorts): string {
  const replacements: [string, string][] = [
    ["listen 80;", `listen 127.0.0.1:${listen};`],
    ["server 127.0.0.1:3001;", `server 127.0.0.1:${instances[0]};`],
    ["server 127.0.0.1:3002;", `server 127.0.0.1:${instances[1]};`],
    ["http {", `http {\n  access_log off;${from ? `\n  proxy_bind ${from};` : ""}`],
  ];
  let configuration = readFileSync("deploy/nginx.conf", "utf8");
  for (const [was, is] of replacements) {
    if (!configuration.includes(was)) throw new Error(`deploy/nginx.conf no longer has "${was}"`);
    configuration = configuration.replace(was, is);
  }
  return configuration;
}

/** Starts nginx with that configuration and waits until it passes a request on; stop() ends it and removes its folder. */
export async function startProxy(ports: ProxyPorts, readyPath: string): Promise<{ nginx: ChildProcess; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "misi-nginx-"));
  writeFileSync(path.join(dir, "nginx.conf"), proxyConfiguration(ports));
  const nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`], {
    stdio: "ignore",
    // Debian puts nginx in /usr/sbin, which a user's PATH may lack.
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` },
  });
  const stop = () => {
    nginx.kill("SIGQUIT");
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) {
      const logFile = path.join(dir, "error.log");
      const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
      stop();
      throw new Error(`nginx exited with ${nginx.exitCode}: ${log}`);
    }
    const status = await fetch(`http://127.0.0.1:${ports.listen}${readyPath}`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { nginx, stop };
    if (i > 120) {
      stop();
      throw new Error("nginx did not pass a request on within 30 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
