// A business's registration fields as the desk and the organizers' spreadsheets know them, and the
// rules that clean one value up or say what is wrong with it. Shared by the import, the walk-in form
// and the search; no database here.
import type { FieldCode } from "@/lib/kernel/outcome";

export const BUSINESS_FIELDS = [
  {
    key: "name",
    label: "Nama usaha",
    required: true,
    aliases: ["nama usaha", "nama perusahaan", "nama pelaku usaha", "usaha", "perusahaan", "business name", "company", "nama ukm", "nama umkm"],
  },
  {
    key: "representative",
    label: "Nama perwakilan",
    required: true,
    aliases: [
      "nama perwakilan",
      "perwakilan",
      "nama pemilik",
      "pemilik",
      "penanggung jawab",
      "contact person",
      "cp",
      "pic",
      "nama peserta",
      "peserta",
      "representative",
    ],
  },
  {
    key: "phone",
    label: "No. HP/WA",
    required: false,
    aliases: ["no hp", "nomor hp", "hp", "no wa", "wa", "whatsapp", "telepon", "no telepon", "telp", "phone", "no hp wa", "nomor telepon"],
  },
  { key: "nib", label: "NIB", required: false, aliases: ["nib", "nomor induk berusaha", "no nib"] },
  { key: "sector", label: "Sektor", required: true, aliases: ["sektor", "bidang usaha", "bidang", "sector", "kategori"] },
  {
    key: "regency",
    label: "Kabupaten/kota",
    required: false,
    aliases: ["kabupaten kota", "kab kota", "kabupaten", "kota", "asal daerah", "daerah", "regency"],
  },
  { key: "legalForm", label: "Badan usaha", required: false, aliases: ["badan usaha", "bentuk usaha", "bentuk badan usaha", "legal form"] },
  { key: "scale", label: "Skala usaha", required: false, aliases: ["skala", "skala usaha", "scale"] },
  { key: "email", label: "E-mail", required: false, aliases: ["email", "e mail", "surel", "alamat email"] },
  { key: "products", label: "Produk", required: false, aliases: ["produk", "produk unggulan", "komoditas", "products"] },
  // The business matching's lines (lib/matching/lines.ts): one offer, one need and one investment per row.
  {
    key: "offer",
    label: "Produk yang ditawarkan",
    required: false,
    aliases: ["produk yang ditawarkan", "produk ditawarkan", "yang ditawarkan", "penawaran", "offer", "products offered"],
  },
  { key: "offerVolume", label: "Volume yang ditawarkan", required: false, aliases: ["volume yang ditawarkan", "volume penawaran", "kapasitas"] },
  { key: "offerValue", label: "Nilai yang ditawarkan", required: false, aliases: ["nilai yang ditawarkan", "nilai penawaran", "perkiraan nilai penawaran"] },
  { key: "need", label: "Kebutuhan", required: false, aliases: ["kebutuhan", "produk yang dibutuhkan", "yang dibutuhkan", "need", "needs"] },
  { key: "needVolume", label: "Volume kebutuhan", required: false, aliases: ["volume kebutuhan", "volume yang dibutuhkan"] },
  { key: "needValue", label: "Nilai kebutuhan", required: false, aliases: ["nilai kebutuhan", "perkiraan nilai kebutuhan"] },
  { key: "investment", label: "Investasi", required: false, aliases: ["investasi", "rencana investasi", "peluang investasi", "investment"] },
  { key: "investmentValue", label: "Nilai investasi", required: false, aliases: ["nilai investasi", "perkiraan nilai investasi"] },
] as const;

export type BusinessField = (typeof BUSINESS_FIELDS)[number]["key"];
export const LEGAL_FORMS = ["PT", "CV", "UD", "KOPERASI", "PERORANGAN"] as const;
export type LegalFormValue = (typeof LEGAL_FORMS)[number];
export const SCALES = ["MIKRO", "KECIL", "MENENGAH", "BESAR"] as const;
export type ScaleValue = (typeof SCALES)[number];

/** Lower-case letters and digits separated by single spaces: "No. HP/WA" → "no hp wa". */
export function simplify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const LEGAL_PREFIX = /^(pt|cv|ud|pd|koperasi|kop)\s+/;

/** What search matches: name without its legal-form prefix, and the representative. */
export function searchKey(name: string, representative: string): string {
  return `${simplify(name).replace(LEGAL_PREFIX, "")} ${simplify(representative)}`.trim();
}

/** A search as typed, in the same form as searchKey. */
export function searchTerm(query: string): string {
  return simplify(query).replace(LEGAL_PREFIX, "");
}

