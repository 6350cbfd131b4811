import { describe, expect, it } from "vitest";
import { inIndonesian } from "@/tests/support/said";
import {
  cleanBusiness,
  LEGAL_FORMS,
  matchChoice,
  normalizeLegalForm,
  normalizeNib,
  normalizePhone,
  normalizeScale,
  SCALES,
  searchKey,
  searchTerm,
} from "./fields";

const context = { sectors: ["Fesyen", "Kuliner", "Perikanan"], regencies: ["Kota Surabaya", "Kota Malang", "Kabupaten Malang", "Kabupaten Sidoarjo"] };

describe("normalizePhone", () => {
  it("turns what people type into +62…", () => {
    expect(normalizePhone("0812-3456-7890")).toBe("+6281234567890");
    expect(normalizePhone("62 812 3456 7890")).toBe("+6281234567890");
    expect(normalizePhone("+62 (812) 34567890")).toBe("+6281234567890");
    expect(normalizePhone("81234567890")).toBe("+6281234567890");
    expect(normalizePhone("(031) 5678901")).toBe("+62315678901");
  });

  it("takes 8 to 12 digits after +62, starting with 2 to 9, and nothing either side of that", () => {
    expect(normalizePhone("0811 2345 6")).toBe("+6281123456");
    expect(normalizePhone("0812 3456 7890 1")).toBe("+62812345678901");
    for (const bad of ["0812 3456", "0812 3456 7890 12", "0112 345 678", "712345678", "62 1234 5678"]) expect(normalizePhone(bad), bad).toBeNull();
  });

  it("refuses what cannot be a number", () => {
    for (const bad of ["0812", "12345", "0812-3456-7890-1234", "nomor saya 0812", "+1 415 555 0100", "00812345678"])
      expect(normalizePhone(bad), bad).toBeNull();
  });
});

describe("normalizeNib", () => {
  it("wants exactly 13 digits", () => {
    expect(normalizeNib("9120 0012 3456 7")).toBe("9120001234567");
    expect(normalizeNib("912000123456")).toBeNull();
    expect(normalizeNib("91200012345678")).toBeNull();
    expect(normalizeNib("9.12E+12")).toBeNull();
  });
});

describe("matchChoice", () => {
  it("matches ignoring case and punctuation, or a unique ending, never an ambiguous one", () => {
    expect(matchChoice("kuliner", context.sectors)).toBe("Kuliner");
    expect(matchChoice("Surabaya", context.regencies)).toBe("Kota Surabaya");
    expect(matchChoice("Kab. Sidoarjo", context.regencies)).toBeNull();
    expect(matchChoice("Malang", context.regencies)).toBeNull();
    expect(matchChoice("kabupaten malang", context.regencies)).toBe("Kabupaten Malang");
  });
});

describe("searchKey", () => {
  it("drops the legal form and punctuation so a search for the name finds it", () => {
    expect(searchKey("PT. Batik Sekar Arum", "Ibu Sri Wahyuni")).toBe("batik sekar arum ibu sri wahyuni");
    expect(searchKey("CV Kopi Kenangan Jaya", "Budi")).toBe("kopi kenangan jaya budi");
    expect(searchTerm("pt batik")).toBe("batik");
  });
});

describe("cleanBusiness", () => {
  it("cleans a good row", () => {
    expect(
      cleanBusiness(
        {
          name: " UD  Ikan Segar ",
          representative: "Pak Harun",
          phone: "0812 3456 7890",
          nib: "9120001234567",
          sector: "perikanan",
          regency: "surabaya",
          legalForm: "ud",
          scale: "Usaha Mikro",
          email: "Harun@Contoh.id",
        },
        context,
      ),
    ).toEqual({
      ok: true,
      value: {
        name: "UD Ikan Segar",
        representative: "Pak Harun",
        phone: "+6281234567890",
        nib: "9120001234567",
        sector: "Perikanan",
        regency: "Kota Surabaya",
        legalForm: "UD",
        scale: "MIKRO",
        email: "harun@contoh.id",
        products: null,
      },
    });
  });

  it("says exactly what is wrong with each field", () => {
    const cleaned = cleanBusiness(
      { name: "", representative: "", phone: "12345", nib: "123", sector: "Otomotif", regency: "Jakarta", email: "bukan-email" },
      context,
    );
    expect(cleaned.ok).toBe(false);
    if (cleaned.ok) return;
    expect(Object.fromEntries(Object.entries(cleaned.errors).map(([field, code]) => [field, inIndonesian(code)]))).toEqual({
      name: "Nama usaha kosong.",
      representative: "Nama perwakilan kosong.",
      phone: 'No. HP "12345" tidak sah (contoh: 0812 3456 7890).',
      nib: 'NIB "123" harus 13 angka.',
      sector: 'Sektor "Otomotif" tidak dikenal. Pilihan: Fesyen, Kuliner, Perikanan.',
      regency: 'Kabupaten/kota "Jakarta" tidak ada di daftar provinsi ini.',
      email: 'E-mail "bukan-email" tidak sah.',
    });
  });
});

describe("the other fields", () => {
  it("read legal forms and scales however they are written, and name the choices when one is not known", () => {
    expect(["PT", "cv", "C.V.", "kop", "Koperasi", "u d"].map(normalizeLegalForm)).toEqual(["PT", "CV", "CV", "KOPERASI", "KOPERASI", "UD"]);
    expect(normalizeLegalForm("Yayasan")).toBeNull();
    expect(["mikro", "Usaha Kecil", "MENENGAH"].map(normalizeScale)).toEqual(["MIKRO", "KECIL", "MENENGAH"]);
    expect(normalizeScale("besar sekali")).toBeNull();
    expect(normalizeScale("kecil usaha")).toBeNull();
    const cleaned = cleanBusiness({ name: "A".repeat(161), representative: "B", sector: "", legalForm: "Yayasan", scale: "Raksasa" }, context);
    expect(cleaned).toEqual({
      ok: false,
      errors: {
        name: "businessNameTooLong",
        sector: "sectorRequired",
        legalForm: { key: "legalFormUnknown", params: { legalForm: "Yayasan", choices: LEGAL_FORMS.join(", ") } },
        scale: { key: "scaleUnknown", params: { scale: "Raksasa", choices: SCALES.join(", ") } },
      },
    });
    // 160 characters is still a name; spaces inside names are made single.
    expect(cleanBusiness({ name: "A".repeat(160), representative: "Bu  Sri   Lestari", sector: "Kuliner" }, context)).toMatchObject({
      ok: true,
      value: { name: "A".repeat(160), representative: "Bu Sri Lestari", regency: "", legalForm: null, scale: null, email: null, products: null },
    });
  });

  it("refuse a phone with letters or other signs in it, wherever they are", () => {
    for (const phone of ["0812 3456 789x", "x0812 3456 7890", "0812#3456#7890", "+62 812 3456 7890 ext"]) expect(normalizePhone(phone), phone).toBeNull();
    expect(normalizePhone("  (0812) 3456-7890  ")).toBe("+6281234567890");
  });

  it("search by the name without its legal form, then the representative; a search for only a legal form is kept whole", () => {
    expect(searchKey("PT Batik Sekar", "Sri")).toBe("batik sekar sri");
    expect(searchKey("Batik PT Sekar", "Sri")).toBe("batik pt sekar sri");
    expect(searchKey("", "  Sri  ")).toBe("sri");
  });
});
