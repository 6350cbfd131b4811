// npm run bench:desk — the registration desk at the size of a big mission: importing a 10,000-row
// spreadsheet (target: well under 10 s; baseline: the same rows through createMany) and search-as-you-type with typos over those 10,000 businesses
// (target: p95 under 10 ms, issue 19), against a baseline run side by side: a plain ILIKE on the name, which finds
// no misspelt name at all. Options: BUSINESSES (default 10000), QUERIES (default 300). Uses a fresh
// "<db>_bench" database next to DATABASE_URL, or an in-memory embedded database.
import { performance } from "node:perf_hooks";
import { businessRow, commitImport, previewImport } from "../../lib/businesses/import";
import { searchBusinesses } from "../../lib/businesses/queries";
import { DEMO_SLUG, PRACTICE_SLUG } from "../../lib/demo/demo-event";
import { seededRandom } from "../../lib/random";
import { benchDatabase, measure } from "./lib";

const count = Number(process.env.BUSINESSES ?? 10_000);
const queries = Number(process.env.QUERIES ?? 300);
const { db, target, close } = await benchDatabase();
const event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG }, include: { sides: true } });
await db.eventSide.updateMany({ where: { eventId: event.id }, data: { quota: count * 2 } });
const kaltim = event.sides.find((s) => s.code === "KALTIM")!;

// Deterministic names like real ones: a trade word, a brand made of syllables (thousands of them, as
// on a real list) and a place: "Kopi Larasati Samarinda".
const rand = seededRandom(42).below;
const A = [
  "Batik",
  "Kopi",
  "Amplang",
  "Kerupuk",
  "Ikan",
  "Madu",
  "Tenun",
  "Keripik",
  "Sambal",
  "Rotan",
  "Lada",
  "Kelapa",
  "Udang",
  "Sarung",
  "Dodol",
  "Gula",
  "Teh",
  "Kayu",
  "Manik",
  "Bawang",
];
const SYLLABLES = [
  "sa",
  "ri",
  "ma",
  "ku",
  "la",
  "ta",
  "wa",
  "ng",
  "sek",
  "ar",
  "in",
  "da",
  "pu",
  "ra",
  "ti",
  "no",
  "ba",
  "gu",
  "je",
  "lo",
  "me",
  "si",
  "ha",
  "yu",
  "ke",
  "na",
  "bu",
  "di",
  "ro",
  "te",
];
const C = ["Balikpapan", "Samarinda", "Bontang", "Tenggarong", "Sangatta", "Berau", "Paser", "Penajam", "Kutai", "Sendawar"];
const brand = () => {
  const word = Array.from({ length: 3 + rand(2) }, () => SYLLABLES[rand(SYLLABLES.length)]).join("");
  return word[0].toUpperCase() + word.slice(1);
};
const used = new Set<string>();
const names: string[] = [];
const brands: string[] = [];
while (names.length < count) {
  const b = brand();
  const words = `${A[rand(A.length)]} ${b} ${C[rand(C.length)]}`;
  if (used.has(words)) continue;
  used.add(words);
  brands.push(b);
  names.push(`${["CV ", "UD ", "PT ", ""][names.length % 4]}${words}`);
}
const header = "Nama Usaha;Nama Perwakilan;No HP;NIB;Sektor;Kabupaten/Kota";
const lines = names.map(
  (name, i) =>
    `${name};Perwakilan ${i + 1};0821${String(10_000_000 + i)};${String(6_400_000_000_000 + i)};${event.sectors[i % event.sectors.length]};${kaltim.regencies[i % kaltim.regencies.length]}`,
);
const file = { name: "peserta-10k.csv", bytes: new TextEncoder().encode(`${header}\n${lines.join("\n")}\n`) };

