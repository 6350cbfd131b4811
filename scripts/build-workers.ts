// Bundles each worker thread's entry (lib/workers/entries.ts) into .next/workers/<name>.mjs, which
// the server starts (lib/workers/run.ts). Next bundles the app itself; its bundler does not build
// worker threads' entries, so `npm run build` runs this after it. Packages stay in node_modules and
// load as plain Node sees them; only the "server-only" marker is resolved here, as the server's
// (empty) side, since a worker is the server.
import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { WORKER_ENTRIES } from "../lib/workers/entries";

const root = path.resolve(import.meta.dirname, "..");
const { dependencies } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const external = Object.keys(dependencies).filter((name) => name !== "server-only");
await build({
  entryPoints: Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, { file }]) => [name, path.join(root, file)])),
  outdir: path.join(root, ".next", "workers"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: [...external, ...external.map((name) => `${name}/*`)],
  conditions: ["react-server"],
  alias: { "@": root },
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
});
