-- A business that took part in earlier missions is found by its NIB across missions.
CREATE INDEX "Business_nib_idx" ON "Business"("nib");
