// The demo mission: Jawa Timur's trade mission to Balikpapan, Kalimantan Timur, on 8 May 2025.
// The businesses, people, phone numbers and NIBs are invented; the places, agencies, commodities and
// the figures are the published ones: Rp1.053.146.943.500 in all, announced as Jatim menjual
// Rp598,953 miliar, Jatim membeli Rp230,099 miliar and Jatim berinvestasi Rp224,094 miliar (together
// Rp1.053.146 juta: each rounded to the million), Rp834.496.700.000 "sampai dengan siang", against a
// target of Rp650 miliar set from the business matching.
// Everything is generated from a fixed seed, so every run yields the same event. Every signed
// commitment comes from a meeting of the business matching, held at a table in a round before it.

import { likeness } from "@/lib/matching/likeness";
import { rankPairs, type LineMatch, type MatchedLine } from "@/lib/matching/rank";
import { roundTimes, type RoundTime } from "@/lib/matching/round-times";
import { planSchedule, type PlanMeeting } from "@/lib/matching/schedule-plan";
import { seededRandom } from "@/lib/random";

export const DEMO_SLUG = "jatim-kaltim-2025";
export const DEMO_TOTAL = 1_053_146_943_500n;
/** Each within the million announced (598.953, 230.099 and 224.094 juta), together the exact total. */
export const DEMO_CATEGORY_TOTALS = {
  SELL: 598_953_400_000n,
  BUY: 230_099_300_000n,
  INVEST: 224_094_243_500n,
} as const;
/** What had been signed by 12.00 WITA, announced at midday: Rp834.496.700.000 in all. */
export const DEMO_MIDDAY = { at: new Date("2025-05-08T12:00:00+08:00"), total: 834_496_700_000n } as const;
const MIDDAY_BY_CATEGORY = { SELL: 500_400_000_000n, BUY: 190_096_700_000n, INVEST: 144_000_000_000n } as const;
/** The deal announced per year: fish feed from a Surabaya feed maker to a Kaltim fish farm. */
export const DEMO_YEARLY_DEAL = { value: 124_000_000_000n, commodity: "Pakan ikan", years: 3 } as const;

type Category = keyof typeof DEMO_CATEGORY_TOTALS;
type LegalForm = "PT" | "CV" | "UD" | "KOPERASI" | "PERORANGAN";
type Scale = "MIKRO" | "KECIL" | "MENENGAH" | "BESAR";
type Instrument = "LOI" | "MOU" | "CONTRACT";
type SideCode = "JATIM" | "KALTIM";

export const DEMO_EVENT = {
  slug: DEMO_SLUG,
  name: "Misi Dagang Jawa Timur – Kalimantan Timur",
  venue: "Swiss-Belhotel Balikpapan",
  city: "Balikpapan",
  startsAt: new Date("2025-05-08T08:00:00+08:00"),
  endsAt: new Date("2025-05-08T17:00:00+08:00"),
  timeZone: "Asia/Makassar",
  targetAmount: 650_000_000_000n,
  valueCeiling: 100_000_000_000n,
  status: "CLOSED" as const,
  sectors: ["Fesyen", "Kuliner", "Perikanan", "Pertanian dan Perkebunan", "Kriya", "Industri Pengolahan", "Perdagangan Umum", "Jasa dan Logistik"],
};

export const DEMO_SIDES = [
  {
    role: "VISITING" as const,
    code: "JATIM" as const,
    shortName: "Jatim",
    province: "Jawa Timur",
    quota: 72,
    regencies: [
      "Kota Surabaya",
      "Kabupaten Sidoarjo",
      "Kabupaten Gresik",
      "Kota Malang",
      "Kabupaten Malang",
      "Kota Batu",
      "Kabupaten Pasuruan",
      "Kabupaten Mojokerto",
      "Kabupaten Lamongan",
      "Kabupaten Tuban",
      "Kabupaten Banyuwangi",
      "Kabupaten Jember",
      "Kota Kediri",
      "Kabupaten Probolinggo",
    ],
  },
  {
    role: "HOST" as const,
    code: "KALTIM" as const,
    shortName: "Kaltim",
    province: "Kalimantan Timur",
    quota: 100,
    regencies: [
      "Kota Balikpapan",
      "Kota Samarinda",
      "Kota Bontang",
      "Kabupaten Kutai Kartanegara",
      "Kabupaten Kutai Timur",
      "Kabupaten Kutai Barat",
      "Kabupaten Berau",
      "Kabupaten Paser",
      "Kabupaten Penajam Paser Utara",
      "Kabupaten Mahakam Ulu",
    ],
  },
];

/**
 * An empty mission with the same two provinces, open (LIVE) for rehearsing every desk (importing the
 * lists, walk-ins, badges, check-in, signing) before the day; the Balikpapan mission is full and closed.
 */
export const PRACTICE_SLUG = "latihan-meja";
export const PRACTICE_EVENT = {
  slug: PRACTICE_SLUG,
  name: "Latihan Meja Registrasi Jatim – Kaltim",
  venue: "Kantor Disperindag Jawa Timur",
  city: "Surabaya",
  startsAt: new Date("2026-12-10T08:00:00+07:00"),
  endsAt: new Date("2026-12-10T16:00:00+07:00"),
  timeZone: "Asia/Jakarta",
  status: "LIVE" as const,
  // As a new mission gets it: one commitment above 1 triliun is asked to be confirmed.
  valueCeiling: 1_000_000_000_000n,
  sectors: DEMO_EVENT.sectors,
};

