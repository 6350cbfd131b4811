-- CreateIndex
CREATE INDEX "Commitment_eventId_status_signedAt_idx" ON "Commitment"("eventId", "status", "signedAt");
