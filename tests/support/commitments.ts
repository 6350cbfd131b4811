// Test data: commitments written straight to the ledger (no desk, no signatures), with unique keys.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Commitment, Prisma } from "@/lib/generated/prisma/client";
import { newPublicCode } from "@/lib/codes";

/**
 * The fields of `template` a new commitment can reuse, with fresh idempotency and verification keys.
 * Not its signature images (about 13 KB a row): ten thousand copies made a test's insert take 20 s.
 */
export function commitmentLike(template: Commitment, overrides: Partial<Prisma.CommitmentUncheckedCreateInput> = {}): Prisma.CommitmentUncheckedCreateInput {
  const { id, createdAt, updatedAt, replacesId, visitingSignature, hostSignature, ...fields } = template;
  return { ...fields, idempotencyKey: randomUUID(), verificationCode: randomUUID(), ...overrides };
}

export async function createCommitmentLike(db: Db, template: Commitment, overrides: Partial<Prisma.CommitmentUncheckedCreateInput> = {}) {
  return db.commitment.create({ data: commitmentLike(template, overrides) });
}

type Parties = Pick<Prisma.CommitmentUncheckedCreateInput, "eventId" | "visitingBusinessId" | "hostBusinessId">;

/**
 * A Rp1.000.000 sale of coffee between `parties`, signed an hour ago unless `fields` say otherwise.
 * A draft has no signing time; a void one gets the void time and reason the database requires.
 */
export async function createCommitment(db: Db, parties: Parties, fields: Partial<Prisma.CommitmentUncheckedCreateInput> = {}) {
  const status = fields.status ?? "SIGNED";
  const signedAt = status === "DRAFT" ? null : new Date(Date.now() - 3_600_000);
  return db.commitment.create({
    data: {
      category: "SELL",
      commodity: "Kopi",
      sector: "Kuliner",
      instrument: "MOU",
      value: 1_000_000n,
      status,
      signedAt,
      ...(status === "VOID" ? { voidedAt: new Date(), voidReason: "Salah catat" } : {}),
      idempotencyKey: randomUUID(),
      verificationCode: newPublicCode(),
      ...parties,
      ...fields,
    },
  });
}
