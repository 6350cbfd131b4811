-- Every change a published figure or a desk counter depends on tells the app's listeners which event
-- changed, from inside the writing transaction: PostgreSQL delivers it on commit (never on rollback)
-- and folds repeats within one transaction, so a 10,000-row import sends one notification.
CREATE FUNCTION "notify_totals_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('misi_dagang_totals', COALESCE(NEW."eventId", OLD."eventId"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Commitment_notify_totals" AFTER INSERT OR UPDATE ON "Commitment" FOR EACH ROW EXECUTE FUNCTION "notify_totals_changed"();
CREATE TRIGGER "Agreement_notify_totals" AFTER INSERT OR UPDATE ON "Agreement" FOR EACH ROW EXECUTE FUNCTION "notify_totals_changed"();
CREATE TRIGGER "Business_notify_totals" AFTER INSERT OR UPDATE OR DELETE ON "Business" FOR EACH ROW EXECUTE FUNCTION "notify_totals_changed"();
CREATE TRIGGER "EventSide_notify_totals" AFTER UPDATE ON "EventSide" FOR EACH ROW EXECUTE FUNCTION "notify_totals_changed"();
CREATE TRIGGER "OfficialFigure_notify_totals" AFTER INSERT ON "OfficialFigure" FOR EACH ROW EXECUTE FUNCTION "notify_totals_changed"();
