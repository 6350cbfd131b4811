// A big list going in must not hold up the signing desk of the same mission, and a list without
// phones or NIBs can be sent twice without doubling its businesses.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { said } from "../support/said";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { signingRequest, twoBusinesses } from "../support/signing";
import { csv, HEADERS } from "../support/spreadsheets";
import type { Actor } from "@/lib/auth/authorize";
import { commitImport, previewImport } from "@/lib/businesses/import";
import { recordCommitment } from "@/lib/commitments/record-commitment";
import { describeRows } from "@/lib/kernel/translate";
import { getDb } from "@/lib/db/client";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";

withTestDatabase({ seedDemo: true });

let event: { id: string; timeZone: string };
let organizer: Actor;
let desk: Actor;
beforeAllOrFail(async () => {
  const db = await getDb();
  event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG }, select: { id: true, timeZone: true } });
  const make = async (role: "ADMIN" | "DESK") => {
    const user = await db.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@lock.test`, name: role, role, passwordHash: "x" } });
    return { id: user.id, name: user.name, email: user.email, role, mustChangePassword: false, ip: "10.0.0.7", userAgent: "vitest" };
  };
  organizer = await make("ADMIN");
  desk = await make("DESK");
});

describe("a list without phones or NIBs", () => {
  it("is known by name, representative and kabupaten/kota: sent again it adds nothing, and a repeated line is pointed out", async () => {
    const db = await getDb();
    const rows = [
      ["1", "Amplang Ibu Sari", "Sari", "", "", "Kuliner", "Kota Samarinda"],
      ["2", "Kerupuk Bontang Jaya", "Hasanah", "", "", "Kuliner", "Bontang"],
      ["3", "AMPLANG IBU SARI", "sari", "", "", "Kuliner", "Kota Samarinda"],
      // The same name with another representative is another business.
      ["4", "Kerupuk Bontang Jaya", "Rahmawati", "", "", "Kuliner", "Bontang"],
    ];
    const file = { name: "tanpa-kontak.csv", bytes: csv(HEADERS, rows) };
    const first = await said(commitImport({ eventId: event.id, sideCode: "KALTIM", file }, organizer));
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.data).toMatchObject({ imported: 3, skipped: 1 });
    expect(describeRows(first.data.preview.rows, "id").find((r) => r.line === 4)?.errors).toEqual(["Nama, perwakilan dan kabupaten/kota sama dengan baris 2."]);

    const again = await said(commitImport({ eventId: event.id, sideCode: "KALTIM", file }, organizer));
    expect(again).toMatchObject({ ok: false, code: "ALREADY_IMPORTED" });
    const preview = await said(previewImport({ eventId: event.id, sideCode: "KALTIM", file }));
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(describeRows(preview.data.rows, "id").find((r) => r.line === 2)?.errors).toEqual([
      "Sudah terdaftar dengan nama, perwakilan dan kabupaten/kota yang sama: Amplang Ibu Sari.",
    ]);
    expect(await db.business.count({ where: { eventId: event.id, name: { in: ["Amplang Ibu Sari", "Kerupuk Bontang Jaya"] } } })).toBe(3);
  });
});

describe("an import in progress and the signing desk", () => {
  const onPostgres = Boolean(process.env.DATABASE_URL);
  it(
    onPostgres
      ? "a signing on the same mission is recorded while a 20,000-row import is still writing"
      : "on the embedded database (one connection by design) a signing made during an import is recorded after it",
    async () => {
      const db = await getDb();
      const parties = await twoBusinesses(event.id);
      const side = await db.eventSide.findFirstOrThrow({ where: { eventId: event.id, code: "JATIM" } });
      await db.eventSide.update({ where: { id: side.id }, data: { quota: side.quota + 20_000 } });
      const rows = Array.from({ length: 20_000 }, (_, i) => [
        String(i + 1),
        `Usaha Daftar Besar ${i + 1}`,
        `Pemilik ${i + 1}`,
        `0812${String(70_000_000 + i)}`,
        "",
        "Kuliner",
        "Kota Malang",
      ]);
      let importDone = false;
      let started!: () => void;
      const writing = new Promise<void>((resolve) => (started = resolve));
      const importing = commitImport({ eventId: event.id, sideCode: "JATIM", file: { name: "besar.csv", bytes: csv(HEADERS, rows) } }, organizer, (done) => {
        if (done === 1000) started();
      }).then((outcome) => {
        importDone = true;
        return outcome;
      });
      // The import holds its lock from before its first chunk until it commits: sign while it writes.
      if (onPostgres) await writing;
      const signing = recordCommitment(event, signingRequest(parties, { commodity: "Kopi robusta", value: "75 juta" }), desk);
      const signed = await signing;
      const importedWhenSigned = importDone;
      expect(await importing).toMatchObject({ ok: true, data: { imported: 20_000 } });
      expect(signed).toMatchObject({ ok: true, data: { status: "SIGNED" } });
      if (onPostgres) expect(importedWhenSigned).toBe(false);
      expect(await db.commitment.count({ where: { eventId: event.id, status: "SIGNED", value: 75_000_000n } })).toBe(1);
    },
    120_000,
  );
});