let start = performance.now();
const preview = await previewImport({ eventId: event.id, sideCode: "KALTIM", file });
const previewMs = performance.now() - start;
if (!preview.ok || preview.data.valid !== count) throw new Error(`preview: ${JSON.stringify(preview).slice(0, 300)}`);
start = performance.now();
const committed = await commitImport({ eventId: event.id, sideCode: "KALTIM", file }, { id: null, userAgent: "bench" });
const importMs = performance.now() - start;
if (!committed.ok) throw new Error(JSON.stringify(committed));

// Baseline for the insert: the same rows through Prisma's createMany (one parameter per cell), into
// the Balikpapan mission so that nothing collides.
const demo = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { sides: true } });
const demoKaltim = demo.sides.find((side) => side.code === "KALTIM")!;
const rowsForBaseline = names.map((name, i) =>
  businessRow(
    {
      name,
      representative: `Perwakilan ${i + 1}`,
      phone: `+62821${String(20_000_000 + i)}`,
      nib: String(6_500_000_000_000 + i),
      sector: demo.sectors[0],
      regency: "",
      legalForm: null,
      scale: null,
      email: null,
      products: null,
    },
    demo.id,
    demoKaltim.id,
    "PRE_REGISTERED",
  ),
);
start = performance.now();
await db.$transaction(
  async (tx) => {
    for (let i = 0; i < rowsForBaseline.length; i += 1000) await tx.business.createMany({ data: rowsForBaseline.slice(i, i + 1000) });
  },
  { timeout: 120_000 },
);
const createManyMs = performance.now() - start;

// Queries as typed at a desk: part of the name, one letter dropped, no PT/CV.
const typo = (word: string) => {
  const at = 1 + rand(word.length - 2);
  return word.slice(0, at) + word.slice(at + 1);
};
const targets = Array.from({ length: queries }, () => rand(count));
// What a desk types: the trade word and the brand, the brand misspelt by one letter.
const typed = targets.map((i) => `${names[i].replace(/^(CV|UD|PT) /, "").split(" ")[0]} ${typo(brands[i])}`.toLowerCase());

// "Found" means the business the query was typed for is among the 8 results the desk sees.
const trigram = await measure(typed.length, async (i) => (await searchBusinesses(event.id, typed[i])).some((b) => b.name === names[targets[i]]), 5);
const baseline = await measure(
  typed.length,
  async (i) => {
    const rows = await db.$queryRaw<{ name: string }[]>`SELECT name FROM "Business" WHERE "eventId" = ${event.id} AND name ILIKE ${`%${typed[i]}%`} LIMIT 8`;
    return rows.some((r) => r.name === names[targets[i]]);
  },
  5,
);

const ms = (n: number) => +n.toFixed(2);
console.log(`database: ${target.kind}, businesses: ${count}, queries: ${queries}`);
console.log(`import preview ${ms(previewMs)} ms, import commit ${ms(importMs)} ms (target: well under 10 000 ms)`);
console.log(`baseline insert (createMany, same rows) ${ms(createManyMs)} ms: ${(createManyMs / importMs).toFixed(1)}x the import commit`);
console.log(`search (trigram, typo-tolerant)  p50 ${ms(trigram.p50)} ms  p95 ${ms(trigram.p95)} ms  found ${(trigram.hitRate * 100).toFixed(0)}%`);
console.log(`baseline (ILIKE on the name)     p50 ${ms(baseline.p50)} ms  p95 ${ms(baseline.p95)} ms  found ${(baseline.hitRate * 100).toFixed(0)}%`);
await close();
console.log(
  JSON.stringify({
    bench: "desk",
    database: target.kind,
    businesses: count,
    import_preview_ms: ms(previewMs),
    import_commit_ms: ms(importMs),
    baseline_create_many_ms: ms(createManyMs),
    search_p50_ms: ms(trigram.p50),
    search_p95_ms: ms(trigram.p95),
    search_found_rate: +trigram.hitRate.toFixed(3),
    baseline_p50_ms: ms(baseline.p50),
    baseline_p95_ms: ms(baseline.p95),
    baseline_found_rate: +baseline.hitRate.toFixed(3),
  }),
);
