-- The desk's search asks one mission's index for the names nearest to what was typed (a GiST index
-- ordered by word-similarity distance), instead of asking every mission's names for all those alike
-- enough (GIN) and checking each candidate: at 10,000 businesses that check was most of the 20 ms.
-- The names as typed or starting with it are read through a B-tree, however many share a word.
CREATE EXTENSION IF NOT EXISTS btree_gist;

DROP INDEX "Business_searchKey_idx";

CREATE INDEX "Business_eventId_searchKey_idx" ON "Business" USING GIST ("eventId", "searchKey" gist_trgm_ops);

CREATE INDEX "Business_eventId_searchKey_prefix_idx" ON "Business" ("eventId", "searchKey" text_pattern_ops);
