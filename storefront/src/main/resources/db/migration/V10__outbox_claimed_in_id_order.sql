-- The indexer claims the oldest due outbox rows (order by id, first N). With this index the database
-- chose it for "next_attempt_at <= now", read every due row (100,000 during a bulk import) and sorted
-- them by id for each claim of 500. Without it, the primary key is read in id order and the claim
-- stops after N rows; rows waiting for a retry are skipped as they are met.
drop index search_outbox_due_idx;
