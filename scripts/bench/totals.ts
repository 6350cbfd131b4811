// npm run bench:totals — how long the totals snapshot takes with a long ledger (target: under 5 ms at
// 1,000,000 commitments), against two baselines run side by side on the same data: summing the ledger
// in SQL (what the snapshot did before the sums were maintained), and loading every signed commitment
// to add them up in JavaScript. The ledger grows through each size of CASES (default 100000,1000000),
// measured at each. RUNS (default 50) per measure; the load-and-sum baseline runs at most 5 times past
// 100,000 rows, each run loading them all. Uses a fresh "<db>_bench" database next to DATABASE_URL, or
// an in-memory embedded database. The last line is one JSON object.
import { DEMO_SLUG } from "../../lib/demo/demo-event";
import { eventTotals } from "../../lib/totals/queries";
import { benchDatabase, measure } from "./lib";

const cases = (process.env.CASES ?? process.env.COMMITMENTS ?? "100000,1000000").split(",").map(Number);
if (cases.some((n, i) => !Number.isInteger(n) || n < 0 || (i > 0 && n <= cases[i - 1]))) throw new Error("CASES: growing whole numbers, e.g. 100000,1000000");
const runs = Number(process.env.RUNS ?? 50);
const { db, target, close } = await benchDatabase();
const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
const demoSigned = await db.commitment.count({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });

/**
 * Adds `count` copies of the template to the ledger, in the database (a million rows through the
 * client would take longer than the measuring): fresh keys, the three categories in turn, distinct values.
 * The triggers that keep the sums run for every row, as they do for a signing.
 */
async function grow(count: number) {
  const fixed = ["id", "idempotencyKey", "verificationCode", "category", "value", "createdAt", "updatedAt", "replacesId"];
  const columns = (
    await db.$queryRaw<{ name: string }[]>`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'Commitment' ORDER BY ordinal_position`
  )
    .map((c) => c.name)
    .filter((name) => !fixed.includes(name));
  const quoted = columns.map((c) => `"${c}"`).join(", ");
  for (let done = 0; done < count; done += 100_000) {
    const batch = Math.min(100_000, count - done);
    await db.$executeRawUnsafe(
      `INSERT INTO "Commitment" (id, "idempotencyKey", "verificationCode", category, value, "createdAt", "updatedAt", ${quoted})
       SELECT gen_random_uuid()::text, gen_random_uuid()::text, gen_random_uuid()::text,
         (ARRAY['SELL', 'BUY', 'INVEST'])[1 + g % 3]::"CommitmentCategory", 1000000 + g, now(), now(), ${columns.map((c) => `t."${c}"`).join(", ")}
       FROM "Commitment" t, generate_series(1, $2::int) g WHERE t.id = $1`,
      template.id,
      batch,
    );
  }
  // As autovacuum would after such a load: fresh statistics, so the planner sees the rows.
  await db.$executeRaw`ANALYZE`;
}

const ms = (n: number) => +n.toFixed(2);
const results = [];
let size = 0;
for (const wanted of cases) {
  await grow(wanted - size);
  size = wanted;
  const snapshot = await measure(runs, () => eventTotals(DEMO_SLUG));
  const groupBy = await measure(runs, () =>
    db.commitment.groupBy({
      by: ["category", "sector"],
      where: { event: { slug: DEMO_SLUG }, status: "SIGNED" },
      _sum: { value: true },
      _count: { _all: true },
    }),
  );
  const loadRuns = size > 100_000 ? Math.min(runs, 5) : runs;
  const loadAndSum = await measure(
    loadRuns,
    async () => {
      const rows = await db.commitment.findMany({ where: { event: { slug: DEMO_SLUG }, status: "SIGNED" }, select: { value: true } });
      return rows.reduce((sum, r) => sum + r.value, 0n);
    },
    1,
  );
  const result = {
    commitments: demoSigned + size,
    p50_ms: ms(snapshot.p50),
    p95_ms: ms(snapshot.p95),
    group_by_p50_ms: ms(groupBy.p50),
    group_by_p95_ms: ms(groupBy.p95),
    baseline_p50_ms: ms(loadAndSum.p50),
    baseline_p95_ms: ms(loadAndSum.p95),
  };
  results.push(result);
  console.log(`database: ${target.kind}, signed commitments: ${result.commitments}, runs: ${runs} (load-and-sum: ${loadRuns})`);
  console.log(`  eventTotals (maintained sums)         p50 ${result.p50_ms} ms  p95 ${result.p95_ms} ms`);
  console.log(`  baseline (GROUP BY over the ledger)   p50 ${result.group_by_p50_ms} ms  p95 ${result.group_by_p95_ms} ms`);
  console.log(`  baseline (load rows, sum in JS)       p50 ${result.baseline_p50_ms} ms  p95 ${result.baseline_p95_ms} ms`);
}
await close();
const largest = results.at(-1)!;
console.log(JSON.stringify({ bench: "totals", database: target.kind, runs, ...largest, cases: results }));
