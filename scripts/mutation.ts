// npm run test:mutation — how strong the suite is, measured: Stryker plants small faults (mutants) in
// the domain modules one at a time and runs the unit and integration tests that cover each; a mutant
// no test notices "survived". Prints the score per module, then one JSON line. Not part of `npm test`:
// a full run takes tens of minutes on two cores.
//
// MODULES=money,official limits the run to those folders of lib/ (default: all of MODULES below).
// Tests run on the embedded database unless DATABASE_URL is set (a PostgreSQL server is faster:
// each test file gets a fresh database either way).
//
// Each module is a Stryker run of its own with an incremental file (reports/mutation/<module>.json,
// kept in git): a later run, on any machine, tests again only the mutants whose code or covering tests
// changed, so modules can be measured one at a time and the full table printed afterwards without
// hours of repeated work.
// FORCE=1 ignores the incremental files.
import { Stryker } from "@stryker-mutator/core";

/** The domain modules whose faults would hurt a user: money, figures, ledger, access, exports. */
const MODULES = ["money", "reports", "commitments", "businesses", "auth", "official", "totals", "exports", "agreements", "http", "matching"];

const chosen = process.env.MODULES ? process.env.MODULES.split(",").map((m) => m.trim()) : MODULES;
const unknown = chosen.filter((m) => !MODULES.includes(m));
if (unknown.length) {
  console.error(`MODULES: unknown ${unknown.join(", ")}; choose from ${MODULES.join(", ")}`);
  process.exit(2);
}

const options = (folder: string): ConstructorParameters<typeof Stryker>[0] => ({
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner", "@stryker-mutator/typescript-checker"],
  vitest: { configFile: "vitest.config.ts", related: true },
  checkers: ["typescript"],
  // The checker compiles lib/ alone (tsconfig.mutation.json), half the work of the whole project. So a
  // mutant that breaks only a page's or a test's types (which `npm test`'s type-check would catch)
  // counts here as a fault the tests must catch by running: the score is, if anything, lower.
  tsconfigFile: "tsconfig.mutation.json",
  // Type errors a mutant causes are not faults a user could meet: the checker drops them first.
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    `lib/${folder}/**/*.ts`,
    "!lib/**/*.test.ts",
    // Worker entry points only hand a message to the module they wrap.
    "!lib/**/*.worker.ts",
  ],
  // Only the mutated folders get "// @ts-nocheck" (the tests read app/'s action files as they are).
  disableTypeChecks: "lib/**/*.ts",
  coverageAnalysis: "perTest",
  // Three processes on two cores: Stryker starts two of them as type-checkers and one as the test runner.
  concurrency: 3,
  // A test file's first step builds its own database: slower than the tests, so allow for it.
  timeoutMS: 60_000,
  // The first run, every covering test once with coverage: for lib/commitments (most integration
  // tests) longer than Stryker's default five minutes on two cores.
  dryRunTimeoutMinutes: 20,
  reporters: ["progress"],
  incremental: true,
  incrementalFile: `reports/mutation/${folder}.json`,
  force: process.env.FORCE === "1",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignoreStatic: true,
});

const started = Date.now();
const results = [];
for (const folder of chosen) results.push(...(await new Stryker(options(folder)).runMutationTest()));

type Count = { killed: number; survived: number; timeout: number; noCoverage: number };
const empty = (): Count => ({ killed: 0, survived: 0, timeout: 0, noCoverage: 0 });
const byModule = new Map<string, Count>();
const survivors: string[] = [];
for (const mutant of results) {
  const folder = mutant.fileName.replace(/\\/g, "/").match(/lib\/([^/]+)\//)?.[1] ?? "other";
  const count = byModule.get(folder) ?? empty();
  if (mutant.status === "Killed") count.killed++;
  else if (mutant.status === "Timeout") count.timeout++;
  else if (mutant.status === "Survived") count.survived++;
  else if (mutant.status === "NoCoverage") count.noCoverage++;
  else continue; // CompileError, RuntimeError, Ignored: not a fault a test could catch
  byModule.set(folder, count);
  if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
    const at = mutant.location.start;
    survivors.push(
      `${mutant.fileName}:${at.line}:${at.column + 1} ${mutant.mutatorName}${mutant.replacement ? ` → ${mutant.replacement.replace(/\s+/g, " ").slice(0, 60)}` : ""}`,
    );
  }
}

const score = (c: Count) => {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid ? Math.round((1000 * detected) / valid) / 10 : 100;
};
const total = [...byModule.values()].reduce(
  (sum, c) => ({
    killed: sum.killed + c.killed,
    survived: sum.survived + c.survived,
    timeout: sum.timeout + c.timeout,
    noCoverage: sum.noCoverage + c.noCoverage,
  }),
  empty(),
);

console.log("\nsurvivors (file:line:column mutator → replacement):");
for (const line of survivors.sort()) console.log(`  ${line}`);
console.log("\nmodule         score   killed  timeout  survived  no coverage");
for (const [folder, c] of [...byModule].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(
    `${folder.padEnd(14)} ${String(score(c)).padStart(5)}%  ${String(c.killed).padStart(6)}  ${String(c.timeout).padStart(7)}  ${String(c.survived).padStart(8)}  ${String(c.noCoverage).padStart(11)}`,
  );
}
const minutes = Math.round((Date.now() - started) / 6000) / 10;
console.log(`overall        ${score(total)}%  in ${minutes} min`);
console.log(
  JSON.stringify({
    bench: "mutation",
    score: score(total),
    killed: total.killed,
    survived: total.survived + total.noCoverage,
    timeout: total.timeout,
    minutes,
    database: process.env.DATABASE_URL ? "postgresql" : "embedded",
    modules: Object.fromEntries([...byModule].sort(([a], [b]) => a.localeCompare(b)).map(([m, c]) => [m, score(c)])),
  }),
);