const SECTOR_WORDS: Record<string, { words: string[]; commodities: string[]; units: string[] }> = {
  Fesyen: {
    words: ["Batik", "Tenun", "Busana", "Konveksi", "Bordir"],
    commodities: ["Kain batik tulis", "Busana muslim", "Seragam kerja", "Sarung tenun", "Kain tenun ulap doyo"],
    units: ["potong", "lembar", "kodi"],
  },
  Kuliner: {
    words: ["Dapur", "Kue", "Sambal", "Keripik", "Kopi"],
    commodities: ["Keripik tempe", "Sambal kemasan", "Kopi bubuk", "Amplang", "Kue kering"],
    units: ["karton", "kg", "pak"],
  },
  Perikanan: {
    words: ["Mina", "Bahari", "Samudra", "Tambak", "Nelayan"],
    commodities: ["Udang vaname", "Ikan bandeng", "Kepiting bakau", "Rumput laut kering", "Ikan tuna beku"],
    units: ["ton", "kg"],
  },
  "Pertanian dan Perkebunan": {
    words: ["Tani", "Agro", "Kebun", "Palawija", "Hortikultura"],
    commodities: ["Beras premium", "Bawang merah", "Jagung pipil", "Gula kristal", "Kelapa sawit"],
    units: ["ton", "kg"],
  },
  Kriya: {
    words: ["Kriya", "Anyaman", "Ukir", "Gerabah", "Rotan"],
    commodities: ["Kerajinan rotan", "Anyaman manik", "Mebel kayu", "Gerabah hias", "Suvenir"],
    units: ["unit", "set"],
  },
  "Industri Pengolahan": {
    words: ["Industri", "Pangan", "Olahan", "Pabrik", "Karya"],
    commodities: ["Minyak goreng", "Pupuk organik", "Pakan ternak", "Semen curah", "Air minum kemasan"],
    units: ["ton", "liter", "karton"],
  },
  "Perdagangan Umum": {
    words: ["Niaga", "Dagang", "Grosir", "Sentosa", "Makmur"],
    commodities: ["Bahan pokok", "Sayur dan buah", "Telur ayam", "Daging sapi beku", "Alat tulis kantor"],
    units: ["ton", "kg", "karton"],
  },
  "Jasa dan Logistik": {
    words: ["Ekspedisi", "Logistik", "Armada", "Kargo", "Lintas"],
    commodities: ["Jasa angkutan laut", "Jasa pergudangan", "Jasa distribusi", "Sewa kontainer", "Jasa konstruksi"],
    units: ["paket", "kontainer", "bulan"],
  },
};

const NAME_WORDS = [
  "Sekar Arum",
  "Kencana",
  "Lestari",
  "Jaya Abadi",
  "Sumber Rejeki",
  "Mitra Usaha",
  "Berkah",
  "Sinar Mulia",
  "Cahaya Timur",
  "Mandiri",
  "Sejahtera",
  "Putra Bangsa",
  "Nusantara",
  "Harapan Baru",
  "Tunas Muda",
  "Karya Utama",
  "Bumi Etam",
  "Mahakam",
  "Borneo",
  "Segara",
  "Arjuna",
  "Bengawan",
  "Brantas",
  "Majapahit",
  "Sriwijaya",
  "Wijaya Kusuma",
  "Anugerah",
  "Citra",
  "Rahayu",
  "Samudera Biru",
];

const PEOPLE = {
  JATIM: {
    first: [
      "Agus",
      "Siti",
      "Budi",
      "Dewi",
      "Rini",
      "Hendra",
      "Wahyu",
      "Nur",
      "Eko",
      "Sri",
      "Yuli",
      "Bambang",
      "Ratna",
      "Fajar",
      "Lilis",
      "Arif",
      "Dian",
      "Rudi",
      "Endah",
      "Joko",
    ],
    last: [
      "Santoso",
      "Wibowo",
      "Prasetyo",
      "Rahayu",
      "Kurniawan",
      "Susanti",
      "Hidayat",
      "Lestari",
      "Setiawan",
      "Wulandari",
      "Purnomo",
      "Handayani",
      "Saputra",
      "Maulana",
      "Hartono",
    ],
  },
  KALTIM: {
    first: [
      "Muhammad",
      "Aminah",
      "Rahmat",
      "Hairani",
      "Syahrul",
      "Noor",
      "Fitri",
      "Andi",
      "Rusdi",
      "Mahdi",
      "Nurul",
      "Ridwan",
      "Hasanah",
      "Gazali",
      "Yusran",
      "Saleha",
      "Irwan",
      "Rina",
      "Zainal",
      "Jumiati",
    ],
    last: [
      "Syahrani",
      "Rahman",
      "Gazali",
      "Sulaiman",
      "Hidayatullah",
      "Noor",
      "Ramadhan",
      "Hamzah",
      "Aziz",
      "Basri",
      "Effendi",
      "Salim",
      "Mappanyompa",
      "Daeng",
      "Arsyad",
    ],
  },
};

export interface DemoBusiness {
  side: SideCode;
  name: string;
  legalForm: LegalForm;
  representative: string;
  sector: string;
  scale: Scale;
  regency: string;
  nib: string | null;
  phone: string;
  email: string | null;
  products: string;
  source: "PRE_REGISTERED" | "WALK_IN";
  checkedInAt: Date | null;
  checkedInDesk: string | null;
}

export interface DemoCommitment {
  visiting: string; // business names
  host: string;
  category: Category;
  commodity: string;
  sector: string;
  quantity: string | null;
  unit: string | null;
  value: bigint;
  /** A deal announced per period has one period's value ("Rp124 miliar per tahun"). */
  recurrence: "ONE_OFF" | "MONTHLY" | "YEARLY";
  recurrenceYears: number | null;
  instrument: Instrument;
  status: "SIGNED" | "DRAFT" | "VOID";
  signedAt: Date | null;
  voidReason: string | null;
  /** Index into the list of the commitment this one replaces. */
  replaces: number | null;
  /** Index into the meetings of the one the deal was made at. */
  meeting: number;
}

