// Every change to a commitment, as the ledger keeps it: the one audit row it writes (who, what, the
// figures before and after) and what the desk is told, word for word. And what makes a repeat a repeat.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { said } from "../support/said";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { SIGNATURE, signingRequest, twoBusinesses } from "../support/signing";
import { newPracticeMission } from "../support/missions";
import type { Actor } from "@/lib/auth/authorize";
import { completeDraft, replaceCommitment, voidCommitment } from "@/lib/commitments/corrections";
import { recordCommitment, requestFingerprint, type RecordInput } from "@/lib/commitments/record-commitment";
import { recordRealisation } from "@/lib/commitments/record-realisation";
import { getDb } from "@/lib/db/client";

withTestDatabase({ seedDemo: true });

let mission: { id: string; slug: string; timeZone: string };
let parties: Awaited<ReturnType<typeof twoBusinesses>>;
let desk: Actor;
let organizer: Actor;
beforeAllOrFail(async () => {
  const db = await getDb();
  mission = await newPracticeMission();
  parties = await twoBusinesses(mission.id);
  const user = async (role: "ADMIN" | "DESK", ip: string) => {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@ledger.test`, name: `Staf ${role}`, role, passwordHash: "x" } });
    return { id: u.id, name: u.name, email: u.email, role, mustChangePassword: false, ip, userAgent: `tablet ${role}` };
  };
  desk = await user("DESK", "10.0.0.7");
  organizer = await user("ADMIN", "10.0.0.9");
});

const input = (extra: Partial<RecordInput> = {}): RecordInput =>
  signingRequest(parties, { category: "BUY", commodity: "Udang beku", sector: "Perikanan", instrument: "CONTRACT", value: "12,5 juta", ...extra });
const draft = (extra: Partial<RecordInput> = {}) => input({ intent: "draft", visitingSignature: "", hostSignature: "", deskConfirmed: false, ...extra });

async function auditOf(targetId: string) {
  const db = await getDb();
  return db.auditEvent.findMany({
    where: { targetId },
    orderBy: { id: "asc" },
    select: { eventId: true, actorId: true, action: true, targetType: true, targetId: true, before: true, after: true, ip: true, userAgent: true },
  });
}
const by = (actor: Actor) => ({ actorId: actor.id, ip: actor.ip, userAgent: actor.userAgent });

describe("recording", () => {
  it("a signing writes commitment.signed with its category, value and commodity, and the desk is told it counts", async () => {
    const recorded = await said(recordCommitment(mission, input(), desk));
    expect(recorded).toMatchObject({ ok: true, message: "Komitmen ditandatangani dan masuk ke total.", data: { status: "SIGNED", value: "12500000" } });
    if (!recorded.ok) return;
    expect(await auditOf(recorded.data.id)).toEqual([
      {
        eventId: mission.id,
        ...by(desk),
        action: "commitment.signed",
        targetType: "Commitment",
        targetId: recorded.data.id,
        before: null,
        after: { category: "BUY", value: "12500000", commodity: "Udang beku" },
      },
    ]);
    // Both signatures are kept as sent.
    const row = await (await getDb()).commitment.findUniqueOrThrow({ where: { id: recorded.data.id } });
    expect([row.visitingSignature, row.hostSignature]).toEqual([
      expect.stringMatching(/^data:image\/png;base64,/),
      expect.stringMatching(/^data:image\/png;base64,/),
    ]);
  });

  it("a draft writes commitment.drafted, keeps no signatures, and is told it is saved", async () => {
    const saved = await said(recordCommitment(mission, draft(), desk));
    expect(saved).toMatchObject({ ok: true, message: "Draf komitmen disimpan.", data: { status: "DRAFT" } });
    if (!saved.ok) return;
    expect((await auditOf(saved.data.id)).map((a) => [a.action, a.after])).toEqual([
      ["commitment.drafted", { category: "BUY", value: "12500000", commodity: "Udang beku" }],
    ]);
    const row = await (await getDb()).commitment.findUniqueOrThrow({ where: { id: saved.data.id } });
    expect([row.visitingSignature, row.hostSignature, row.signedAt]).toEqual([null, null, null]);
  });

  it("refuses a business of the wrong side or of another mission by field, with the reason", async () => {
    const other = await twoBusinesses((await newPracticeMission()).id);
    const swapped = await said(recordCommitment(mission, input({ visitingBusinessId: parties.host.id, hostBusinessId: parties.visiting.id }), desk));
    expect(swapped).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        visitingBusinessId: ["Pilih pelaku usaha dari provinsi pengunjung di misi dagang ini."],
        hostBusinessId: ["Pilih pelaku usaha dari provinsi tuan rumah di misi dagang ini."],
      },
    });
    const elsewhere = await said(recordCommitment(mission, input({ visitingBusinessId: other.visiting.id }), desk));
    expect(elsewhere).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { visitingBusinessId: ["Pilih pelaku usaha dari provinsi pengunjung di misi dagang ini."] },
    });
    expect(elsewhere.ok === false && Object.keys(elsewhere.fieldErrors ?? {})).toEqual(["visitingBusinessId"]);
  });

  it("a deal made at a meeting is linked to it only if the meeting is this mission's, held, and between the same two", async () => {
    const db = await getDb();
    const third = await twoBusinesses(mission.id);
    const abroadMission = await newPracticeMission();
    const abroad = await twoBusinesses(abroadMission.id);
    // A held meeting was held at a table in a round (a round and a table each here: a business meets once per round).
    let rounds = 0;
    const meeting = async (eventId: string, visiting: { id: string }, host: { id: string }, status: "HELD" | "ACCEPTED" = "HELD") => {
      const number = ++rounds;
      const place =
        status === "HELD"
          ? {
              roundId: (
                await db.meetingRound.create({
                  data: { eventId, number, startsAt: new Date(Date.UTC(2025, 4, 8, number)), endsAt: new Date(Date.UTC(2025, 4, 8, number, 20)) },
                })
              ).id,
              tableId: (await db.meetingTable.create({ data: { eventId, number } })).id,
              attendanceAt: new Date(),
            }
          : {};
      return db.meeting.create({
        data: {
          eventId,
          visitingBusinessId: visiting.id,
          hostBusinessId: host.id,
          category: "BUY",
          commodity: "Udang beku",
          sector: "Perikanan",
          status,
          ...place,
        },
      });
    };
    const held = await meeting(mission.id, parties.visiting, parties.host);
    const otherHost = await meeting(mission.id, parties.visiting, third.host);
    const otherVisitor = await meeting(mission.id, third.visiting, parties.host);
    const notHeld = await meeting(mission.id, third.visiting, third.host, "ACCEPTED");
    const elsewhere = await meeting(abroadMission.id, abroad.visiting, abroad.host);
    const before = await db.commitment.count({ where: { eventId: mission.id } });

    const refusal = async (extra: Partial<RecordInput>) => {
      const outcome = await said(recordCommitment(mission, input(extra), desk));
      expect(outcome.ok === false && Object.keys(outcome.fieldErrors ?? {})).toEqual(["meetingId"]);
      return outcome.ok === false ? outcome.fieldErrors?.meetingId : null;
    };
    const notFound = ["Pertemuan temu bisnis ini tidak ada di misi dagang ini."];
    expect(await refusal({ meetingId: "pertemuan-yang-tidak-ada" })).toEqual(notFound);
    expect(await refusal({ meetingId: elsewhere.id })).toEqual(notFound);
    expect(await refusal({ meetingId: notHeld.id, visitingBusinessId: third.visiting.id, hostBusinessId: third.host.id })).toEqual([
      "Pertemuannya belum dicatat terlaksana: tandai dulu di meja temu bisnis.",
    ]);
    const others = ["Pertemuan ini antara pelaku usaha lain: pilih kembali kedua pihaknya, atau buka formulir dari pertemuannya."];
    expect(await refusal({ meetingId: otherHost.id })).toEqual(others);
    expect(await refusal({ meetingId: otherVisitor.id })).toEqual(others);
    expect(await db.commitment.count({ where: { eventId: mission.id } })).toBe(before);

    const linked = await said(recordCommitment(mission, input({ meetingId: ` ${held.id} ` }), desk));
    expect(linked).toMatchObject({ ok: true, data: { status: "SIGNED" } });
    if (!linked.ok) return;
    expect((await db.commitment.findUniqueOrThrow({ where: { id: linked.data.id } })).meetingId).toBe(held.id);
  });

  it("a key too short to be a form's is an expired form, and nothing is written", async () => {
    const db = await getDb();
    const before = await db.commitment.count({ where: { eventId: mission.id } });
    expect(await said(recordCommitment(mission, input({ idempotencyKey: "  short-key  " }), desk))).toMatchObject({ ok: false, code: "FORM_EXPIRED" });
    expect(await said(recordCommitment(mission, input({ idempotencyKey: `   ${"k".repeat(15)}   ` }), desk))).toMatchObject({
      ok: false,
      code: "FORM_EXPIRED",
    });
    expect(await db.commitment.count({ where: { eventId: mission.id } })).toBe(before);
  });
});

describe("what makes a repeat a repeat", () => {
  it("every field that becomes part of the commitment changes the fingerprint; spaces around a value do not", () => {
    const base = input({ idempotencyKey: "k".repeat(20) });
    const print = requestFingerprint(base);
    expect(requestFingerprint({ ...base, commodity: "  Udang beku  " })).toBe(print);
    expect(requestFingerprint({ ...base, idempotencyKey: "x".repeat(20) })).toBe(print);
    const changes: Partial<RecordInput>[] = [
      { intent: "draft" },
      { visitingBusinessId: "lain" },
      { hostBusinessId: "lain" },
      { category: "SELL" },
      { commodity: "Udang segar" },
      { sector: "Kuliner" },
      { quantity: "2" },
      { unit: "ton" },
      { instrument: "MOU" },
      { value: "12,6 juta" },
      { visitingSignerName: "Ibu Lestari W." },
      { hostSignerName: "Pak Yusuf A." },
      { visitingSignature: `${SIGNATURE}A` },
      { hostSignature: `${SIGNATURE}A` },
      { recurrence: "YEARLY" },
    ];
    const prints = changes.map((change) => requestFingerprint({ ...base, ...change }));
    for (const [i, p] of prints.entries()) expect(p, JSON.stringify(changes[i])).not.toBe(print);
    expect(new Set(prints).size).toBe(prints.length);
    // A one-off's hash is the same whether or not it says so; a recurring deal's years count.
    expect(requestFingerprint({ ...base, recurrence: "ONE_OFF", recurrenceYears: "4" })).toBe(print);
    const yearly = requestFingerprint({ ...base, recurrence: "YEARLY" });
    expect(requestFingerprint({ ...base, recurrence: "YEARLY", recurrenceYears: "3" })).not.toBe(yearly);
    expect(requestFingerprint({ ...base, recurrence: "MONTHLY" })).not.toBe(yearly);
  });
});

describe("corrections", () => {
  it("completing a draft writes commitment.draft_updated while unsigned and commitment.signed once signed, and says which", async () => {
    const saved = await said(recordCommitment(mission, draft(), desk));
    if (!saved.ok) throw new Error(saved.message);
    const edited = await said(completeDraft(mission, saved.data.id, draft({ value: "13 juta", commodity: "Udang kupas" }), desk));
    expect(edited).toMatchObject({ ok: true, message: "Draf komitmen disimpan.", data: { status: "DRAFT", value: "13000000" } });
    const signedNow = await said(completeDraft(mission, saved.data.id, input({ value: "14 juta", commodity: "Udang kupas" }), organizer));
    expect(signedNow).toMatchObject({ ok: true, message: "Komitmen ditandatangani dan masuk ke total.", data: { status: "SIGNED", value: "14000000" } });
    expect((await auditOf(saved.data.id)).slice(1)).toEqual([
      expect.objectContaining({
        ...by(desk),
        action: "commitment.draft_updated",
        targetType: "Commitment",
        after: { category: "BUY", value: "13000000", commodity: "Udang kupas" },
      }),
      expect.objectContaining({
        ...by(organizer),
        action: "commitment.signed",
        targetType: "Commitment",
        after: { category: "BUY", value: "14000000", commodity: "Udang kupas" },
      }),
    ]);
    expect(await said(completeDraft(mission, saved.data.id, input(), desk))).toMatchObject({
      ok: false,
      code: "NOT_A_DRAFT",
      message: "Hanya draf yang dapat diubah; komitmen ini sudah ditandatangani atau dibatalkan.",
    });
    expect(await said(completeDraft(mission, randomUUID(), input(), desk))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Komitmen tidak ditemukan di misi dagang ini.",
    });
  });

  it("a void writes commitment.voided with what it was and the reason, and a second void is told it is done already", async () => {
    const recorded = await said(recordCommitment(mission, input(), desk));
    if (!recorded.ok) throw new Error(recorded.message);
    expect(await said(voidCommitment(mission, { commitmentId: recorded.data.id, reason: "  Salah satuan  " }, organizer))).toMatchObject({
      ok: true,
      message: "Komitmen dibatalkan; total sudah menyesuaikan.",
    });
    expect((await auditOf(recorded.data.id))[1]).toEqual({
      eventId: mission.id,
      ...by(organizer),
      action: "commitment.voided",
      targetType: "Commitment",
      targetId: recorded.data.id,
      before: { status: "SIGNED", value: "12500000", category: "BUY" },
      after: { status: "VOID", reason: "Salah satuan" },
    });
    const row = await (await getDb()).commitment.findUniqueOrThrow({ where: { id: recorded.data.id } });
    expect([row.status, row.voidReason, row.voidedById]).toEqual(["VOID", "Salah satuan", organizer.id]);
    expect(await said(voidCommitment(mission, { commitmentId: recorded.data.id, reason: "Sekali lagi" }, organizer))).toMatchObject({
      ok: false,
      code: "ALREADY_VOID",
      message: "Komitmen ini sudah dibatalkan.",
    });
    expect(await said(voidCommitment(mission, { commitmentId: randomUUID(), reason: "Tidak ada" }, organizer))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Komitmen tidak ditemukan di misi dagang ini.",
    });
  });

  it("a replacement voids the old one and records the new with the link, each with its row, and says whether it is signed yet", async () => {
    const recorded = await said(recordCommitment(mission, input(), desk));
    if (!recorded.ok) throw new Error(recorded.message);
    const replaced = await said(
      replaceCommitment(mission, { ...input({ value: "125 juta" }), commitmentId: recorded.data.id, reason: "Salah satuan" }, organizer),
    );
    expect(replaced).toMatchObject({ ok: true, message: "Komitmen diganti. Pengganti sudah ditandatangani.", data: { status: "SIGNED", value: "125000000" } });
    if (!replaced.ok) return;
    expect((await auditOf(replaced.data.id)).map((a) => [a.action, a.after, a.actorId])).toEqual([
      ["commitment.signed", { category: "BUY", value: "125000000", commodity: "Udang beku", replaces: recorded.data.id }, organizer.id],
    ]);
    expect((await auditOf(recorded.data.id)).map((a) => a.action)).toEqual(["commitment.signed", "commitment.voided"]);

    const asDraft = await said(
      replaceCommitment(mission, { ...draft({ value: "1 miliar" }), commitmentId: replaced.data.id, reason: "Nilai belum pasti" }, organizer),
    );
    expect(asDraft).toMatchObject({ ok: true, message: "Komitmen diganti. Pengganti disimpan sebagai draf untuk ditandatangani.", data: { status: "DRAFT" } });
    // The draft cannot be replaced: only a signed commitment can.
    if (!asDraft.ok) return;
    expect(await said(replaceCommitment(mission, { ...input(), commitmentId: asDraft.data.id, reason: "Coba lagi" }, organizer))).toMatchObject({
      ok: false,
      code: "NOT_SIGNED",
      message: "Hanya komitmen yang sudah ditandatangani dan belum dibatalkan yang dapat diganti.",
    });
  });

  it("the same replacement sent twice is recorded once; the same key with other content is refused, naming the one stored", async () => {
    const recorded = await said(recordCommitment(mission, input(), desk));
    if (!recorded.ok) throw new Error(recorded.message);
    const request = { ...input({ value: "20 juta" }), commitmentId: recorded.data.id, reason: "Salah nilai" };
    const first = await said(replaceCommitment(mission, request, organizer));
    if (!first.ok) throw new Error(first.message);
    expect(await said(replaceCommitment(mission, request, organizer))).toMatchObject({
      ok: true,
      message: "Tersimpan. Kiriman ganda diabaikan: komitmen ini tercatat sekali saja.",
      data: { id: first.data.id },
    });
    const mismatch = await said(replaceCommitment(mission, { ...request, value: "21 juta" }, organizer));
    expect(mismatch).toMatchObject({ ok: false, code: "IDEMPOTENCY_MISMATCH" });
    if (!mismatch.ok) expect(mismatch.message).toContain(`(${first.data.verificationCode})`);
  });

  it("a realisation is only for a signed commitment of this mission, and says so", async () => {
    const saved = await said(recordCommitment(mission, draft(), desk));
    if (!saved.ok) throw new Error(saved.message);
    const today = new Date().toISOString().slice(0, 10);
    expect(await said(recordRealisation(mission, { commitmentId: saved.data.id, realisedOn: today, amount: "1 juta", note: "" }, organizer))).toMatchObject({
      ok: false,
      code: "NOT_SIGNED",
      message: "Hanya komitmen yang sudah ditandatangani dan belum dibatalkan yang dapat dicatat realisasinya.",
    });
    expect(await said(recordRealisation(mission, { commitmentId: randomUUID(), realisedOn: today, amount: "1 juta", note: "" }, organizer))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Komitmen tidak ditemukan di misi dagang ini.",
    });
  });
});
