// npm run bench:totals — how long the totals snapshot takes with a long ledger (target: under 5 ms at
// 100,000 commitments), against two baselines run side by side on the same data: summing the ledger
// in SQL (what the snapshot did before the sums were maintained), and loading every signed commitment
// to add them up in JavaScript. Options: COMMITMENTS (default 100000), RUNS (default 50). Uses a fresh "<db>_bench" database next to
// DATABASE_URL, or an in-memory embedded database.
import { DEMO_SLUG } from "../../lib/demo/demo-event";
import { eventTotals } from "../../lib/totals/queries";
import { commitmentLike } from "../../tests/support/commitments";
import { benchDatabase, measure } from "./lib";

const commitments = Number(process.env.COMMITMENTS ?? 100_000);
const runs = Number(process.env.RUNS ?? 50);
const { db, target, close } = await benchDatabase();
const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED" } });
for (let done = 0; done < commitments; done += 5_000) {
  const batch = Math.min(5_000, commitments - done);
  await db.commitment.createMany({
    data: Array.from({ length: batch }, (_, i) =>
      commitmentLike(template, { category: (["SELL", "BUY", "INVEST"] as const)[i % 3], value: BigInt(1_000_000 + i) }),
    ),
  });
}

// As autovacuum would after such a load: fresh statistics, so the planner sees 100,000 rows.
await db.$executeRaw`ANALYZE`;

const snapshot = await measure(runs, () => eventTotals(DEMO_SLUG));
const ledgerSql = await measure(runs, () =>
  db.commitment.groupBy({ by: ["category", "sector"], where: { event: { slug: DEMO_SLUG }, status: "SIGNED" }, _sum: { value: true }, _count: { _all: true } }),
);
const baseline = await measure(runs, async () => {
  const rows = await db.commitment.findMany({ where: { event: { slug: DEMO_SLUG }, status: "SIGNED" }, select: { value: true } });
  return rows.reduce((sum, r) => sum + r.value, 0n);
});

const ms = (n: number) => n.toFixed(2);
console.log(`database: ${target.kind}, signed commitments: ${61 + commitments}, runs: ${runs}`);
console.log(`eventTotals (maintained sums)         p50 ${ms(snapshot.p50)} ms  p95 ${ms(snapshot.p95)} ms`);
console.log(`baseline (GROUP BY over the ledger)   p50 ${ms(ledgerSql.p50)} ms  p95 ${ms(ledgerSql.p95)} ms`);
console.log(`baseline (load rows, sum in JS)       p50 ${ms(baseline.p50)} ms  p95 ${ms(baseline.p95)} ms`);
console.log(
  `GROUP BY / snapshot p50: ${(ledgerSql.p50 / snapshot.p50).toFixed(1)}x; load-and-sum / snapshot p50: ${(baseline.p50 / snapshot.p50).toFixed(1)}x`,
);
await close();
console.log(
  JSON.stringify({
    bench: "totals",
    database: target.kind,
    commitments: 61 + commitments,
    runs,
    p50_ms: +ms(snapshot.p50),
    p95_ms: +ms(snapshot.p95),
    group_by_p50_ms: +ms(ledgerSql.p50),
    group_by_p95_ms: +ms(ledgerSql.p95),
    baseline_p50_ms: +ms(baseline.p50),
    baseline_p95_ms: +ms(baseline.p95),
  }),
);