/** A line of what a business offered or needed at the business matching. */
export interface DemoLine {
  /** Its own, in the order made: the matching breaks ties between equal lines by it. */
  id: string;
  business: string;
  kind: "OFFER" | "NEED" | "INVEST";
  commodity: string;
  sector: string;
  unit: string | null;
  estimatedValue: bigint | null;
}

export interface DemoMeeting {
  visiting: string;
  host: string;
  category: Category;
  /** The ids of the two lines that matched (DemoLine.id). */
  visitingLine: string;
  hostLine: string;
  commodity: string;
  sector: string;
  potential: bigint;
  mustMeet: boolean;
  status: "HELD" | "NO_SHOW";
  round: number;
  table: number;
  requestedBy: "HOST" | null;
  outcome: "NO_FURTHER_CONTACT" | "IN_NEGOTIATION" | "AGREEMENT_REACHED" | null;
}

/** The business matching's rounds on the day: from 08.30, 20 minutes each, 5 apart, none over lunch. */
export const DEMO_ROUND_PLAN = { date: "2025-05-08", start: "08.30", minutes: 20, gap: 5, rounds: 17, breaks: "12.00-13.00" };
export const DEMO_TABLES = 12;

const at = (hhmm: string) => new Date(`2025-05-08T${hhmm}:00+08:00`);
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function makeBusinesses(): DemoBusiness[] {
  const rng = seededRandom(20250508);
  const used = new Set<string>();
  const businesses: DemoBusiness[] = [];
  for (const side of DEMO_SIDES) {
    for (let i = 0; i < side.quota; i++) {
      const sector = DEMO_EVENT.sectors[i % DEMO_EVENT.sectors.length];
      const legalForm = rng.pick<LegalForm>(["PT", "CV", "CV", "UD", "UD", "KOPERASI", "PERORANGAN"]);
      let base: string;
      do base = `${rng.pick(SECTOR_WORDS[sector].words)} ${rng.pick(NAME_WORDS)}`;
      while (used.has(base));
      used.add(base);
      const name = legalForm === "PERORANGAN" ? base : legalForm === "KOPERASI" ? `Koperasi ${base}` : `${legalForm} ${base}`;
      const people = PEOPLE[side.code];
      const walkIn = side.code === "KALTIM" && i % 17 === 16;
      const present = i % 13 !== 5; // a few registered businesses never came
      businesses.push({
        side: side.code,
        name,
        legalForm,
        representative: `${rng.pick(people.first)} ${rng.pick(people.last)}`,
        sector,
        scale: legalForm === "PT" ? rng.pick<Scale>(["MENENGAH", "BESAR"]) : rng.pick<Scale>(["MIKRO", "KECIL", "KECIL", "MENENGAH"]),
        regency: rng.pick(side.regencies),
        nib: walkIn || rng.next() < 0.1 ? null : String(rng.int(1, 9)) + Array.from({ length: 12 }, () => rng.int(0, 9)).join(""),
        phone: `+628${rng.pick(["11", "12", "13", "21", "52", "53", "57", "77", "95"])}${Array.from({ length: 8 }, () => rng.int(0, 9)).join("")}`,
        email: rng.next() < 0.6 ? `${base.toLowerCase().replace(/[^a-z]+/g, ".")}@contoh.id` : null,
        products: SECTOR_WORDS[sector].commodities.slice(0, 3).join(", "),
        source: walkIn ? "WALK_IN" : "PRE_REGISTERED",
        checkedInAt: walkIn || present ? at(clock(7 * 60 + 45 + rng.int(0, 100))) : null,
        checkedInDesk: walkIn || present ? `Meja ${rng.int(1, 4)}` : null,
      });
    }
  }
  // The two parties of the yearly fish-feed deal, as the releases describe them.
  const feedMaker = businesses.find((b) => b.side === "JATIM" && b.sector === "Perikanan" && b.checkedInAt)!;
  Object.assign(feedMaker, { name: "PT Pakan Mina Surabaya", legalForm: "PT", scale: "BESAR", regency: "Kota Surabaya", products: "Pakan ikan, pakan udang" });
  const fishFarm = businesses.find((b) => b.side === "KALTIM" && b.sector === "Perikanan" && b.checkedInAt)!;
  Object.assign(fishFarm, { name: "CV Budidaya Ikan Mahakam", legalForm: "CV", regency: "Kabupaten Kutai Kartanegara", products: "Ikan nila, ikan patin" });
  return businesses;
}

/** Splits an exact amount into `count` plausible values that add up to it to the rupiah. */
function split(total: bigint, count: number, rng: ReturnType<typeof seededRandom>): bigint[] {
  const weights = Array.from({ length: count }, () => Math.round(Math.exp(rng.next() * 4) * 1000));
  const sum = BigInt(weights.reduce((a, b) => a + b, 0));
  const step = 500_000n;
  const values = weights.slice(0, -1).map((w) => ((total * BigInt(w)) / sum / step) * step);
  values.push(total - values.reduce((a, b) => a + b, 0n));
  return values;
}

