// npm run test:e2e:each — every browser spec on its own, in a shuffled order, each against a fresh
// server and database: a spec that leans on what another left behind fails here. Builds once.
// SEED=n repeats an order. Not part of `npm test` (it starts one server per spec).
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { seededRandom } from "../lib/random";

const seed = Number(process.env.SEED ?? Date.now() % 100_000);
// A seeded order, so a failing one can be run again with SEED.
const random = seededRandom(seed).next;
const specs = readdirSync("e2e").filter((f) => f.endsWith(".spec.ts"));
for (let i = specs.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [specs[i], specs[j]] = [specs[j], specs[i]];
}

console.log(`SEED=${seed}: ${specs.join(", ")}`);
execFileSync("npm", ["run", "build"], { stdio: "inherit" });
const failed: string[] = [];
for (const spec of specs) {
  console.log(`\n== ${spec} alone`);
  const run = spawnSync("npx", ["playwright", "test", `e2e/${spec}`], { stdio: "inherit", env: { ...process.env, E2E_BUILT: "1" } });
  if (run.status !== 0) failed.push(spec);
}
console.log(failed.length ? `\nfailed alone (SEED=${seed}): ${failed.join(", ")}` : `\nall ${specs.length} specs pass alone (SEED=${seed})`);
process.exit(failed.length ? 1 : 0);
