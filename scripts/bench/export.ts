// npm run bench:export — exporting 100,000 commitments (COMMITMENTS) as CSV and as Excel, streamed
// (lib/exports), against two baselines: CSV written here row by row from typed rows, as it was before
// the database wrote it (pages of Prisma rows, cells, Papa Parse), and an Excel file built in memory. Each
// variant runs in a process of its own, so its peak memory (RSS, sampled every 20 ms) is its own, and
// then again with the JavaScript heap capped at HEAP_MB (default 256), as on a small server.
// PostgreSQL only (DATABASE_URL): the production set-up. The last line is one JSON object.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { prepareDatabase } from "../../lib/boot";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { DEMO_SLUG } from "../../lib/demo/demo-event";
import { seedDemoEvent } from "../../lib/demo/seed";
import { DATASET } from "../../lib/exports/datasets";
import { wordsOf } from "../../lib/exports/exportable";
import { FORMULA } from "../../lib/exports/formula";
import { localIsoDateTime, zoneLabel } from "../../lib/format/datetime";
import { periodPhrase } from "../../lib/commitments/recurrence";
import type { Category as CategoryCode, RecurrenceCode } from "../../lib/commitments/rules";
import { categoryLabel } from "../../lib/totals/labels";
import { exportStream } from "../../lib/exports/write";
import { commitmentLike } from "../../tests/support/commitments";
import { databaseName, dropDatabase, recreateDatabase } from "../lib/databases";

const VARIANTS = ["csv", "xlsx", "baseline-csv", "baseline-xlsx"] as const;
type Variant = (typeof VARIANTS)[number];
interface Outcome {
  variant: Variant;
  ms: number;
  bytes: number;
  rss_before_mb: number;
  peak_rss_mb: number;
}
const HEAP_MB = Number(process.env.HEAP_MB ?? 256);
/** The columns baseline-csv reads per commitment. */
interface BaselineRow {
  id: string;
  verificationCode: string;
  signedAt: Date;
  category: CategoryCode;
  commodity: string;
  sector: string;
  instrument: string;
  quantity: string | null;
  unit: string | null;
  value: string;
  recurrence: RecurrenceCode;
  recurrenceYears: number | null;
  visitingSignerName: string;
  hostSignerName: string;
  replaces: string | null;
  visitingName: string;
  visitingRegency: string;
  visitingSide: string;
  hostName: string;
  hostRegency: string;
  realised: string;
}

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
        // Signed at a desk: the export reads past rows that carry both signature images.
        visitingSignature: template.visitingSignature,
        hostSignature: template.hostSignature,
        category: (["SELL", "BUY", "INVEST"] as const)[i % 3],
        value: BigInt(1_000_000 + i),
        signedAt: new Date(template.signedAt!.getTime() + (done + i) * 1000),
      }),
    ),
  });
}
// As a ledger is after the day: vacuumed (hint bits set, visibility map written), so no variant pays for that first.
await db.$executeRaw`VACUUM ANALYZE`;
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
console.log(`memory growth: ${VARIANTS.map((v) => `${v} ${growth(by[v])} MB`).join(", ")}`);
const cappedText = (o: Outcome | null) => (o ? `done in ${o.ms} ms, peak RSS ${o.peak_rss_mb} MB` : "ran out of memory");
for (const v of VARIANTS) console.log(`heap capped at ${HEAP_MB} MB, ${v.padEnd(14)} ${cappedText(capped[v])}`);
const cappedPeak = (o: Outcome | null) => o?.peak_rss_mb ?? "out of memory";
console.log(
  JSON.stringify({
    bench: "export",
    rows,
    csv_ms: by.csv.ms,
    csv_peak_rss_mb: by.csv.peak_rss_mb,
    csv_growth_mb: growth(by.csv),
    xlsx_ms: by.xlsx.ms,
    xlsx_peak_rss_mb: by.xlsx.peak_rss_mb,
    xlsx_growth_mb: growth(by.xlsx),
    baseline_csv_ms: by["baseline-csv"].ms,
    baseline_csv_peak_rss_mb: by["baseline-csv"].peak_rss_mb,
    baseline_xlsx_ms: by["baseline-xlsx"].ms,
    baseline_xlsx_peak_rss_mb: by["baseline-xlsx"].peak_rss_mb,
    heap_cap_mb: HEAP_MB,
    capped_csv_peak_rss_mb: cappedPeak(capped.csv),
    capped_xlsx_peak_rss_mb: cappedPeak(capped.xlsx),
    capped_baseline_csv_peak_rss_mb: cappedPeak(capped["baseline-csv"]),
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
  if (which === "baseline-csv") {
    // Pages of 5,000 typed rows by keyset, each row made cells here and written by Papa Parse.
    const encoder = new TextEncoder();
    const words = wordsOf("id");
    let after: { signedAt: Date; id: string } | null = null;
    for (;;) {
      const page: BaselineRow[] = await db.$queryRaw<BaselineRow[]>`
        SELECT c.id, c."verificationCode", c."signedAt", c.category::text AS category, c.commodity, c.sector, c.instrument::text AS instrument,
          trim_scale(c.quantity)::text AS quantity, c.unit, c.value::text AS value, c.recurrence::text AS recurrence, c."recurrenceYears", c."visitingSignerName", c."hostSignerName",
          r."verificationCode" AS replaces, v.name AS "visitingName", v.regency AS "visitingRegency", s."shortName" AS "visitingSide",
          h.name AS "hostName", h.regency AS "hostRegency",
          (SELECT coalesce(sum(x.amount), 0) FROM "Realisation" x WHERE x."commitmentId" = c.id)::text AS realised
        FROM "Commitment" c JOIN "Business" v ON v.id = c."visitingBusinessId" JOIN "EventSide" s ON s.id = v."sideId"
          JOIN "Business" h ON h.id = c."hostBusinessId" LEFT JOIN "Commitment" r ON r.id = c."replacesId"
        WHERE c."eventId" = ${event.id} AND c.status = 'SIGNED'
          AND (${after?.signedAt ?? null}::timestamptz IS NULL OR (c."signedAt", c.id) > (${after?.signedAt ?? null}::timestamptz, ${after?.id ?? ""}))
        ORDER BY c."signedAt", c.id LIMIT 5000`;
      const cells = page.map((c) => [
        c.verificationCode,
        `${localIsoDateTime(c.signedAt, event.timeZone).replace("T", " ")} ${zoneLabel(event.timeZone)}`,
        categoryLabel(c.category, c.visitingSide, "id"),
        c.visitingName,
        c.visitingRegency,
        c.hostName,
        c.hostRegency,
        c.commodity,
        c.sector,
        words(`instruments.${c.instrument as "LOI"}`),
        c.quantity,
        c.unit,
        BigInt(c.value).toString(),
        periodPhrase((key, values) => words(`recurrences.${key}`, values), c.recurrence, c.recurrenceYears),
        BigInt(c.realised).toString(),
        c.visitingSignerName,
        c.hostSignerName,
        c.replaces,
      ]);
      bytes += encoder.encode(`${Papa.unparse(cells, { escapeFormulae: FORMULA })}\r\n`).byteLength;
      if (page.length < 5000) break;
      after = page.at(-1)!;
    }
  } else if (which === "baseline-xlsx") {
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