/** The commodities the releases name, with the sector each belongs to, by what Jatim did with them. */
const PUBLISHED_GOODS: Record<Category, { commodity: string; sector: string; units: string[] }[]> = {
  SELL: [
    { commodity: "Pakan ikan", sector: "Perikanan", units: ["ton"] },
    { commodity: "Makanan dan minuman", sector: "Kuliner", units: ["karton"] },
    { commodity: "Fesyen", sector: "Fesyen", units: ["potong", "kodi"] },
    { commodity: "Telur ayam", sector: "Perdagangan Umum", units: ["ton", "peti"] },
    { commodity: "Sapi", sector: "Pertanian dan Perkebunan", units: ["ekor"] },
    { commodity: "Karkas ayam", sector: "Pertanian dan Perkebunan", units: ["ton"] },
    { commodity: "Olahan perikanan", sector: "Perikanan", units: ["ton", "karton"] },
    { commodity: "Rokok", sector: "Industri Pengolahan", units: ["bal", "karton"] },
    { commodity: "Bahan baku resto", sector: "Kuliner", units: ["paket", "ton"] },
    { commodity: "Mesin las dan suku cadang", sector: "Industri Pengolahan", units: ["unit", "set"] },
  ],
  BUY: [
    { commodity: "Batu bara", sector: "Perdagangan Umum", units: ["ton"] },
    { commodity: "Olahan perikanan", sector: "Perikanan", units: ["ton"] },
    { commodity: "Makanan dan minuman", sector: "Kuliner", units: ["karton"] },
  ],
  INVEST: [
    { commodity: "Investasi CPO", sector: "Pertanian dan Perkebunan", units: [] },
    { commodity: "Investasi wood pellet", sector: "Industri Pengolahan", units: [] },
  ],
};

/** A deal of the day before its signing time is known: the schedule of its meeting decides that. */
type Deal = Omit<DemoCommitment, "signedAt" | "meeting"> & { morning: boolean };

/**
 * The day's deals: for each category its morning part (signed before 12.00 WITA, together the
 * midday figure) and its afternoon part, each split into plausible values, in an order of their own.
 * The two parties of the yearly fish-feed deal sign nothing else.
 */