/**
 * An Indonesian phone number as +62…, from what people type or spreadsheets keep: "0812-3456-7890",
 * "62 812 3456 7890", "+62 (812) 34567890", or 81234567890 (a spreadsheet that dropped the leading 0).
 */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^[+()\d\s.\-/]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, "");
  if (digits.startsWith("62")) digits = digits.slice(2);
  else if (digits.startsWith("0")) digits = digits.slice(1);
  else if (!digits.startsWith("8")) return null;
  // Mobile numbers (8…) and landlines (area code 2…9) have 8 to 12 digits after +62.
  if (!/^[2-9]\d{7,11}$/.test(digits)) return null;
  return `+62${digits}`;
}

/** A NIB is exactly 13 digits; spaces and dots that people add are ignored. */
export function normalizeNib(raw: string): string | null {
  const digits = raw.replace(/[\s.\-]/g, "");
  return /^\d{13}$/.test(digits) ? digits : null;
}

/** Finds the configured name a typed value means: exact (ignoring case and punctuation), or the only one that ends with it. */
export function matchChoice(raw: string, choices: readonly string[]): string | null {
  const wanted = simplify(raw);
  if (!wanted) return null;
  const exact = choices.find((c) => simplify(c) === wanted);
  if (exact) return exact;
  const endings = choices.filter((c) => simplify(c).endsWith(` ${wanted}`));
  return endings.length === 1 ? endings[0] : null;
}

export function normalizeLegalForm(raw: string): LegalFormValue | null {
  const value = simplify(raw).replace(/ /g, "");
  if (value === "kop") return "KOPERASI";
  return LEGAL_FORMS.find((f) => f.toLowerCase() === value) ?? null;
}

export function normalizeScale(raw: string): ScaleValue | null {
  const value = simplify(raw).replace(/^usaha /, "");
  return SCALES.find((s) => s.toLowerCase() === value) ?? null;
}

export interface RowContext {
  sectors: readonly string[];
  regencies: readonly string[];
}

export interface CleanBusiness {
  name: string;
  representative: string;
  phone: string | null;
  nib: string | null;
  sector: string;
  regency: string;
  legalForm: LegalFormValue | null;
  scale: ScaleValue | null;
  email: string | null;
  products: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Cleans one row of values (by field) or lists exactly what is wrong with it, in the desk's words. */
export function cleanBusiness(
  values: Partial<Record<BusinessField, string>>,
  context: RowContext,
): { ok: true; value: CleanBusiness } | { ok: false; errors: Partial<Record<BusinessField, FieldCode>> } {
  const get = (key: BusinessField) => (values[key] ?? "").trim();
  const errors: Partial<Record<BusinessField, FieldCode>> = {};

  const name = get("name").replace(/\s+/g, " ");
  if (!name) errors.name = "businessNameRequired";
  else if (name.length > 160) errors.name = "businessNameTooLong";
  const representative = get("representative").replace(/\s+/g, " ");
  if (!representative) errors.representative = "representativeRequired";

  const phone = get("phone") ? normalizePhone(get("phone")) : null;
  if (get("phone") && !phone) errors.phone = { key: "phoneInvalid", params: { phone: get("phone") } };
  const nib = get("nib") ? normalizeNib(get("nib")) : null;
  if (get("nib") && !nib) errors.nib = { key: "nibInvalid", params: { nib: get("nib") } };

  const sector = matchChoice(get("sector"), context.sectors);
  if (!get("sector")) errors.sector = "sectorRequired";
  else if (!sector) errors.sector = { key: "sectorUnknown", params: { sector: get("sector"), choices: context.sectors.join(", ") } };
  const regency = get("regency") ? matchChoice(get("regency"), context.regencies) : "";
  if (regency === null) errors.regency = { key: "regencyUnknown", params: { regency: get("regency") } };

  const legalForm = get("legalForm") ? normalizeLegalForm(get("legalForm")) : null;
  if (get("legalForm") && !legalForm) errors.legalForm = { key: "legalFormUnknown", params: { legalForm: get("legalForm"), choices: LEGAL_FORMS.join(", ") } };
  const scale = get("scale") ? normalizeScale(get("scale")) : null;
  if (get("scale") && !scale) errors.scale = { key: "scaleUnknown", params: { scale: get("scale"), choices: SCALES.join(", ") } };
  const email = get("email").toLowerCase() || null;
  if (email && !EMAIL.test(email)) errors.email = { key: "emailInvalidValue", params: { email: get("email") } };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { name, representative, phone, nib, sector: sector!, regency: regency ?? "", legalForm, scale, email, products: get("products") || null },
  };
}
