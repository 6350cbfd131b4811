import { randomUUID } from "node:crypto";
import { scannedPdf } from "../support/hostile";
import { said } from "../support/said";
import { describe, expect, it } from "vitest";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { agreementDocument, agreementsPage } from "@/lib/agreements/queries";
import { recordAgreement, voidAgreement, type AgreementInput } from "@/lib/agreements/record-agreement";
import type { Actor } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { eventTotals } from "@/lib/totals/queries";

withTestDatabase({ seedDemo: true });

let event: { id: string };
let desk: Actor;
beforeAllOrFail(async () => {
  const db = await getDb();
  event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG }, select: { id: true } });
  const user = await db.user.create({ data: { email: `${randomUUID()}@opd.test`, name: "Meja OPD", role: "DESK", passwordHash: "x" } });
  desk = { id: user.id, name: user.name, email: user.email, role: "DESK", mustChangePassword: false, ip: "10.0.0.7", userAgent: "vitest" };
  PDF = await scannedPdf();
});

let PDF: Uint8Array;

const input = (extra: Partial<AgreementInput> = {}): AgreementInput => ({
  visitingParty: { id: "", newName: "", newAcronym: "" },
  hostParty: { id: "", newName: "", newAcronym: "" },
  title: "Kerja Sama Promosi Produk Unggulan",
  visitingSignatory: "Kepala Disperindag Jatim",
  hostSignatory: "Kepala Disperindagkop UKM Kaltim",
  signedOn: "2026-12-10",
  ...extra,
});

describe("inter-OPD agreements", () => {
  it("records an agreement between an OPD from the register and a new one, with its scanned PDF, counted apart", async () => {
    const db = await getDb();
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const before = (await eventTotals(PRACTICE_SLUG))!;
    const result = await said(
      recordAgreement(
        event,
        input({
          visitingParty: { id: jatim.id },
          hostParty: { newName: "Dinas Pariwisata Provinsi Kalimantan Timur", newAcronym: "Dispar Kaltim" },
          documentNumber: "500/12/2026",
        }),
        { name: "kerja-sama.pdf", type: "application/pdf", bytes: PDF },
        desk,
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const after = (await eventTotals(PRACTICE_SLUG))!;
    expect(after.agreements).toBe(before.agreements + 1);
    expect(after.total).toBe(before.total);
    const stored = await db.agreement.findUniqueOrThrow({ where: { id: result.data.id }, include: { hostParty: true } });
    expect(stored.hostParty).toMatchObject({ province: "Kalimantan Timur", name: "Dinas Pariwisata Provinsi Kalimantan Timur", acronym: "Dispar Kaltim" });
    expect(
      Buffer.from((await agreementDocument(event.id, result.data.id))!.bytes)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(await db.auditEvent.count({ where: { action: "agreement.recorded", targetId: result.data.id, actorId: desk.id } })).toBe(1);
    expect((await agreementsPage(event.id)).parties.some((p) => p.acronym === "Dispar Kaltim")).toBe(true);
  });

  it("adds a new party of its kind to the register; another kind must be named, and is refused with a clear message when it is not", async () => {
    const db = await getDb();
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const unnamed = await said(
      recordAgreement(
        event,
        input({ visitingParty: { id: jatim.id }, hostParty: { newName: "Universitas Mulawarman Samarinda", newKind: "LAINNYA" } }),
        null,
        desk,
      ),
    );
    expect(unnamed).toMatchObject({ ok: false, fieldErrors: { hostParty: ["Tulis sebutan jenis pihaknya (mis. Perguruan tinggi)."] } });
    expect(await db.agreementParty.count({ where: { name: "Universitas Mulawarman Samarinda" } })).toBe(0);

    const named = await said(
      recordAgreement(
        event,
        input({
          visitingParty: { id: jatim.id },
          hostParty: { newName: "Universitas Mulawarman Samarinda", newAcronym: "Unmul", newKind: "LAINNYA", newKindName: "Perguruan tinggi" },
        }),
        null,
        desk,
      ),
    );
    expect(named).toMatchObject({ ok: true });
    expect(await db.agreementParty.findFirstOrThrow({ where: { name: "Universitas Mulawarman Samarinda" } })).toMatchObject({
      province: "Kalimantan Timur",
      kind: "LAINNYA",
      kindName: "Perguruan tinggi",
    });
    expect((await eventTotals(PRACTICE_SLUG))!.agreementParties.LAINNYA).toBe(1);
  });

  it("refuses an OPD of the wrong province, a missing one, a file that is not a PDF, and a bad date", async () => {
    const db = await getDb();
    const kaltim = await db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } });
    const wrong = await said(recordAgreement(event, input({ visitingParty: { id: kaltim.id }, hostParty: { id: kaltim.id } }), null, desk));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { visitingParty: ["Pilih pihak Jawa Timur dari daftar."] } });
    const missing = await said(
      recordAgreement(
        event,
        input({ hostParty: { id: kaltim.id }, signedOn: "10/12/2026" }),
        { name: "a.docx", type: "application/msword", bytes: new TextEncoder().encode("PK...") },
        desk,
      ),
    );
    expect(missing).toMatchObject({ ok: false, fieldErrors: { signedOn: ["Tanggal tidak sah."], document: ["Unggah hasil pindaian dalam format PDF."] } });
  });

  it("refuses a PDF that runs JavaScript when opened, and one that cannot be read, writing nothing", async () => {
    const db = await getDb();
    const kaltim = await db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } });
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const before = await db.agreement.count();
    const scripted = await said(
      recordAgreement(
        event,
        input({ visitingParty: { id: jatim.id }, hostParty: { id: kaltim.id } }),
        { name: "a.pdf", type: "application/pdf", bytes: await scannedPdf({ script: "app.alert(1)" }) },
        desk,
      ),
    );
    expect(scripted).toMatchObject({
      ok: false,
      fieldErrors: { document: ["PDF ini berisi JavaScript atau tindakan otomatis. Pindai ulang dokumennya menjadi PDF biasa."] },
    });
    const broken = await said(
      recordAgreement(
        event,
        input({ visitingParty: { id: jatim.id }, hostParty: { id: kaltim.id } }),
        { name: "b.pdf", type: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") },
        desk,
      ),
    );
    expect(broken).toMatchObject({ ok: false, fieldErrors: { document: ["PDF ini tidak dapat dibaca. Pindai ulang dokumennya."] } });
    expect(await db.agreement.count()).toBe(before);
  });

  it("the organizer voids one with a reason; it leaves the count and stays on record", async () => {
    const db = await getDb();
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const kaltim = await db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } });
    const recorded = await said(
      recordAgreement(
        event,
        input({ visitingParty: { id: jatim.id }, hostParty: { id: kaltim.id } }),
        { name: "pks.pdf", type: "application/pdf", bytes: PDF },
        desk,
      ),
    );
    if (!recorded.ok) throw new Error(JSON.stringify(recorded));
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id: recorded.data.id } });
    const before = (await eventTotals(PRACTICE_SLUG))!.agreements;
    expect(await said(voidAgreement(event, { agreementId: agreement.id, reason: "Salah catat" }, desk))).toMatchObject({ ok: true });
    expect((await eventTotals(PRACTICE_SLUG))!.agreements).toBe(before - 1);
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "VOID",
      voidReason: "Salah catat",
      voidedById: desk.id,
    });
    expect(await said(voidAgreement(event, { agreementId: agreement.id, reason: "Salah catat" }, desk))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
