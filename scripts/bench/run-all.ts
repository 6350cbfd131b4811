// npm run bench: every benchmark in turn, each printing its figures and a closing JSON line.
import { spawnSync } from "node:child_process";

const benches = [
  "scripts/bench/totals.ts",
  "scripts/bench/desk.ts",
  "scripts/bench/matching.ts",
  ...(process.env.DATABASE_URL ? ["scripts/bench/board.ts", "scripts/bench/export.ts", "scripts/bench/hostile.ts", "scripts/bench/offline.ts"] : []),
];
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const result = spawnSync("tsx", ["--conditions=react-server", bench], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
