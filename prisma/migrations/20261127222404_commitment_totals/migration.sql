-- CreateTable
CREATE TABLE "CommitmentTotal" (
    "eventId" TEXT NOT NULL,
    "category" "CommitmentCategory" NOT NULL,
    "sector" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "total" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommitmentTotal_pkey" PRIMARY KEY ("eventId","category","sector")
);

-- AddForeignKey
ALTER TABLE "CommitmentTotal" ADD CONSTRAINT "CommitmentTotal_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Kept by the database itself, inside the transaction that signs or voids: no writer can forget it.
CREATE FUNCTION "maintain_commitment_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" = 'SIGNED' THEN
    UPDATE "CommitmentTotal" SET "count" = "count" - 1, "total" = "total" - OLD."value", "updatedAt" = now()
    WHERE "eventId" = OLD."eventId" AND "category" = OLD."category" AND "sector" = OLD."sector";
  END IF;
  IF NEW."status" = 'SIGNED' THEN
    INSERT INTO "CommitmentTotal" ("eventId", "category", "sector", "count", "total", "updatedAt")
    VALUES (NEW."eventId", NEW."category", NEW."sector", 1, NEW."value", now())
    ON CONFLICT ("eventId", "category", "sector") DO UPDATE
      SET "count" = "CommitmentTotal"."count" + 1, "total" = "CommitmentTotal"."total" + EXCLUDED."total", "updatedAt" = now();
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Commitment_maintain_totals" AFTER INSERT OR UPDATE ON "Commitment" FOR EACH ROW EXECUTE FUNCTION "maintain_commitment_totals"();

-- Existing ledgers start from their own sums.
INSERT INTO "CommitmentTotal" ("eventId", "category", "sector", "count", "total", "updatedAt")
SELECT "eventId", "category", "sector", count(*), sum("value"), now() FROM "Commitment" WHERE "status" = 'SIGNED' GROUP BY 1, 2, 3;
