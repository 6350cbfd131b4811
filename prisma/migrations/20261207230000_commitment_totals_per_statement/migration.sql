-- The totals are now kept once per statement instead of once per row. A statement that signs, voids
-- or inserts many commitments at once (a correction, a seeded or restored ledger) updated the same
-- totals row once per commitment, and within one transaction PostgreSQL walks every earlier version
-- of that row on each update: 10,345 commitments took 23 s, the row locked against every signing
-- meanwhile. Now each statement adds its rows' sums once per (event, category, sector), in key order,
-- so writers that touch several sums lock them in the same order.
DROP TRIGGER "Commitment_maintain_totals" ON "Commitment";
DROP FUNCTION "maintain_commitment_totals"();

-- An insert adds its signed rows; an update takes away what its rows were and adds what they are.
CREATE FUNCTION "maintain_commitment_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CommitmentTotal" ("eventId", "category", "sector", "count", "total", "updatedAt")
    SELECT "eventId", "category", "sector", count(*)::int, sum("value")::bigint, now()
    FROM new_rows WHERE "status" = 'SIGNED'
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("eventId", "category", "sector") DO UPDATE
      SET "count" = "CommitmentTotal"."count" + EXCLUDED."count", "total" = "CommitmentTotal"."total" + EXCLUDED."total", "updatedAt" = EXCLUDED."updatedAt";
  ELSE
    INSERT INTO "CommitmentTotal" ("eventId", "category", "sector", "count", "total", "updatedAt")
    SELECT "eventId", "category", "sector", sum("count")::int, sum("total")::bigint, now()
    FROM (
      SELECT "eventId", "category", "sector", -1 AS "count", -"value" AS "total" FROM old_rows WHERE "status" = 'SIGNED'
      UNION ALL
      SELECT "eventId", "category", "sector", 1, "value" FROM new_rows WHERE "status" = 'SIGNED'
    ) AS change
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("eventId", "category", "sector") DO UPDATE
      SET "count" = "CommitmentTotal"."count" + EXCLUDED."count", "total" = "CommitmentTotal"."total" + EXCLUDED."total", "updatedAt" = EXCLUDED."updatedAt";
  END IF;
  RETURN NULL;
END;
$$;

-- PostgreSQL gives transition tables only to a trigger with one event: two triggers, one function.
CREATE TRIGGER "Commitment_totals_on_insert" AFTER INSERT ON "Commitment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "maintain_commitment_totals"();
CREATE TRIGGER "Commitment_totals_on_update" AFTER UPDATE ON "Commitment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "maintain_commitment_totals"();
