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
import { MAX_UPLOAD_BYTES } from "@/lib/http/upload-limits";
import { DEMO_SIDES } from "@/lib/demo/demo-event";
import { PARTY_KINDS } from "@/lib/agreements/party-kinds";
import { newPracticeMission } from "../support/missions";

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

  it("keeps what was typed, or nothing; an empty file is no document; the file's name is cut to 200 characters; the audit row says what was signed", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const kaltim = await db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } });
    const parties = { visitingParty: { id: jatim.id }, hostParty: { id: kaltim.id } };
    const full = await said(
      recordAgreement(
        mission,
        input({ ...parties, scope: "Promosi bersama", documentNumber: "500/7/2026" }),
        { name: `${"p".repeat(250)}.pdf`, type: "application/octet-stream", bytes: PDF },
        desk,
      ),
    );
    const bare = await said(recordAgreement(mission, input(parties), { name: "", type: "application/octet-stream", bytes: new Uint8Array() }, desk));
    if (!full.ok || !bare.ok) throw new Error(JSON.stringify([full, bare]));
    const [withAll, withNothing] = await Promise.all(
      [full, bare].map((r) => db.agreement.findUniqueOrThrow({ where: { id: r.data.id }, include: { document: true } })),
    );
    expect(withAll).toMatchObject({
      scope: "Promosi bersama",
      documentNumber: "500/7/2026",
      document: { fileName: "p".repeat(200), contentType: "application/pdf", size: PDF.byteLength },
    });
    expect(withNothing).toMatchObject({ scope: null, documentNumber: null, documentKey: null, document: null });
    const audits = await db.auditEvent.findMany({ where: { action: "agreement.recorded", eventId: mission.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.targetType, a.targetId, a.after])).toEqual([
      ["Agreement", withAll.id, { title: input().title, visitingParty: jatim.name, hostParty: kaltim.name, documentNumber: "500/7/2026", document: true }],
      ["Agreement", withNothing.id, { title: input().title, visitingParty: jatim.name, hostParty: kaltim.name, documentNumber: null, document: false }],
    ]);
  });

  it("takes a scan of exactly 10 MB and refuses one byte more", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const kaltim = await db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } });
    const padded = (size: number) => {
      const bytes = new Uint8Array(size).fill(0x0a); // blank lines after the end of the file
      bytes.set(PDF);
      return { name: "besar.pdf", type: "application/pdf", bytes };
    };
    const parties = { visitingParty: { id: jatim.id }, hostParty: { id: kaltim.id } };
    expect(await said(recordAgreement(mission, input(parties), padded(MAX_UPLOAD_BYTES + 1), desk))).toMatchObject({
      ok: false,
      fieldErrors: { document: ["Berkas lebih dari 10 MB."] },
    });
    expect(await db.agreement.count({ where: { eventId: mission.id } })).toBe(0);
    expect(await said(recordAgreement(mission, input(parties), padded(MAX_UPLOAD_BYTES), desk))).toMatchObject({ ok: true });
  });

  it("a new party needs a name of 5 letters, another kind a name of 3; only another kind keeps its kind's name", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const tag = randomUUID().slice(0, 6);
    const host = (hostParty: AgreementInput["hostParty"]) => said(recordAgreement(mission, input({ visitingParty: { id: jatim.id }, hostParty }), null, desk));
    expect(await host({ newName: "Abcd" })).toMatchObject({
      ok: false,
      fieldErrors: { hostParty: ["Pilih pihak Kalimantan Timur, atau tulis nama lengkapnya (minimal 5 huruf)."] },
    });
    expect(await host({ newName: `Bumd ${tag}`, newKind: "BUMD", newKindName: "diabaikan" })).toMatchObject({ ok: true });
    expect(await db.agreementParty.findFirstOrThrow({ where: { name: `Bumd ${tag}` } })).toMatchObject({ kind: "BUMD", kindName: null, acronym: null });
    expect(await host({ newName: `Kampus ${tag}`, newKind: "LAINNYA", newKindName: "PT" })).toMatchObject({
      ok: false,
      fieldErrors: { hostParty: ["Tulis sebutan jenis pihaknya (mis. Perguruan tinggi)."] },
    });
    expect(await host({ newName: `Kampus ${tag}`, newKind: "LAINNYA", newKindName: "PTN" })).toMatchObject({ ok: true });
    expect(await db.agreementParty.findFirstOrThrow({ where: { name: `Kampus ${tag}` } })).toMatchObject({ kind: "LAINNYA", kindName: "PTN" });
  });

  it("in a mission between other provinces, new parties belong to that mission's provinces", async () => {
    const db = await getDb();
    const tag = randomUUID().slice(0, 6);
    const sides = DEMO_SIDES.map((side) => ({ ...side, province: side.role === "VISITING" ? "Jawa Tengah" : "Sulawesi Selatan" }));
    const mission = await db.event.create({
      data: {
        slug: `jateng-sulsel-${tag}`,
        name: "Misi Dagang Jateng–Sulsel",
        venue: "Hotel",
        city: "Makassar",
        startsAt: new Date(),
        endsAt: new Date(),
        timeZone: "Asia/Makassar",
        sides: { create: sides },
      },
    });
    const recorded = await said(
      recordAgreement(mission, input({ visitingParty: { newName: `Dinas Jateng ${tag}` }, hostParty: { newName: `Dinas Sulsel ${tag}` } }), null, desk),
    );
    if (!recorded.ok) throw new Error(JSON.stringify(recorded));
    const stored = await db.agreement.findUniqueOrThrow({ where: { id: recorded.data.id }, include: { visitingParty: true, hostParty: true } });
    expect([stored.visitingParty.province, stored.hostParty.province]).toEqual(["Jawa Tengah", "Sulawesi Selatan"]);
    // A party of Jawa Timur is not one of this mission's.
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    expect(await said(recordAgreement(mission, input({ visitingParty: { id: jatim.id }, hostParty: { id: stored.hostPartyId } }), null, desk))).toMatchObject({
      ok: false,
      fieldErrors: { visitingParty: ["Pilih pihak Jawa Tengah dari daftar."] },
    });
  });

  it("a mission's page lists its own agreements, in force first and newest signed first, and the register of its two provinces only", async () => {
    const db = await getDb();
    const [mission, other] = await Promise.all([newPracticeMission(), newPracticeMission()]);
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const kaltim = await db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } });
    const record = async (where: { id: string }, title: string, signedOn: string, document: boolean) => {
      const result = await said(
        recordAgreement(
          where,
          input({ visitingParty: { id: jatim.id }, hostParty: { id: kaltim.id }, title, signedOn }),
          document ? { name: "pks.pdf", type: "application/pdf", bytes: PDF } : null,
          desk,
        ),
      );
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.data.id;
    };
    const older = await record(mission, "Kerja sama yang lebih dulu", "2026-12-09", false);
    const newer = await record(mission, "Kerja sama yang terbaru", "2026-12-11", true);
    const voided = await record(mission, "Kerja sama yang dibatalkan", "2026-12-12", false);
    const elsewhere = await record(other, "Kerja sama misi lain", "2026-12-10", true);
    expect(await said(voidAgreement(mission, { agreementId: voided, reason: "Salah catat" }, desk))).toMatchObject({ ok: true });
    await db.agreementParty.create({ data: { province: "Sulawesi Selatan", name: `Dinas Sulsel ${randomUUID()}`, kind: "PERANGKAT_DAERAH" } });

    const page = await agreementsPage(mission.id);
    expect(page.sides.map((s) => [s.role, s.province])).toEqual([
      ["VISITING", "Jawa Timur"],
      ["HOST", "Kalimantan Timur"],
    ]);
    expect(page.agreements.map((a) => a.id)).toEqual([newer, older, voided]);
    expect(page.agreements[0]).toMatchObject({
      visitingParty: { id: jatim.id },
      hostParty: { id: kaltim.id },
      document: { fileName: "pks.pdf", size: PDF.byteLength },
    });
    expect(page.agreements[1].document).toBeNull();
    expect(new Set(page.parties.map((p) => p.province))).toEqual(new Set(["Jawa Timur", "Kalimantan Timur"]));
    // By province, then kind in the releases' order (agencies, BUMD, associations, other), then name.
    const order = page.parties.map((p) => `${p.province}|${PARTY_KINDS.indexOf(p.kind)}|${p.name}`);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Another mission's scan is not served through this one.
    expect(await agreementDocument(mission.id, elsewhere)).toBeNull();
    expect(await agreementDocument(other.id, elsewhere)).not.toBeNull();
  });

  it("voids only an agreement of the mission it is asked through, writing why and who in the audit row", async () => {
    const db = await getDb();
    const [mission, other] = await Promise.all([newPracticeMission(), newPracticeMission()]);
    const jatim = await db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } });
    const kaltim = await db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } });
    const recorded = await said(recordAgreement(other, input({ visitingParty: { id: jatim.id }, hostParty: { id: kaltim.id } }), null, desk));
    if (!recorded.ok) throw new Error(JSON.stringify(recorded));
    const id = recorded.data.id;
    expect(await said(voidAgreement(mission, { agreementId: id, reason: "Bukan misi ini" }, desk))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Kerja sama aktif ini tidak ditemukan di misi dagang ini.",
    });
    expect(await db.agreement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE", voidReason: null });
    expect(await said(voidAgreement(other, { agreementId: id, reason: "Pihak salah" }, desk))).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "agreement.voided", targetId: id } });
    expect(audit).toMatchObject({
      eventId: other.id,
      targetType: "Agreement",
      actorId: desk.id,
      ip: "10.0.0.7",
      after: { status: "VOID", reason: "Pihak salah" },
    });
  });
});
