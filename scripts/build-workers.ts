// Bundles each worker thread's entry (lib/workers/entries.ts) into .next/workers/<name>.mjs, which
// the server starts (lib/workers/run.ts). Next bundles the app itself; its bundler does not build
// worker threads' entries, so `npm run build` runs this first. Packages stay in node_modules.
import path from "node:path";
import { build } from "esbuild";
import { WORKER_ENTRIES } from "../lib/workers/entries";

const root = path.resolve(import.meta.dirname, "..");
await build({
  entryPoints: Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, { file }]) => [name, path.join(root, file)])),
  outdir: path.join(root, ".next", "workers"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "@": root },
  tsconfig: path.join(root, "tsconfig.json"),
  logLevel: "warning",
});
