// Test data: commitments shaped like an existing one of the demo event, with unique keys.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Commitment, Prisma } from "@/lib/generated/prisma/client";

/** The fields of `template` a new commitment can reuse, with fresh idempotency and verification keys. */
export function commitmentLike(template: Commitment, overrides: Partial<Prisma.CommitmentUncheckedCreateInput> = {}): Prisma.CommitmentUncheckedCreateInput {
  const { id, createdAt, updatedAt, replacesId, ...fields } = template;
  return { ...fields, idempotencyKey: randomUUID(), verificationCode: randomUUID(), ...overrides };
}

export async function createCommitmentLike(db: Db, template: Commitment, overrides: Partial<Prisma.CommitmentUncheckedCreateInput> = {}) {
  return db.commitment.create({ data: commitmentLike(template, overrides) });
}
