// npm run bench:export — exporting 100,000 commitments (COMMITMENTS) as CSV and as Excel, streamed
// (lib/exports), against a baseline that loads every row and builds the workbook in memory. Each
// variant runs in a process of its own, so its peak memory (RSS, sampled every 20 ms) is its own, and
// then again with the JavaScript heap capped at HEAP_MB (default 256), as on a small server.
// PostgreSQL only (DATABASE_URL): the production set-up. The last line is one JSON object.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { prepareDatabase } from "../../lib/boot";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { DEMO_SLUG } from "../../lib/demo/demo-event";
import { seedDemoEvent } from "../../lib/demo/seed";
import { DATASET } from "../../lib/exports/datasets";
import { exportStream } from "../../lib/exports/write";
import { commitmentLike } from "../../tests/support/commitments";
import { databaseName, dropDatabase, recreateDatabase } from "../lib/databases";

const VARIANTS = ["csv", "xlsx", "baseline-xlsx"] as const;
type Variant = (typeof VARIANTS)[number];
interface Outcome {
  variant: Variant;
  ms: number;
  bytes: number;
  rss_before_mb: number;
  peak_rss_mb: number;
}
const HEAP_MB = Number(process.env.HEAP_MB ?? 256);

const variant = process.argv[2] as Variant | undefined;
if (variant) {
  console.log(JSON.stringify(await runVariant(variant)));
  process.exit(0);
}

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("bench:export needs DATABASE_URL (a PostgreSQL server): it measures the production set-up.");
  process.exit(2);
}
const commitments = Number(process.env.COMMITMENTS ?? 100_000);
const name = `${databaseName(serverUrl)}_bench_export`;
const benchUrl = await recreateDatabase(serverUrl, name);
process.env.DATABASE_URL = benchUrl;
await prepareDatabase({ demoOnNewEmbedded: false });
const { db } = await connectDatabase();
await seedDemoEvent(db, { withDemoAccounts: false });
const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
for (let done = 0; done < commitments; done += 5_000) {
  const batch = Math.min(5_000, commitments - done);
  await db.commitment.createMany({
    data: Array.from({ length: batch }, (_, i) =>
      commitmentLike(template, {
        category: (["SELL", "BUY", "INVEST"] as const)[i % 3],
        value: BigInt(1_000_000 + i),
        signedAt: new Date(template.signedAt!.getTime() + (done + i) * 1000),
      }),
    ),
  });
}
await db.$executeRaw`ANALYZE`;
const rows = await db.commitment.count({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
await disconnectDatabase();

function run(v: Variant, heapMb?: number): Outcome | null {
  const env = { ...process.env, DATABASE_URL: benchUrl, ...(heapMb ? { NODE_OPTIONS: `--max-old-space-size=${heapMb}` } : {}) };
  const child = spawnSync("./node_modules/.bin/tsx", ["--conditions=react-server", "scripts/bench/export.ts", v], { env, encoding: "utf8" });
  if (child.status === 0) return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Outcome;
  if (heapMb && /heap out of memory/i.test(child.stderr)) return null;
  throw new Error(`${v}: ${child.stderr}`);
}
const outcomes = VARIANTS.map((v) => run(v)!);
const capped = Object.fromEntries(VARIANTS.map((v) => [v, run(v, HEAP_MB)])) as Record<Variant, Outcome | null>;
await dropDatabase(serverUrl, name);

const by = Object.fromEntries(outcomes.map((o) => [o.variant, o])) as Record<Variant, Outcome>;
console.log(`signed commitments exported: ${rows}`);
for (const o of outcomes)
  console.log(
    `${o.variant.padEnd(14)} ${String(o.ms).padStart(7)} ms  ${(o.bytes / 1e6).toFixed(1).padStart(6)} MB file  RSS ${o.rss_before_mb} → peak ${o.peak_rss_mb} MB`,
  );
const growth = (o: Outcome) => Math.round((o.peak_rss_mb - o.rss_before_mb) * 10) / 10;
console.log(`memory growth: csv ${growth(by.csv)} MB, xlsx ${growth(by.xlsx)} MB, baseline xlsx ${growth(by["baseline-xlsx"])} MB`);
const cappedText = (o: Outcome | null) => (o ? `done in ${o.ms} ms, peak RSS ${o.peak_rss_mb} MB` : "ran out of memory");
for (const v of VARIANTS) console.log(`heap capped at ${HEAP_MB} MB, ${v.padEnd(14)} ${cappedText(capped[v])}`);
const cappedPeak = (o: Outcome | null) => o?.peak_rss_mb ?? "out of memory";
console.log(
  JSON.stringify({
    bench: "export",
    rows,
    csv_ms: by.csv.ms,
    csv_peak_rss_mb: by.csv.peak_rss_mb,
    xlsx_ms: by.xlsx.ms,
    xlsx_peak_rss_mb: by.xlsx.peak_rss_mb,
    baseline_xlsx_ms: by["baseline-xlsx"].ms,
    baseline_xlsx_peak_rss_mb: by["baseline-xlsx"].peak_rss_mb,
    heap_cap_mb: HEAP_MB,
    capped_csv_peak_rss_mb: cappedPeak(capped.csv),
    capped_xlsx_peak_rss_mb: cappedPeak(capped.xlsx),
    capped_baseline: cappedPeak(capped["baseline-xlsx"]),
  }),
);

async function runVariant(which: Variant): Promise<Outcome> {
  const { db } = await connectDatabase();
  const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const mb = () => Math.round((process.memoryUsage.rss() / 1048576) * 10) / 10;
  const before = mb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, mb())), 20);
  const start = performance.now();
  let bytes = 0;
  if (which === "baseline-xlsx") {
    // Everything in memory at once: what a naive export does.
    const all = await db.commitment.findMany({
      where: { eventId: event.id, status: "SIGNED" },
      orderBy: [{ signedAt: "asc" }, { id: "asc" }],
      include: { visitingBusiness: true, hostBusiness: true, replaces: true, realisations: true },
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("komitmen");
    for (const c of all)
      sheet.addRow([
        c.verificationCode,
        c.signedAt,
        c.category,
        c.visitingBusiness.name,
        c.visitingBusiness.regency,
        c.hostBusiness.name,
        c.hostBusiness.regency,
        c.commodity,
        c.sector,
        c.instrument,
        c.quantity?.toString(),
        c.unit,
        Number(c.value),
        0,
        c.visitingSignerName,
        c.hostSignerName,
        c.replaces?.verificationCode,
      ]);
    bytes = (await workbook.xlsx.writeBuffer()).byteLength;
  } else {
    const reader = exportStream(DATASET.commitments, event, { format: which, locale: "id", withContact: true }).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
  }
  const ms = Math.round(performance.now() - start);
  clearInterval(sampler);
  peak = Math.max(peak, mb());
  await disconnectDatabase();
  return { variant: which, ms, bytes, rss_before_mb: before, peak_rss_mb: peak };
}