function makeDeals(businesses: DemoBusiness[]): Deal[] {
  const rng = seededRandom(1053146943);
  const yearlyParties = new Set(["PT Pakan Mina Surabaya", "CV Budidaya Ikan Mahakam"]);
  const jatim = businesses.filter((b) => b.side === "JATIM" && b.checkedInAt && !yearlyParties.has(b.name));
  const kaltim = businesses.filter((b) => b.side === "KALTIM" && b.checkedInAt && !yearlyParties.has(b.name));
  const instruments: Record<Category, Instrument[]> = { SELL: ["CONTRACT", "CONTRACT", "MOU", "LOI"], BUY: ["CONTRACT", "MOU", "LOI"], INVEST: ["MOU", "LOI"] };
  const counts: Record<Category, [morning: number, afternoon: number]> = { SELL: [24, 10], BUY: [14, 6], INVEST: [5, 2] };
  // A business of the commodity's sector, if that side has one present.
  const ofSector = (list: DemoBusiness[], sector: string) => {
    const same = list.filter((b) => b.sector === sector);
    return rng.pick(same.length > 0 ? same : list);
  };
  const shuffled = <T>(items: T[]) =>
    items
      .map((item) => ({ item, key: rng.next() }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.item);
  // Each category's commodities in turn, so every one the releases name is there.
  const turn: Record<Category, number> = { SELL: 0, BUY: 0, INVEST: 0 };
  const make = (category: Category, value: bigint, morning: boolean): Deal => {
    const goods = PUBLISHED_GOODS[category][turn[category]++ % PUBLISHED_GOODS[category].length];
    const visiting = ofSector(jatim, goods.sector);
    const host = ofSector(kaltim, goods.sector);
    const quantity = goods.units.length === 0 || rng.next() < 0.3 ? null : String(rng.int(1, 400) * 5);
    return {
      visiting: visiting.name,
      host: host.name,
      category,
      commodity: goods.commodity,
      sector: goods.sector,
      quantity,
      unit: quantity ? rng.pick(goods.units) : null,
      value,
      recurrence: "ONE_OFF",
      recurrenceYears: null,
      instrument: rng.pick(instruments[category]),
      status: "SIGNED",
      voidReason: null,
      replaces: null,
      morning,
    };
  };

  // The yearly fish-feed deal, then the rest of the morning and the afternoon.
  const morning: [Category, bigint][] = [["SELL", DEMO_YEARLY_DEAL.value]];
  const afternoon: [Category, bigint][] = [];
  for (const category of CATEGORY_ORDER) {
    const [inMorning, inAfternoon] = counts[category];
    const morningTotal = MIDDAY_BY_CATEGORY[category] - (category === "SELL" ? DEMO_YEARLY_DEAL.value : 0n);
    for (const value of split(morningTotal, category === "SELL" ? inMorning - 1 : inMorning, rng)) morning.push([category, value]);
    for (const value of split(DEMO_CATEGORY_TOTALS[category] - MIDDAY_BY_CATEGORY[category], inAfternoon, rng)) afternoon.push([category, value]);
  }
  const deals = [...shuffled(morning).map(([c, v]) => make(c, v, true)), ...shuffled(afternoon).map(([c, v]) => make(c, v, false))];
  const yearly = deals.findIndex((c) => c.value === DEMO_YEARLY_DEAL.value);
  deals[yearly] = {
    ...deals[yearly],
    visiting: "PT Pakan Mina Surabaya",
    host: "CV Budidaya Ikan Mahakam",
    commodity: DEMO_YEARLY_DEAL.commodity,
    sector: "Perikanan",
    quantity: "12000",
    unit: "ton",
    instrument: "CONTRACT",
    recurrence: "YEARLY",
    recurrenceYears: DEMO_YEARLY_DEAL.years,
  };
  return deals;
}

/** What a line of each kind is, for the visiting side's category: its offer sells, its need buys, its investment invests. */
const LINE_KIND: Record<Category, DemoLine["kind"]> = { SELL: "OFFER", BUY: "NEED", INVEST: "INVEST" };
const ANSWER: Record<DemoLine["kind"], DemoLine["kind"]> = { OFFER: "NEED", NEED: "OFFER", INVEST: "INVEST" };
const roundDown = (value: bigint, step: bigint) => (value / step) * step;

/**
 * The business matching that led to the day's deals: what each business offered and needed, the
 * pairs accepted (every deal's pair, some that met without a deal, some where one side never came),
 * their tables and rounds (placed by the app's own scheduler), and each deal's signing time a few
 * minutes after its meeting. The accepted pairs' potentials add up to the target, Rp650 miliar.
 */
function makeMatching(businesses: DemoBusiness[], deals: Deal[]) {
  const rng = seededRandom(650_000_000);
  const byName = new Map(businesses.map((b) => [b.name, b]));

  // The pairs: every deal's, in the order of their first deal; then some that met without a deal, and some no-shows.
  const pairs: {
    visiting: string;
    host: string;
    deals: number[];
    morning: boolean;
    status: "HELD" | "NO_SHOW";
    commodity: string;
    sector: string;
    category: Category;
  }[] = [];
  const pairOf = new Map<string, number>();
  deals.forEach((deal, i) => {
    const key = `${deal.visiting}|${deal.host}`;
    if (!pairOf.has(key)) {
      pairOf.set(key, pairs.length);
      pairs.push({
        visiting: deal.visiting,
        host: deal.host,
        deals: [],
        morning: false,
        status: "HELD",
        commodity: deal.commodity,
        sector: deal.sector,
        category: deal.category,
      });
    }
    const pair = pairs[pairOf.get(key)!];
    pair.deals.push(i);
    pair.morning ||= deal.morning;
  });
  const yearlyParties = new Set(["PT Pakan Mina Surabaya", "CV Budidaya Ikan Mahakam"]);
  const extra = (status: "HELD" | "NO_SHOW", visiting: DemoBusiness, host: DemoBusiness) => {
    const key = `${visiting.name}|${host.name}`;
    if (pairOf.has(key) || yearlyParties.has(visiting.name) || yearlyParties.has(host.name)) return;
    const commodity = SECTOR_WORDS[visiting.sector].commodities[rng.int(0, 4)];
    pairOf.set(key, pairs.length);
    pairs.push({ visiting: visiting.name, host: host.name, deals: [], morning: false, status, commodity, sector: visiting.sector, category: "SELL" });
  };
  const jatim = businesses.filter((b) => b.side === "JATIM");
  const kaltim = businesses.filter((b) => b.side === "KALTIM");
  const sameSector = (list: DemoBusiness[], sector: string, present: boolean) => list.filter((b) => b.sector === sector && !!b.checkedInAt === present);
  // No-shows: an accepted pair where one business never came.
  for (const absent of businesses.filter((b) => !b.checkedInAt).slice(0, 8)) {
    const partners = sameSector(absent.side === "JATIM" ? kaltim : jatim, absent.sector, true);
    const partner = partners[rng.int(0, partners.length - 1)];
    if (absent.side === "JATIM") extra("NO_SHOW", absent, partner);
    else extra("NO_SHOW", partner, absent);
  }
  // Met, and no deal that day.
  for (let i = 0; i < 6; i++) {
    const visiting = jatim.filter((b) => b.checkedInAt)[7 + i * 9];
    const partners = sameSector(kaltim, visiting.sector, true);
    extra("HELD", visiting, partners[(i * 5) % partners.length]);
  }

  // The lines: each pair's, summed over its deals (estimated at three fifths of what was signed), and each business's catalogue.
  const lines: DemoLine[] = [];
  const lineOf = new Map<string, number>();
  const addLine = (business: string, kind: DemoLine["kind"], commodity: string, sector: string, unit: string | null, estimate: bigint) => {
    const key = `${business}|${kind}|${commodity}`;
    const known = lineOf.get(key);
    if (known !== undefined) {
      lines[known].estimatedValue = lines[known].estimatedValue! + estimate;
      return;
    }
    lineOf.set(key, lines.length);
    lines.push({ id: `line-${String(lines.length + 1).padStart(4, "0")}`, business, kind, commodity, sector, unit, estimatedValue: estimate });
  };
  for (const pair of pairs) {
    const kind = LINE_KIND[pair.category];
    if (pair.deals.length === 0) {
      const estimate = BigInt(rng.int(4, 60)) * 50_000_000n;
      addLine(pair.visiting, kind, pair.commodity, pair.sector, null, estimate);
      addLine(pair.host, ANSWER[kind], pair.commodity, pair.sector, null, estimate + BigInt(rng.int(0, 20)) * 50_000_000n);
    }
    for (const i of pair.deals) {
      const deal = deals[i];
      const estimate = (deal.value * 3n) / 5n;
      addLine(deal.visiting, LINE_KIND[deal.category], deal.commodity, deal.sector, deal.unit, estimate);
      addLine(deal.host, ANSWER[LINE_KIND[deal.category]], deal.commodity, deal.sector, deal.unit, estimate);
    }
  }
  for (const line of lines) line.estimatedValue = roundDown(line.estimatedValue!, 10_000_000n) || 100_000_000n;
  // Each business's catalogue: what its sector trades, offered by Jatim and wanted by Kaltim.
  for (const business of businesses) {
    if (yearlyParties.has(business.name)) continue;
    const commodity = SECTOR_WORDS[business.sector].commodities[rng.int(0, 4)];
    addLine(business.name, business.side === "JATIM" ? "OFFER" : "NEED", commodity, business.sector, null, BigInt(rng.int(2, 100)) * 50_000_000n);
  }
  addLine("PT Pakan Mina Surabaya", "OFFER", "Pakan udang", "Perikanan", "ton", 20_000_000_000n);
  addLine("CV Budidaya Ikan Mahakam", "OFFER", "Ikan nila", "Perikanan", "ton", 3_000_000_000n);

  // The suggestions as the app makes them: lines of answering kinds whose commodities match (likeness.ts).
  const suggest = () => {
    const candidates: LineMatch[] = [];
    const visitingLines = lines.filter((l) => byName.get(l.business)!.side === "JATIM");
    const hostLines = lines.filter((l) => byName.get(l.business)!.side === "KALTIM");
    const asMatched = (l: DemoLine): MatchedLine => ({
      id: l.id,
      businessId: l.business,
      kind: l.kind,
      commodity: l.commodity,
      sector: l.sector,
      estimatedValue: l.estimatedValue,
    });
    for (const v of visitingLines)
      for (const h of hostLines)
        if (h.kind === ANSWER[v.kind]) candidates.push({ visiting: asMatched(v), host: asMatched(h), similarity: likeness(v.commodity, h.commodity) });
    return new Map(rankPairs(candidates).map((s) => [`${s.visitingBusinessId}|${s.hostBusinessId}`, s]));
  };
  // The yearly pair's two lines take what the other pairs leave of the target: together exactly Rp650 miliar.
  const yearlyKey = "PT Pakan Mina Surabaya|CV Budidaya Ikan Mahakam";
  let suggested = suggest();
  const others = pairs.reduce((sum, p) => (`${p.visiting}|${p.host}` === yearlyKey ? sum : sum + suggested.get(`${p.visiting}|${p.host}`)!.potential!), 0n);
  const yearlyShare = DEMO_EVENT.targetAmount - others;
  if (yearlyShare <= 0n) throw new Error(`demo: the other pairs' potential ${others} leaves nothing of the target`);
  for (const id of [suggested.get(yearlyKey)!.visitingLine.id, suggested.get(yearlyKey)!.hostLine.id])
    lines.find((l) => l.id === id)!.estimatedValue = yearlyShare;
  suggested = suggest();

  // The schedule, by the app's scheduler: morning deals' pairs in the morning, then the afternoon's, then the rest.
  const rounds = roundTimes(DEMO_ROUND_PLAN, DEMO_EVENT.timeZone);
  if (!rounds.ok) throw new Error("demo: its rounds do not fit the day");
  const noon = at("12:00");
  const planRounds = rounds.value.map((r) => ({ id: `r${r.number}`, number: r.number, startsAt: r.startsAt }));
  const tables = Array.from({ length: DEMO_TABLES }, (_, i) => ({ id: `t${i + 1}`, number: i + 1 }));
  const placed = new Map<number, { round: number; table: number }>();
  const place = (which: number[], roundFilter: (r: RoundTime) => boolean) => {
    const fixed: PlanMeeting[] = [...placed].map(([i, p]) => ({
      id: `m${String(i).padStart(3, "0")}`,
      visitingBusinessId: pairs[i].visiting,
      hostBusinessId: pairs[i].host,
      status: "HELD",
      mustMeet: false,
      potential: null,
      placement: { roundId: `r${p.round}`, tableId: `t${p.table}` },
      published: true,
    }));
    const plan = planSchedule({
      rounds: planRounds.filter((r) => roundFilter(rounds.value[r.number - 1])),
      tables,
      meetings: [
        ...fixed,
        ...which.map((i) => ({
          id: `m${String(i).padStart(3, "0")}`,
          visitingBusinessId: pairs[i].visiting,
          hostBusinessId: pairs[i].host,
          status: "ACCEPTED" as const,
          mustMeet: mustMeet(i),
          potential: suggested.get(`${pairs[i].visiting}|${pairs[i].host}`)!.potential,
          placement: null,
          published: false,
        })),
      ],
      unavailable: new Map(),
      absent: new Set(),
      now: at("00:00"),
      movePublished: false,
    });
    if (plan.unplaced.length > 0) throw new Error(`demo: ${plan.unplaced.length} meetings found no table`);
    for (const i of which) {
      const p = plan.placements.get(`m${String(i).padStart(3, "0")}`)!;
      placed.set(i, { round: Number(p.roundId.slice(1)), table: Number(p.tableId.slice(1)) });
    }
  };
  const mustMeet = (i: number) => `${pairs[i].visiting}|${pairs[i].host}` === yearlyKey || pairs[i].category === "INVEST";
  // Spread over the half-day as the deals came: the pairs of the first deals from its first round on, the later ones from later rounds.
  const spread = (which: number[], half: RoundTime[]) => {
    const size = Math.ceil(which.length / half.length);
    for (let k = 0; k * size < which.length; k++) place(which.slice(k * size, (k + 1) * size), (r) => half.includes(r) && r.number >= half[k].number);
  };
  const indexes = pairs.map((_, i) => i);
  spread(
    indexes.filter((i) => pairs[i].morning),
    rounds.value.filter((r) => r.endsAt <= noon),
  );
  spread(
    indexes.filter((i) => !pairs[i].morning && pairs[i].deals.length > 0),
    rounds.value.filter((r) => r.startsAt >= noon),
  );
  place(
    indexes.filter((i) => pairs[i].deals.length === 0),
    () => true,
  );

  // Each deal signed a few minutes after its meeting ended, one after another when a pair signed several.
  const signedAt = new Array<Date>(deals.length);
  for (const [i, pair] of pairs.entries()) {
    const end = rounds.value[placed.get(i)!.round - 1].endsAt.getTime();
    // A pair that met in the morning and signed again after lunch signed that one in the afternoon.
    pair.deals.forEach((deal, k) => {
      const from = deals[deal].morning ? end : Math.max(end, at("13:00").getTime());
      signedAt[deal] = new Date(from + (2 + 2 * k + rng.int(0, 5)) * 60_000);
    });
  }
  if (deals.some((deal, i) => deal.morning !== signedAt[i] < noon)) throw new Error("demo: a morning deal signed after noon, or the other way round");

  const meetings: DemoMeeting[] = pairs.map((pair, i) => {
    const s = suggested.get(`${pair.visiting}|${pair.host}`)!;
    const { round, table } = placed.get(i)!;
    return {
      visiting: pair.visiting,
      host: pair.host,
      category: s.category,
      visitingLine: s.visitingLine.id,
      hostLine: s.hostLine.id,
      commodity: s.visitingLine.commodity,
      sector: s.sector,
      potential: s.potential!,
      mustMeet: mustMeet(i),
      status: pair.status,
      round,
      table,
      // Some pairs were asked for by a Kaltim business through its badge's link, and accepted.
      requestedBy: i % 7 === 3 ? "HOST" : null,
      outcome:
        pair.status !== "HELD"
          ? null
          : pair.deals.length === 0
            ? i % 2 === 0
              ? "IN_NEGOTIATION"
              : "NO_FURTHER_CONTACT"
            : i % 3 === 0
              ? "AGREEMENT_REACHED"
              : null,
    };
  });
  return { lines, meetings, rounds: rounds.value, pairOf, signedAt };
}

/** The day's commitments from its deals: signed at their times, each from its meeting, with a corrected unit slip and a draft. */
function makeCommitments(deals: Deal[], matching: ReturnType<typeof makeMatching>): DemoCommitment[] {
  const meetingOf = (deal: { visiting: string; host: string }) => matching.pairOf.get(`${deal.visiting}|${deal.host}`)!;
  const commitments: DemoCommitment[] = deals.map(({ morning, ...deal }, i) => ({ ...deal, signedAt: matching.signedAt[i], meeting: meetingOf(deal) }));
  const roundEnd = (c: DemoCommitment) => matching.rounds[matching.meetings[c.meeting].round - 1].endsAt.getTime();

  // A correction as it happens at a desk, in the morning: a unit slip signed right after the meeting,
  // voided five minutes later, and signed again at the right value.
  const corrected = commitments.findIndex(
    (c) => c.recurrence === "ONE_OFF" && c.category === "SELL" && c.value >= 1_000_000_000n && c.signedAt! >= at("09:30") && c.signedAt! < at("11:30"),
  );
  const original = commitments[corrected];
  commitments.push({
    ...original,
    value: original.value * 10n,
    status: "VOID",
    voidReason: "Salah satuan saat input: nilai dikali sepuluh. Diganti dengan komitmen yang benar.",
    signedAt: new Date(roundEnd(original) + 60_000),
  });
  commitments[corrected] = { ...original, signedAt: new Date(roundEnd(original) + 8 * 60_000), replaces: commitments.length - 1 };
  // A deal still being negotiated at closing time: never signed, never counted.
  commitments.push({
    ...commitments[1],
    category: "BUY",
    commodity: "Batu bara (dalam negosiasi)",
    value: 45_000_000_000n,
    recurrence: "ONE_OFF",
    recurrenceYears: null,
    status: "DRAFT",
    signedAt: null,
    replaces: null,
  });
  return commitments;
}

const CATEGORY_ORDER: Category[] = ["SELL", "BUY", "INVEST"];

/**
 * The parties of the day's cooperation agreements (PKS): 6 perangkat daerah, 10 BUMD and 4 asosiasi,
 * as announced. The agencies are the provinces' real ones; the BUMD and associations are invented.
 */
export const DEMO_PARTIES = [
  { province: "Jawa Timur", kind: "PERANGKAT_DAERAH", name: "Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur", acronym: "Disperindag Jatim" },
  { province: "Jawa Timur", kind: "PERANGKAT_DAERAH", name: "Dinas Kelautan dan Perikanan Provinsi Jawa Timur", acronym: "DKP Jatim" },
  {
    province: "Jawa Timur",
    kind: "PERANGKAT_DAERAH",
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Timur",
    acronym: "DPMPTSP Jatim",
  },
  {
    province: "Kalimantan Timur",
    kind: "PERANGKAT_DAERAH",
    name: "Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil dan Menengah Provinsi Kalimantan Timur",
    acronym: "Disperindagkop UKM Kaltim",
  },
  { province: "Kalimantan Timur", kind: "PERANGKAT_DAERAH", name: "Dinas Kelautan dan Perikanan Provinsi Kalimantan Timur", acronym: "DKP Kaltim" },
  {
    province: "Kalimantan Timur",
    kind: "PERANGKAT_DAERAH",
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Timur",
    acronym: "DPMPTSP Kaltim",
  },
  { province: "Jawa Timur", kind: "BUMD", name: "PT Jatim Niaga Utama (Perseroda)", acronym: "Jatim Niaga" },
  { province: "Jawa Timur", kind: "BUMD", name: "PT Jatim Pangan Sejahtera (Perseroda)", acronym: "Jatim Pangan" },
  { province: "Jawa Timur", kind: "BUMD", name: "PT Jatim Energi Mandiri (Perseroda)", acronym: "Jatim Energi" },
  { province: "Jawa Timur", kind: "BUMD", name: "PT Jatim Logistik Nusantara (Perseroda)", acronym: "Jatim Logistik" },
  { province: "Jawa Timur", kind: "BUMD", name: "PT Jatim Agro Lestari (Perseroda)", acronym: "Jatim Agro" },
  { province: "Kalimantan Timur", kind: "BUMD", name: "PT Kaltim Niaga Etam (Perseroda)", acronym: "Kaltim Niaga" },
  { province: "Kalimantan Timur", kind: "BUMD", name: "PT Kaltim Pangan Borneo (Perseroda)", acronym: "Kaltim Pangan" },
  { province: "Kalimantan Timur", kind: "BUMD", name: "PT Kaltim Energi Mahakam (Perseroda)", acronym: "Kaltim Energi" },
  { province: "Kalimantan Timur", kind: "BUMD", name: "PT Kaltim Pelabuhan Benua (Perseroda)", acronym: "Kaltim Pelabuhan" },
  { province: "Kalimantan Timur", kind: "BUMD", name: "PT Kaltim Agro Sawit (Perseroda)", acronym: "Kaltim Agro" },
  { province: "Jawa Timur", kind: "ASOSIASI", name: "Asosiasi Pengusaha Pakan Ternak dan Ikan Jawa Timur", acronym: "APPTI Jatim" },
  { province: "Jawa Timur", kind: "ASOSIASI", name: "Himpunan Pengusaha Kuliner Jawa Timur", acronym: "HPK Jatim" },
  { province: "Kalimantan Timur", kind: "ASOSIASI", name: "Asosiasi Pembudidaya Ikan Kalimantan Timur", acronym: "APIK Kaltim" },
  { province: "Kalimantan Timur", kind: "ASOSIASI", name: "Asosiasi Pengusaha Restoran dan Hotel Kalimantan Timur", acronym: "APRH Kaltim" },
] as const;

const pks = (visiting: string, host: string, title: string, scope: string, documentNumber: string) => ({
  visiting,
  host,
  title,
  scope,
  documentNumber,
  visitingSignatory: `Pimpinan ${visiting}`,
  hostSignatory: `Pimpinan ${host}`,
});

export const DEMO_AGREEMENTS = [
  pks(
    "Disperindag Jatim",
    "Disperindagkop UKM Kaltim",
    "Kerja Sama Pengembangan Perdagangan Antardaerah",
    "Pertukaran informasi pasar, fasilitasi temu usaha dan promosi produk unggulan kedua provinsi.",
    "500.2/118/110.1/2025",
  ),
  pks(
    "DKP Jatim",
    "DKP Kaltim",
    "Kerja Sama Pengembangan Usaha dan Pemasaran Hasil Perikanan",
    "Pasokan benih, teknologi budidaya dan pemasaran hasil perikanan.",
    "523/204/122.2/2025",
  ),
  pks(
    "DPMPTSP Jatim",
    "DPMPTSP Kaltim",
    "Kerja Sama Promosi dan Fasilitasi Penanaman Modal",
    "Promosi peluang investasi dan fasilitasi perizinan bagi investor kedua provinsi, termasuk di sekitar Ibu Kota Nusantara.",
    "570/59/124/2025",
  ),
  pks(
    "Jatim Niaga",
    "Kaltim Niaga",
    "Kerja Sama Perdagangan Bahan Pokok",
    "Pasokan beras, gula dan minyak goreng dari Jawa Timur ke Kalimantan Timur.",
    "PKS/JN-KN/05/2025",
  ),
  pks(
    "Jatim Pangan",
    "Kaltim Pangan",
    "Kerja Sama Pasokan Telur dan Karkas Ayam",
    "Pasokan telur ayam ras dan karkas ayam untuk stabilisasi harga.",
    "PKS/JP-KP/05/2025",
  ),
  pks(
    "Jatim Energi",
    "Kaltim Energi",
    "Kerja Sama Pasokan Batu Bara",
    "Pembelian batu bara Kalimantan Timur untuk industri di Jawa Timur.",
    "PKS/JE-KE/05/2025",
  ),
  pks(
    "Jatim Logistik",
    "Kaltim Pelabuhan",
    "Kerja Sama Angkutan Laut Antarpulau",
    "Jadwal kapal dan pergudangan antara Tanjung Perak dan Kariangau.",
    "PKS/JL-KPB/05/2025",
  ),
  pks(
    "Jatim Agro",
    "Kaltim Agro",
    "Kerja Sama Hilirisasi CPO dan Wood Pellet",
    "Penjajakan investasi pengolahan CPO dan wood pellet di Kalimantan Timur.",
    "PKS/JA-KA/05/2025",
  ),
  pks("APPTI Jatim", "APIK Kaltim", "Kerja Sama Pasokan Pakan Ikan", "Pasokan pakan ikan bagi pembudidaya ikan Kalimantan Timur.", "PKS/APPTI-APIK/05/2025"),
  pks(
    "HPK Jatim",
    "APRH Kaltim",
    "Kerja Sama Bahan Baku Resto dan Hotel",
    "Pasokan makanan, minuman dan bahan baku resto bagi hotel dan restoran.",
    "PKS/HPK-APRH/05/2025",
  ),
];

export const DEMO_ACCOUNTS = [
  { email: "organizer@misidagang.test", password: "demo-organizer", name: "Panitia Misi Dagang (demo)", role: "ADMIN" as const },
  { email: "desk@misidagang.test", password: "demo-desk", name: "Petugas Meja 1 (demo)", role: "DESK" as const },
];

export function demoData() {
  const businesses = makeBusinesses();
  const deals = makeDeals(businesses);
  const matching = makeMatching(businesses, deals);
  return { businesses, commitments: makeCommitments(deals, matching), lines: matching.lines, meetings: matching.meetings, rounds: matching.rounds };
}
